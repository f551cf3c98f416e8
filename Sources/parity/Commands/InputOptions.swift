import ArgumentParser
import ParityCore
import ParityIO

/// Options every command that reads input files shares (`--lang`, `--encoding`).
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: "Language of the input: any BCP 47 tag (en, fr, es, ru, ar, zh, de, pt-BR, ja, hi, zh-Hant; three-letter codes such as deu, spa too). Default: from the file's metadata or header, else its script.")
    var languageCode: String?

    @Option(name: .customLong("encoding"),
            help: "Encoding of the input (utf-8, utf-16le, utf-16be, latin1, windows-1252). Default: from a byte-order mark, an XML declaration or HTML meta charset, UTF-16 zero bytes, else UTF-8; text that is not UTF-8 but reads plausibly as windows-1252 is read so, with a warning.")
    var encodingName: String?

    @OptionGroup var pdf: PDFReadingOptions

    func validate() throws {
        if let conflict = pdf.conflict { throw ValidationError(conflict) }
        if let languageCode, case .failure(let error) = Language.parse(languageCode) {
            throw ValidationError(LanguageOptionMessage.problem(error))
        }
        if let encodingName, TextEncoding(name: encodingName) == nil {
            throw ValidationError("unknown encoding '\(encodingName)' (use utf-8, utf-16le, utf-16be, latin1 or windows-1252)")
        }
    }

    /// The language given, if any.
    var language: Language? { languageCode.flatMap(Language.init(code:)) }

    /// The encoding given, if any.
    var encoding: TextEncoding? { encodingName.flatMap(TextEncoding.init(name:)) }

    /// A loader configured with these options.
    var loader: InputLoader { InputLoader(language: language, encoding: encoding, pdfLayout: pdf.layout, pdfGeometry: !pdf.readingOrder) }
}
