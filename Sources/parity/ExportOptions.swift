import ArgumentParser
import Foundation
import ParityCore
import ParityXML

/// Options that choose whether and how an alignment is written as XML:
/// `--format`, `-o/--output`, `--pair`, `--all-languages`. Meant as an
/// `@OptionGroup` of `parity align`; when neither `--format` nor `--output`
/// is given, nothing is exported (`isRequested` is false).
struct ExportOptions: ParsableArguments {
    @Option(help: "Write the alignment: native (Parity's own XML, everything, readable back), tmx (TMX 1.4b), xces (cesDoc + cesAlign files, BASE.LANG.xml and BASE.PIVOT-LANG.xml, as OPUS tools read them) or moses (two plain files, one link a line; at --level sentence one sentence pair a line); at --level sentence also beads ('[i, ...]:[j, ...]' lines). Default with -o: tmx for a .tmx file, else native.")
    var format: OutputFormat?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Output file, written atomically; - for standard output. For xces: a directory (existing, or ending in /; the base name is then the pivot's document symbol or file name) or a path whose last part is the base name of the files. Without it, native and tmx go to standard output.",
            valueName: "path"),
        completion: .file())
    var output: String?

    @Option(name: .customLong("pair"),
            help: ArgumentHelp("The two languages of a bilingual TMX, e.g. es,en (default: the pivot's language and the next one). At --level sentence, also of beads and moses, which are pairwise formats: the pivot's language and another version's.", valueName: "lang,lang"))
    var pairArgument: String?

    /// The pair `--pair` names (nil when not given or malformed; `validate` reports why).
    var pair: LanguagePair? { pairArgument.flatMap { try? LanguagePair.parse($0) } }

    @Flag(help: "Write every language into the TMX (N-way) instead of a pair; at --level sentence, one unit per sentence row of all versions.")
    var allLanguages = false

    @Option(name: .customLong("tmx-lang"), help: ArgumentHelp(
        "The xml:lang to write for a language in TMX, e.g. es=es-ES,zh=zh-CN (default: each version's own code, e.g. es, zh).",
        valueName: "code=tag,..."))
    var tmxLanguage: String?

    /// Whether an export was asked for (`--format` or `--output` given).
    var isRequested: Bool { format != nil || output != nil }

    /// The format asked for, or the one implied by the output's extension.
    var resolvedFormat: OutputFormat {
        if let format { return format }
        return output.map { $0.lowercased().hasSuffix(".tmx") } == true ? .tmx : .native
    }

    /// Whether the output goes to standard output (no `-o`, or `-o -`).
    var writesStandardOutput: Bool { output == nil || output == StandardInputArgument.argument
    }

    func validate() throws {
        if let pairArgument { _ = try LanguagePair.parse(pairArgument) }
        if ![.tmx, .moses, .beads].contains(resolvedFormat) && pair != nil {
            throw ValidationError("--pair applies to --format tmx (and moses and beads at --level sentence) only")
        }
        if resolvedFormat != .tmx && allLanguages {
            throw ValidationError("--all-languages applies to --format tmx only")
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
        if resolvedFormat == .moses && output == nil { throw ValidationError("--format moses needs -o/--output (the base name of the two files)") }
        if let output, !writesStandardOutput, resolvedFormat == .native || resolvedFormat == .tmx {
            // Native XML in r.pdf or TMX in r.html would be a file no reader of that extension can open.
            let url = URL(fileURLWithPath: output)
            let pathExtension = url.pathExtension.lowercased()
            let allowed = resolvedFormat == .tmx ? ["tmx", "xml"] : ["xml"]
            if !pathExtension.isEmpty, !url.lastPathComponent.hasPrefix("."), !allowed.contains(pathExtension) {
                throw ValidationError(
                    "--format \(resolvedFormat.rawValue) writes XML, and -o \(output) names a .\(pathExtension) file: give a \(allowed.map { "." + $0 }.joined(separator: " or ")) file (or - for standard output)")
            }
        }
        if resolvedFormat == .xces && writesStandardOutput {
            throw ValidationError("--format xces writes several files: give -o a directory or base name\(output == nil ? "" : ", not -")")
        }
        if resolvedFormat == .moses && writesStandardOutput {
            throw ValidationError("--format moses writes two files: give -o the base name\(output == nil ? "" : ", not -")")
        }
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
        return AlignmentExporter(format: resolvedFormat.blockFormat ?? .native, tmxLanguages: languages, tmxDate: ExportDate.fixed,
                                 tmxLanguageTags: tags)
    }

    /// Writes `content` as chosen: atomically to `--output` (never onto one of
    /// `inputs`), or to standard output when there is none (native and TMX only).
    /// - Returns: the paths written (empty for standard output) and the
    ///   warnings to show on standard error.
    /// - Throws: `ExportError` (one line; nothing is left half-written).
    func write(_ content: CheckedAlignment, inputs: [String]) throws(ExportError) -> AlignmentExporter.Report {
        if let output, !writesStandardOutput {
            if resolvedFormat == .xces, output.hasSuffix("/") { try Self.createDirectory(output) }
            return try exporter.write(content, to: output, protecting: inputs)
        }
        // Straight to the descriptor as it is made, after anything printed before.
        fflush(nil)
        let warnings = try exporter.write(content, toDescriptor: STDOUT_FILENO, path: "standard output")
        return AlignmentExporter.Report(paths: [], warnings: warnings)
    }
}

extension ExportOptions {
    /// Creates `path` and its parents, as `mkdir -p` does.
    static func createDirectory(_ path: String) throws(ExportError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: "cannot create the directory")
        }
    }
}

/// What `--format` accepts: the block-level export formats and the
/// sentence-level plain formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case native, tmx, xces, moses, beads

    /// The exporter's format, for the formats that exist at block level.
    var blockFormat: AlignmentExporter.Format? { AlignmentExporter.Format(rawValue: rawValue) }
}

/// Two different language codes separated by a comma (`es,en`), for `--pair`.
struct LanguagePair: Equatable {
    var first: Language
    var second: Language

    /// The pair `argument` names.
    /// - Throws: `ValidationError` saying what is wrong: not two codes, a
    ///   code that is no language (and why), the same language twice.
    static func parse(_ argument: String) throws -> LanguagePair {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw ValidationError("--pair takes two language codes separated by a comma (es,en), not '\(argument)'")
        }
        var languages: [Language] = []
        for part in parts {
            switch Language.parse(part) {
            case .success(let language): languages.append(language)
            case .failure(let error): throw ValidationError(LanguageOptionMessage.problem(error, option: "--pair"))
            }
        }
        guard languages[0] != languages[1] else {
            throw ValidationError("--pair names \(parts[0]) twice; give two different languages (es,en)")
        }
        return LanguagePair(first: languages[0], second: languages[1])
    }
}
