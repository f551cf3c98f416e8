import ArgumentParser
import ParityCore
import ParityIO

/// Options of the commands that read several language versions
/// (`align`, `check`): the files, their languages, the encoding, the pivot.
struct VersionInputOptions: ParsableArguments {
    @Argument(help: "Two or more language versions of the same document (plain text, PDF, DOCX, HTML or UDHR XML; - for standard input), or one alignment file (native XML or TMX).",
              completion: .file())
    var files: [String] = []

    @Option(name: .customLong("lang"),
            help: "Languages of the files in order, comma-separated BCP 47 tags (es,en,fr or es,de,pt-BR); an empty entry (,en) or '-' keeps a file's own. Default: from each file.")
    var languageList: String?

    @Option(name: .customLong("encoding"),
            help: "Encoding of every input (utf-8, utf-16le, utf-16be, latin1, windows-1252). Default: detected per file.")
    var encodingName: String?

    @OptionGroup var pdf: PDFReadingOptions

    @Option(name: .customLong("pivot"),
            help: "Language (a BCP 47 tag: en, es, de, ...) or 1-based position of the version the others are aligned to. Default: the first file.")
    var pivotName: String?

    /// Problems with the options, as one line each (empty when usable).
    var usageProblems: [String] {
        var problems: [String] = []
        if files.count < 2 { problems.append("give at least two files to compare") }
        if files.filter({ $0 == StandardInputArgument.argument }).count > 1 {
            problems.append("standard input (-) can be given only once")
        }
        if let conflict = pdf.conflict { problems.append(conflict) }
        problems += IgnoredInputOptions.problems(files: files, encodingGiven: encodingName != nil, pdfOptions: pdf.given)
        if let languageList {
            let codes = languageList.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
            if codes.count != files.count {
                problems.append("--lang lists \(codes.count) language\(codes.count == 1 ? "" : "s") for \(files.count) file\(files.count == 1 ? "" : "s")")
            }
            for code in codes where code != "-" && !code.isEmpty {
                if case .failure(let error) = Language.parse(code) {
                    problems.append(LanguageOptionMessage.problem(error, option: "--lang"))
                }
            }
        }
        if let encodingName, TextEncoding(name: encodingName) == nil {
            problems.append("unknown encoding '\(encodingName)' (use utf-8, utf-16le, utf-16be, latin1 or windows-1252)")
        }
        if let pivotName, Int(pivotName) == nil, Language(code: pivotName) == nil {
            problems.append("unknown pivot '\(pivotName)' (give a language code or a file position)")
        }
        if let pivotName, let position = Int(pivotName), !(1...max(files.count, 1)).contains(position) {
            problems.append("pivot position \(position) is not between 1 and \(files.count)")
        }
        return problems
    }

    /// The options given that apply to versions read and aligned, not to a stored alignment.
    var versionOnlyOptions: [String] {
        var given: [String] = []
        if languageList != nil { given.append("--lang") }
        if encodingName != nil { given.append("--encoding") }
        given += pdf.given
        if pivotName != nil { given.append("--pivot") }
        return given
    }

    /// The language forced for file `index`, if any.
    private func language(at index: Int) -> Language? {
        guard let languageList else { return nil }
        let codes = languageList.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        return index < codes.count ? Language(code: codes[index]) : nil
    }

    /// The language forced for each file (`nil` where none is given).
    var forcedLanguages: [Language?] { files.indices.map(language(at:)) }

    /// Loads every file in order.
    /// - Throws: the first `InputError`.
    func loadDocuments() throws(InputError) -> [Document] {
        let encoding = encodingName.flatMap(TextEncoding.init(name:))
        var documents: [Document] = []
        for (index, file) in files.enumerated() {
            documents.append(try InputLoader(language: language(at: index), encoding: encoding, pdfLayout: pdf.layout, pdfGeometry: !pdf.readingOrder)
                .load(argument: file))
        }
        return documents
    }

    /// The pivot's index among `documents`, or a usage problem.
    func pivotIndex(in documents: [Document]) -> Result<Int, UsageProblem> {
        guard let pivotName else { return .success(0) }
        if let position = Int(pivotName) { return .success(position - 1) }
        let wanted = Language(code: pivotName)
        if let index = documents.firstIndex(where: { ($0.language ?? $0.metadata.language) == wanted }) { return .success(index) }
        // `--pivot pt` for a version in pt-BR: the first version of that primary language.
        if let wanted, let index = documents.firstIndex(where: { ($0.language ?? $0.metadata.language)?.primary == wanted.primary }) {
            return .success(index)
        }
        return .failure(UsageProblem(message: "no file is in the pivot language '\(pivotName)'"))
    }
}

/// A usage problem found after reading the inputs.
struct UsageProblem: Error {
    var message: String
}
