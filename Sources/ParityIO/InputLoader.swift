import ParityArchive
import ParityCore
import ParityXML

/// Opens one input file of any format Parity reads: reads its bytes, decides
/// its format (`InputFormat`), decodes and segments it (plain text, PDF
/// through `pdftotext`, DOCX, HTML, UDHR XML), and settles its language.
///
///     let loader = InputLoader(language: nil, encoding: nil)
///     let english = try loader.load("udhr_eng.xml")
///     let french = try loader.load("udhr_fra.xml")
///     let alignment = Aligner(pivot: 0).align([english, french])
///
/// `open(_:)` also recognises alignment files (Parity's native XML, TMX).
/// Every failure is an `InputError` that names the file and the problem in one line.
public struct InputLoader: Sendable {
    /// The language to give every document, if any; it wins over the file's own.
    public var language: Language?
    /// The encoding to read with, if any; it wins over marks and declarations.
    public var encoding: TextEncoding?
    /// The largest file to read, in bytes.
    public var sizeLimit: Int
    /// For PDF input: run `pdftotext -layout` instead of its reading-order mode.
    public var pdfLayout: Bool

    /// For PDF input without `pdfLayout`: rebuild the text from the word
    /// boxes (`PDFGeometryReading`, the default) rather than take pdftotext's
    /// reading-order text as it is.
    public var pdfGeometry: Bool

    /// A loader; by default the language and encoding come from each file.
    public init(language: Language? = nil, encoding: TextEncoding? = nil,
                sizeLimit: Int = InputFileReader.defaultLimit, pdfLayout: Bool = false, pdfGeometry: Bool = true) {
        self.language = language
        self.encoding = encoding
        self.sizeLimit = sizeLimit
        self.pdfLayout = pdfLayout
        self.pdfGeometry = pdfGeometry
    }

    /// Loads the file at `path` as a document (`path` is its `sourceName`).
    /// - Throws: `InputError` naming the file and the problem.
    public func load(_ path: String) throws(InputError) -> Document {
        let (bytes, identity) = try InputFileReader.readWithIdentity(path, limit: sizeLimit)
        return try load(bytes: consume bytes, name: path, file: path, identity: identity)
    }

    /// Loads a document from `bytes` already read (standard input, say);
    /// `name` is its `sourceName`, decides the format by its extension when it
    /// has one, and names it in errors.
    /// - Throws: `InputError` naming `name` and the problem.
    public func load(bytes: [UInt8], name: String) throws(InputError) -> Document {
        try load(bytes: bytes, name: name, file: nil)
    }

    /// `file`: the path `bytes` were read from, when they were, so that a PDF
    /// goes to `pdftotext` as it is; `identity`: the file's when it was read,
    /// so that plain text is segmented with a streaming second read of the
    /// file (`InputFileRereader`) instead of keeping its bytes in memory.
    /// PDF-cleaned text is put aside in a temporary file while the blocks'
    /// text is made (`TemporaryTextSpill`), or kept in memory when none can be written.
    private func load(bytes: consuming [UInt8], name: String, file: String?, identity: InputFileReader.Identity? = nil) throws(InputError) -> Document {
        guard bytes.count <= sizeLimit else { throw .tooLarge(file: name, bytes: bytes.count, limit: sizeLimit) }
        var document: Document
        let fileName = String(name.split(separator: "/").last ?? "")
        // A language the file name gives (`A_61_187-ES.pdf`, `report.sw.txt`, `report-SKR.txt`) is surer than one guessed
        // from the words.
        let fileNameLanguage = language == nil ? FileNameLanguage.split(fileName)?.language : nil
        var nameLanguage: Language?
        if InputFormat.detect(path: name, bytes: bytes) == .udhrXML {
            document = try UDHRReader().read(bytes, file: name, encoding: encoding)
            if document.language == nil, let fileNameLanguage { document.language = fileNameLanguage }
        } else {
            let rereader = file.flatMap { file in
                identity.flatMap { InputFormat.detect(path: name, bytes: bytes) == .plainText ? InputFileRereader(path: file, identity: $0) : nil }
            }
            // Both consumed: the segmenter frees the text once its blocks are classified.
            var (text, warnings) = try segmenterText(consume bytes, name: name, file: file)
            var readingLanguage: Language?
            if let named = fileNameLanguage {
                let settled = Self.settle(named: named, text: text.utf8)
                nameLanguage = settled.language
                readingLanguage = settled.reading
                if let warning = settled.warning { warnings.append(warning) }
            }
            // Refused before any block is made: tiny paragraphs cost far more than their bytes (`TextShapeLimit`).
            if let problem = TextShapeLimit.problem(text.utf8) { throw .unsupportedFormat(file: name, detail: problem) }
            let segmenter = PlainTextSegmenter(language: language ?? readingLanguage)
            if let rereader {
                document = try segmenter.segment(consume text, sourceName: name, rereading: rereader.bytes, spillingTo: TemporaryTextSpill())
                try rereader.finish()
            } else {
                document = try segmenter.segment(consume text, sourceName: name, spillingTo: TemporaryTextSpill())
            }
            document.diagnostics.insert(contentsOf: warnings, at: 0)
        }
        if let language {
            document.language = language
        } else if let nameLanguage {
            document.language = nameLanguage
        } else if document.language == nil {
            document.language = document.metadata.language
        }
        return document
    }

    /// The language of a text whose file name gives `named`, the language whose rules it is read (segmented) with,
    /// and the mismatch to report, if any.
    ///
    /// - A two-letter code names the text whatever its words say. A code of a language with only a three-letter one
    ///   (`skr`, `gom`, `bal`, `new`) names it when the text is written in the code's script, or in one the
    ///   language may be written in (`lzz`, Laz, over a Georgian text; `ain`, Ainu, over Katakana), or its words and
    ///   script name no language (`LikelyScript.fileCode(_:canName:)`); in another script it is taken for a word
    ///   of the name (`report.new.txt` holding English), and the text decides.
    /// - A text that reads as another language is reported, unless the detector cannot tell the two apart
    ///   (`DetectorKin`: a Saraiki text read as Urdu and named `skr`, a Konkani one read as Hindi and named `gom`).
    ///   An English text named `-FR.txt`, a Ukrainian one named `-RU.txt`: reported.
    /// - The text is read with the name's language's rules; with the reading's when the name's language has no
    ///   table of its own and the two are such kin (`gom`, `mag`, `bra` read with Hindi's rules, the text being
    ///   Devanagari; `bg` with Russian's), whatever script CLDR gives the name.
    public static func settle(named: Language, text bytes: [UInt8]) -> (language: Language?, reading: Language?, warning: ReaderDiagnostic?) {
        if FileNameLanguage.isThreeLetterOnly(named) {
            // Its letters alone do not name the text: a three-letter code is surer than a guess from them (`hsb`).
            let read = LanguageDetector.detect(bytes, namingByLetters: false)
            guard read.map({ LikelyScript.fileCode(named, canName: $0) }) ?? true else { return (nil, nil, nil) }
            return settled(named, read)
        }
        return settled(named, LanguageDetector.detect(bytes))
    }

    private static func settled(_ named: Language, _ read: Language?) -> (language: Language?, reading: Language?, warning: ReaderDiagnostic?) {
        guard let read, read.primary != named.primary else { return (named, named, nil) }
        guard DetectorKin.cannotTell(named, from: read) else { return (named, named, languageMismatch(named: named, read: read)) }
        // A name without a table of its own reads its text with the rules the text's script suggests (its reading's),
        // whether or not CLDR gives the name a script: `gom` and `mag`, `bra` (Devanagari in CLDR) alike with Hindi's.
        let reading = LanguageConventions.hasOwnTable(named) ? named : read
        return (named, reading, nil)
    }

    /// What a diagnostic about a version's language says first (`languageMismatch`).
    public static let languageMismatchPrefix = "language: "

    /// The diagnostic for a file whose name gives one language while its text reads as another: the name is kept.
    public static func languageMismatch(named: Language, read: Language) -> ReaderDiagnostic {
        ReaderDiagnostic(blockIDs: [], message: languageMismatchPrefix + "named '\(named)' but the text reads as '\(read)'; kept as '\(named)'")
    }

    /// Opens the file at `path`: an alignment file (Parity's native XML or
    /// TMX) as the alignment it stores, anything else as a document.
    /// - Throws: `InputError` naming the file and the problem.
    public func open(_ path: String) throws(InputError) -> OpenedInput {
        let (bytes, identity) = try InputFileReader.readWithIdentity(path, limit: sizeLimit)
        if let alignment = try AlignmentFileLoader.load(bytes: bytes, name: path) { return .alignment(alignment) }
        return .document(try load(bytes: consume bytes, name: path, file: path, identity: identity))
    }

    /// Opens `bytes` already read, named `name`, as `open(_:)` does.
    public func open(bytes: [UInt8], name: String) throws(InputError) -> OpenedInput {
        if let alignment = try AlignmentFileLoader.load(bytes: bytes, name: name) { return .alignment(alignment) }
        return .document(try load(bytes: bytes, name: name, file: nil))
    }

    /// The text the segmenter reads for the file at `path` (plain text, PDF,
    /// DOCX or HTML; nil for UDHR XML): the decoded file, or the text stream
    /// extracted from it, which the blocks' source ranges then point into.
    public func segmenterText(_ path: String) throws(InputError) -> DecodedText? {
        let bytes = try InputFileReader.read(path, limit: sizeLimit)
        if InputFormat.detect(path: path, bytes: bytes) == .udhrXML { return nil }
        return try segmenterText(bytes, name: path, file: path).text
    }

    /// The text the segmenter reads for `bytes` named `name`, as `segmenterText(_:)`.
    public func segmenterText(bytes: [UInt8], name: String) throws(InputError) -> DecodedText? {
        if InputFormat.detect(path: name, bytes: bytes) == .udhrXML { return nil }
        return try segmenterText(bytes, name: name, file: nil).text
    }

    private func segmenterText(_ bytes: [UInt8], name: String, file: String?) throws(InputError) -> (text: DecodedText, warnings: [ReaderDiagnostic]) {
        switch InputFormat.detect(path: name, bytes: bytes) {
        case .plainText, .udhrXML:
            let (text, warning) = try PlainTextDecoding.decode(bytes, file: name, forcedEncoding: encoding)
            return (text, warning.map { [$0] } ?? [])
        case .docx:
            let archive = try BoundedZIPArchive(bytes: bytes, file: name)
            return (try DOCXReader().extractText(parts: archive, file: name), [])
        case .html:
            return (try HTMLReader().extractText(bytes, file: name, encoding: encoding), [])
        case .pdf:
            if pdfGeometry && !pdfLayout {
                let extracted = if let file {
                    try PDFTextExtractor.extractGeometry(file)
                } else {
                    try PDFTextExtractor.extractGeometry(bytes: bytes, name: name)
                }
                var text = try TextDecoder(forcedEncoding: .utf8).decode(extracted.text, file: name)
                text.paragraphsMarkedByGeometry = extracted.fromGeometry
                return (text, [])
            }
            if pdfLayout {
                // The geometry reading's paragraph ends are put into the -layout rows: its blank rows mark the ends on a page.
                let extracted = if let file {
                    try PDFTextExtractor.extractLayout(file)
                } else {
                    try PDFTextExtractor.extractLayout(bytes: bytes, name: name)
                }
                var text = try TextDecoder(forcedEncoding: .utf8).decode(extracted.text, file: name)
                text.paragraphsMarkedByGeometry = extracted.paragraphsMarked
                return (text, [])
            }
            let extracted = if let file {
                try PDFTextExtractor.extract(file, layout: false)
            } else {
                try PDFTextExtractor.extract(bytes: bytes, name: name, layout: false)
            }
            return (try TextDecoder(forcedEncoding: .utf8).decode(extracted, file: name), [])
        }
    }
}

/// What `InputLoader.open(_:)` found in a file.
public enum OpenedInput: Sendable {
    /// A language version of a document, segmented.
    case document(Document)
    /// An alignment stored by Parity (native XML, with its findings) or another tool (TMX).
    case alignment(CheckedAlignment)
}
