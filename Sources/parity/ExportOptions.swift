import ArgumentParser
import Foundation
import ParityCore
import ParityXML

/// Options that choose whether and how an alignment is written as XML:
/// `--format`, `-o/--output`, `--pair`, `--all-languages`. Meant as an
/// `@OptionGroup` of `parity align`; when neither `--format` nor `--output`
/// is given, nothing is exported (`isRequested` is false).
struct ExportOptions: ParsableArguments {
    @Option(help: "Write the alignment as XML: native (Parity's own, everything, readable back), tmx (TMX 1.4b) or xces (cesDoc + cesAlign files). Default with -o: tmx for a .tmx file, else native.")
    var format: AlignmentExporter.Format?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Output file, written atomically. For xces: a directory (existing, or ending in /) or a path whose last part is the base name of the files. Without it, native and tmx go to standard output.",
            valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("The two languages of a bilingual TMX, e.g. es,en (default: the pivot's language and the next one).", valueName: "lang,lang"))
    var pair: LanguagePair?

    @Flag(help: "Write every language into the TMX (N-way) instead of a pair.")
    var allLanguages = false

    @Option(name: .customLong("tmx-lang"), help: ArgumentHelp(
        "The xml:lang to write for a language in TMX, e.g. es=es-ES,zh=zh-CN (default: each version's own code, e.g. es, zh).",
        valueName: "code=tag,…"))
    var tmxLanguage: String?

    /// Whether an export was asked for (`--format` or `--output` given).
    var isRequested: Bool { format != nil || output != nil }

    /// The format asked for, or the one implied by the output's extension.
    var resolvedFormat: AlignmentExporter.Format {
        if let format { return format }
        return output.map { $0.lowercased().hasSuffix(".tmx") } == true ? .tmx : .native
    }

    func validate() throws {
        if resolvedFormat != .tmx && (pair != nil || allLanguages) {
            throw ValidationError("--pair and --all-languages apply to --format tmx only")
        }
        if pair != nil && allLanguages { throw ValidationError("use either --pair or --all-languages, not both") }
        if resolvedFormat == .tmx, let problem = ExportDate.problem { throw ValidationError(problem) }
        if let tmxLanguage {
            if resolvedFormat != .tmx { throw ValidationError("--tmx-lang applies to --format tmx only") }
            do {
                _ = try TMXLanguageTags(parsing: tmxLanguage)
            } catch {
                throw ValidationError("--tmx-lang: \(error)")
            }
        }
        if resolvedFormat == .xces && output == nil { throw ValidationError("--format xces needs -o/--output (a directory or base name)") }
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
        let tags = tmxLanguage.flatMap { try? TMXLanguageTags(parsing: $0) } ?? TMXLanguageTags()
        return AlignmentExporter(format: resolvedFormat, tmxLanguages: languages, tmxDate: ExportDate.fixed, tmxLanguageTags: tags)
    }

    /// Writes `content` as chosen: atomically to `--output` (never onto one of
    /// `inputs`), or to standard output when there is none (native and TMX only).
    /// - Returns: the paths written (empty for standard output) and the
    ///   warnings to show on standard error.
    /// - Throws: `ExportError` (one line; nothing is left half-written).
    func write(_ content: CheckedAlignment, inputs: [String]) throws(ExportError) -> AlignmentExporter.Report {
        if let output {
            if resolvedFormat == .xces, output.hasSuffix("/") { try Self.createDirectory(output) }
            return try exporter.write(content, to: output, protecting: inputs)
        }
        let (files, warnings) = try exporter.render(content, output: "-")
        for file in files { print(String(decoding: file.bytes, as: UTF8.self), terminator: "") }
        return AlignmentExporter.Report(paths: [], warnings: warnings)
    }
}

extension ExportOptions {
    /// Creates `path` and its parents, as `mkdir -p` does.
    fileprivate static func createDirectory(_ path: String) throws(ExportError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: "cannot create the directory")
        }
    }
}

extension AlignmentExporter.Format: ExpressibleByArgument {}

/// Two different language codes separated by a comma (`es,en`), for `--pair`.
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
