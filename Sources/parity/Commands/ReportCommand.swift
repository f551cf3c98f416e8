import ArgumentParser
import Foundation
import ParityCore
import ParityXML

/// `parity report`: a self-contained HTML report of the aligned versions and their findings.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: findings summary, then the versions side by side."
    )

    @OptionGroup var input: VersionInputOptions

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String

    @Option(help: "The report's title (default: from the pivot's symbol or file name).")
    var title: String?

    @OptionGroup var rows: RowFilterOptions

    func run() throws {
        let (alignment, findings) = try ViewPipeline.run(input)
        do {
            let writer = HTMLReportWriter(title: title, filter: rows.filter)
            try writer.write(alignment: alignment, findings: findings, to: output, protecting: input.files)
        } catch {
            StandardError.write(error.cliLine)
            throw ExitCode(2)
        }
        let errors = findings.filter { $0.severity == .error }.count
        print("\(output): \(alignment.links.count) rows, \(findings.count) findings (\(errors) errors)")
    }
}
