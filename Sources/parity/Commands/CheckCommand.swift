import ArgumentParser
import ParityCore

/// `parity check A B [C …]`: parity problems between language versions.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check paragraph parity between language versions.",
        discussion: """
            Aligns the versions, then reports missing, extra, duplicate, merged and split \
            paragraphs, numbering problems, differing figures and symbols, footnote, heading \
            and table-of-contents mismatches, length outliers, untranslated and empty blocks. \
            Exit code 0 when nothing reaches the --fail-on level, 1 when something does, \
            2 on bad usage or unreadable input.
            """
    )

    /// The severity from which findings make the command fail.
    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case warning, error
    }

    @OptionGroup var input: VersionInputOptions

    @Flag(help: "Print the findings as JSON (schema parity-check/1, see docs/align-check.md).")
    var json = false

    @Option(name: .customLong("fail-on"), help: "Exit with code 1 when a finding of this severity or worse exists (warning or error).")
    var failOn: String = "error"

    func run() throws {
        var problems = input.usageProblems
        let level = FailLevel(rawValue: failOn)
        if level == nil { problems.append("--fail-on must be warning or error, not '\(failOn)'") }
        try UsageExit.check(problems)
        let input = self.input
        let documents = try StandardError.exitingOnInputError { () throws(InputError) in try input.loadDocuments() }
        let pivot: Int
        switch input.pivotIndex(in: documents) {
        case .success(let index): pivot = index
        case .failure(let problem): try UsageExit.check([problem.message]); return
        }
        let alignment = Aligner(pivot: pivot).align(documents)
        let findings = ParityChecker().check(alignment)
        if json {
            print(try AlignCheckJSON.encode(AlignCheckJSON.CheckOutput(alignment: alignment, findings: findings)), terminator: "")
        } else {
            for line in FindingReportFormatter().lines(findings, alignment: alignment) { print(line) }
        }
        let threshold: Severity = level == .warning ? .warning : .error
        if findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}
