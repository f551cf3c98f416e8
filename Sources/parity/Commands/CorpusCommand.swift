import ArgumentParser
import Foundation
import ParityCore
import ParityIO
import ParityXML

/// `parity corpus Sources-Texts -o Alignments`: the main job. Every document
/// set of the source (a folder per set, files named by symbol and language
/// in a flat folder, or a manifest) is read, aligned, checked and written as
/// Parity's native XML, TMX and/or XCES, on all cores; a set that fails is
/// reported and the run goes on.
struct CorpusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Align and check every document set of a folder and write the aligned XML.",
        discussion: """
            SOURCE is a folder or a manifest. In a folder, each sub-folder is one document set, and \
            loose files named by symbol and language (A_61_187-ES.pdf, A-61-187.es.txt) form one set \
            per symbol. A manifest (.csv with the columns set,language,path, or .json: an array of \
            {"set","language","path"}) lists the files. A version's language comes from its file name \
            (es.txt, udhr_eng.xml, A_61_187-ES.pdf) or the manifest, else from its text; a file Parity \
            cannot place (no language, a second file of one language) is listed and skipped; SOURCE.txt, \
            README, NOTES, LICENSE and hidden files are notes. The pivot is the English version when \
            there is one. Per set, OUTPUT/SET.xml (native XML), OUTPUT/SET.tmx (TMX 1.4b, all languages, \
            two or more versions; tuids start with SET:, creationdate is SOURCE_DATE_EPOCH when set, \
            else the time of the run) and, with --formats xces, OUTPUT/SET.LANG.xml and \
            OUTPUT/SET.PIVOT-LANG.xml are written together and atomically; outputs newer than \
            their inputs and the parity executable are kept (--force redoes them). One line per set on \
            standard output, in set order, then a total. Exit codes: 0 every set written or up to date, \
            1 a set failed (each failure is one line on standard error: set, file, reason), \
            2 bad usage or no readable source.
            """
    )

    @Argument(help: ArgumentHelp("The folder of document sets or a manifest (.csv, .json); with --merge-summaries, the summaries to merge.", valueName: "source"),
              completion: .file())
    var sources: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to write into (created when missing); with --merge-summaries, the merged summary file.", valueName: "folder"),
            completion: .directory)
    var output: String

    @Option(help: ArgumentHelp("The outputs per set, comma-separated: xml, tmx, xces.", valueName: "list"))
    var formats: String = "xml,tmx"

    @Option(name: [.short, .customLong("jobs")], help: ArgumentHelp("Sets processed at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("tmx-lang"), help: ArgumentHelp(
        "The xml:lang to write for a language in the TMX files, e.g. es=es-ES,zh=zh-CN (default: each version's own code).",
        valueName: "code=tag,..."))
    var tmxLanguage: String?

    @Flag(help: "Redo sets whose outputs are up to date.")
    var force = false

    @Flag(help: "No progress lines on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Write the JSON summary (per set: versions, links, findings, failures) to this file.", valueName: "file"))
    var summary: String?

    @Option(help: ArgumentHelp("Process only shard i of n (1-based), split by set name; see README.", valueName: "i/n"))
    var shard: CorpusShard?

    @Flag(help: "Merge the JSON summaries given as sources (of the shards of one run) into the file -o names.")
    var mergeSummaries = false

    func validate() throws {
        if mergeSummaries {
            if sources.isEmpty { throw ValidationError("--merge-summaries needs at least one summary file") }
        } else if sources.count != 1 {
            throw ValidationError("give one source folder or manifest (\(sources.count) given)")
        }
        if output == "-" {
            throw ValidationError(mergeSummaries ? "--merge-summaries writes a file: give -o a file name, not -"
                                                 : "corpus writes files into a folder: give -o a folder, not -")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let tmxLanguage {
            do {
                _ = try TMXLanguageTags(parsing: tmxLanguage)
            } catch {
                throw ValidationError("--tmx-lang: \(error)")
            }
        }
        _ = try parsedFormats()
    }

    func parsedFormats() throws -> [CorpusFormat] {
        var result: [CorpusFormat] = []
        for name in formats.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            let format = name == "native" ? CorpusFormat.xml : CorpusFormat(rawValue: name)
            guard let format else { throw ValidationError("unknown format '\(name)' in --formats (xml, tmx, xces)") }
            if !result.contains(format) { result.append(format) }
        }
        if result.isEmpty { throw ValidationError("--formats names no format (xml, tmx, xces)") }
        return result
    }

    func run() async throws {
        if mergeSummaries { return try merge() }
        let source = sources[0]
        let found = try StandardError.exitingOnInputError { () throws(InputError) in try DocumentSetFinder.find(in: source) }
        var sets = found.sets
        if let shard { sets = sets.filter { shard.contains($0.name) } }
        if let problem = ExportDate.problem {
            StandardError.write("parity: \(problem)")
            throw ExitCode(2)
        }
        if found.sets.isEmpty {
            StandardError.write("parity: \(source): no document sets (sub-folders with input files, files named like A_61_187-EN.pdf, or manifest rows)")
            throw ExitCode(2)
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            StandardError.write("parity: \(output): cannot create the output folder")
            throw ExitCode(2)
        }
        for file in found.skipped where !file.isNote { StandardError.write("parity: \(file.path): skipped: \(file.reason)") }
        let outputFolder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        var configured = CorpusSetJob(output: outputFolder, formats: try parsedFormats(), force: force, toolTime: Self.executableTime(),
                                      tmxDate: ExportDate.fixed ?? .now())
        if let tmxLanguage { configured.tmxLanguageTags = try TMXLanguageTags(parsing: tmxLanguage) }
        let job = configured
        let previous = summary.flatMap(Self.readSummary)
        let totalBytes = sets.reduce(0) { total, set in
            total + set.files.reduce(0) { $0 + (CorpusSetJob.status($1.path).map { Int($0.st_size) } ?? 0) }
        }
        var progress = CorpusProgress(total: sets.count, totalBytes: totalBytes, quiet: quiet)
        // Records are kept for the JSON summary only: without one, memory stays flat in the number of sets.
        var records: [CorpusSummary.SetRecord] = []
        var totals = CorpusSummary.Totals()
        let keepRecords = summary != nil
        await CorpusRunner.run(sets, limit: jobs ?? ProcessInfo.processInfo.activeProcessorCount, work: { job.run($0) }) { _, outcome in
            var outcome = outcome
            if outcome.record.status == .upToDate, let earlier = previous?[outcome.record.set], earlier.status == .written {
                outcome.record = Self.carriedOver(earlier, into: outcome.record)
            }
            progress.clear()
            for line in outcome.errorLines { StandardError.write(line) }
            Self.printLine(TerminalSafeText.visible(outcome.line))
            progress.advance(bytes: outcome.record.inputBytes, failed: outcome.record.status == .failed)
            totals.add(outcome.record)
            if keepRecords { records.append(outcome.record) }
        }
        progress.clear()
        totals.skippedFiles += found.skipped.filter { !$0.isNote }.count
        Self.printLine("corpus: \(totals.sets) set\(totals.sets == 1 ? "" : "s"): \(totals.written) written, \(totals.upToDate) up to date, "
            + "\(totals.failed) failed; \(totals.skippedFiles) file\(totals.skippedFiles == 1 ? "" : "s") skipped")
        if !quiet && progress.isTerminal {
            StandardError.write(progress.line() + String(format: ", %.1f s", progress.elapsed))
        }
        if let summary {
            let result = CorpusSummary(records: records, skipped: found.skipped, shard: shard?.description)
            do {
                try AtomicFileWriter.write(result.json(), to: summary, protecting: sets.flatMap(\.paths))
            } catch {
                StandardError.write(error.cliLine)
                throw ExitCode(2)
            }
        }
        if totals.failed > 0 { throw ExitCode(1) }
    }

    /// `--merge-summaries A.json B.json … -o ALL.json`.
    private func merge() throws {
        var summaries: [CorpusSummary] = []
        for path in sources {
            guard let summary = try StandardError.exitingOnInputError({ () throws(InputError) in try Self.decodeSummary(path) }) else { continue }
            summaries.append(summary)
        }
        let merged: CorpusSummary
        do {
            merged = try CorpusSummary.merged(summaries)
        } catch {
            StandardError.write("parity: error: \(error.description)")
            throw ExitCode(2)
        }
        do {
            try AtomicFileWriter.write(merged.json(), to: output, protecting: sources)
        } catch {
            StandardError.write(error.cliLine)
            throw ExitCode(2)
        }
        let totals = merged.totals
        Self.printLine("corpus: \(Count.of(totals.sets, "set")) from \(Count.of(sources.count, "summary", plural: "summaries")): "
            + "\(totals.written) written, \(totals.upToDate) up to date, "
            + "\(totals.failed) failed; \(Count.of(totals.skippedFiles, "file")) skipped -> \(output)")
        if totals.failed > 0 { throw ExitCode(1) }
    }

    private static func decodeSummary(_ path: String) throws(InputError) -> CorpusSummary? {
        let bytes = try InputFileReader.read(path, limit: 1 << 30)
        do {
            return try JSONDecoder().decode(CorpusSummary.self, from: Data(bytes))
        } catch {
            throw .unsupportedFormat(file: path, detail: "not a parity corpus summary (--summary)")
        }
    }

    /// The records of an earlier summary at `path`, by set name, if it can be read.
    private static func readSummary(_ path: String) -> [String: CorpusSummary.SetRecord]? {
        guard FileManager.default.fileExists(atPath: path), let summary = try? decodeSummary(path) else { return nil }
        return Dictionary(summary.sets.map { ($0.set, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// An up-to-date set's record keeps the counts of the run that wrote it.
    private static func carriedOver(_ earlier: CorpusSummary.SetRecord, into record: CorpusSummary.SetRecord) -> CorpusSummary.SetRecord {
        var record = record
        record.versions = earlier.versions
        record.links = earlier.links
        record.findings = earlier.findings
        record.warnings = earlier.warnings
        return record
    }

    /// Writes a line to standard output at once (unbuffered, so that it stays in order with the progress line on standard error).
    private static func printLine(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// The modification time of the running executable.
    private static func executableTime() -> timespec? {
        guard let path = Bundle.main.executablePath, let status = CorpusSetJob.status(path) else { return nil }
        return CorpusSetJob.modified(status)
    }
}
