import ArgumentParser
import ParityCore
import ParityIO

/// `parity check A B [C …]`: parity problems between language versions.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check paragraph parity between language versions.",
        discussion: """
            Aligns the versions, then reports missing, extra, duplicate, merged and split \
            paragraphs, numbering problems, differing figures and symbols, footnote, heading \
            and table-of-contents mismatches, length outliers, untranslated and empty blocks. \
            Given one alignment file instead (Parity's native XML or TMX, e.g. from \
            Alignments/), it re-checks that alignment without aligning again. \
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
        guard let level = FailLevel(rawValue: failOn) else {
            try UsageExit.check(["--fail-on must be warning or error, not '\(failOn)'"])
            return
        }
        let alignment = try input.alignment()
        let findings = ParityChecker().check(alignment)
        if json {
            print(try AlignCheckJSON.encode(AlignCheckJSON.CheckOutput(alignment: alignment, findings: findings)), terminator: "")
        } else {
            FindingReportFormatter().forEachLine(findings, alignment: alignment) { print(TerminalSafeText.visible($0)) }
        }
        let threshold: Severity = level == .warning ? .warning : .error
        if findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}
