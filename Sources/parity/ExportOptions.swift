import ArgumentParser
import ParityCore
import ParityXML

/// Options that choose how an alignment is written: `--format`, `-o/--output`,
/// `--pair`, `--all-languages`. Used as an `@OptionGroup` by `parity align`.
struct ExportOptions: ParsableArguments {
    @Option(help: "Output format: native (Parity XML, everything), tmx (TMX 1.4b) or xces (cesDoc + cesAlign files).")
    var format: AlignmentExporter.Format = .native

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Output file. For xces: a directory (existing, or ending in /) or a path whose last part is the base name of the files.",
            valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("The two languages of a bilingual TMX, e.g. es,en (default: the pivot's language and the next one).", valueName: "lang,lang"))
    var pair: LanguagePair?

    @Flag(help: "Write every language into the TMX (N-way) instead of a pair.")
    var allLanguages = false

    func validate() throws {
        if format != .tmx && (pair != nil || allLanguages) {
            throw ValidationError("--pair and --all-languages apply to --format tmx only")
        }
        if pair != nil && allLanguages { throw ValidationError("use either --pair or --all-languages, not both") }
        if format == .xces && output == nil { throw ValidationError("--format xces needs -o/--output (a directory or base name)") }
    }

    /// The exporter these options describe.
    var exporter: AlignmentExporter {
        let languages: TMXLanguageSelection
        if allLanguages {
            languages = .allLanguages
        } else if let pair {
            languages = .pair(pair.first, pair.second)
        } else {
            languages = .pivotAndFirstOther
        }
        return AlignmentExporter(format: format, tmxLanguages: languages)
    }

    /// Writes `content` as chosen: atomically to `--output`, or to standard
    /// output when there is none (native and TMX only).
    /// - Returns: the paths written (empty for standard output) and the warnings to show.
    /// - Throws: `ExportError` (nothing is left half-written).
    func write(_ content: CheckedAlignment) throws -> AlignmentExporter.Report {
        if let output { return try exporter.write(content, to: output) }
        let (files, warnings) = try exporter.render(content, output: "-")
        for file in files { print(String(decoding: file.bytes, as: UTF8.self), terminator: "") }
        return AlignmentExporter.Report(paths: [], warnings: warnings)
    }
}

extension AlignmentExporter.Format: ExpressibleByArgument {}

/// Two language codes separated by a comma (`es,en`), for `--pair`.
struct LanguagePair: ExpressibleByArgument, Equatable {
    var first: Language
    var second: Language

    init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = Language(code: String(parts[0]).trimmingWhitespace()),
            let second = Language(code: String(parts[1]).trimmingWhitespace()), first != second
        else { return nil }
        self.first = first
        self.second = second
    }
}
