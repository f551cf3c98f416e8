import ArgumentParser
import Foundation
import ParityCore
import ParityXML

/// `parity report`: a self-contained HTML report of the aligned versions and their findings.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: findings summary, then the versions side by side.",
        discussion: """
            One table row per alignment link. With --level sentence, one row per sentence bead inside \
            each link (labelled as in parity show), the first row of each link set off by a rule.
            """
    )

    /// The extensions an HTML file may have.
    static let htmlExtensions = ["html", "htm", "xhtml"]

    @OptionGroup var input: VersionInputOptions

    @Option(name: .shortAndLong,
            help: ArgumentHelp("The HTML file to write (.html, .htm, or no extension), atomically; - for standard output.", valueName: "file.html"),
            completion: .file(extensions: htmlExtensions))
    var output: String

    @Option(help: "The report's title (default: from the pivot's symbol or file name).")
    var title: String?

    @OptionGroup var rows: RowFilterOptions

    @OptionGroup(title: "Sentences")
    var unit: SentenceLevelOptions

    func validate() throws {
        if let problem = unit.problems(isSentenceLevel: unit.level == .sentence).first { throw ValidationError(problem) }
        guard output != StandardInputArgument.argument else { return }
        let name = URL(fileURLWithPath: output).lastPathComponent
        let pathExtension = URL(fileURLWithPath: output).pathExtension.lowercased()
        if !pathExtension.isEmpty, !name.hasPrefix("."), !Self.htmlExtensions.contains(pathExtension) {
            throw ValidationError("report writes HTML, and -o \(output) names a .\(pathExtension) file: give a .html file (or - for standard output)")
        }
    }

    func run() throws {
        let table = try ViewPipeline.table(input, unit: unit)
        let writer = HTMLReportWriter(title: title, filter: rows.filter)
        if output == StandardInputArgument.argument {
            print(writer.render(table: table), terminator: "")
            return
        }
        do {
            try writer.write(table: table, to: output, protecting: input.files)
        } catch {
            StandardError.write(error.cliLine)
            throw ExitCode(2)
        }
        let findings = table.unplacedFindings + (0..<table.rowCount).flatMap(table.findings(ofRow:))
        let errors = findings.filter { $0.severity == .error }.count
        print("\(output): \(Count.of(table.rowCount, "row")), \(Count.of(findings.count, "finding")) (\(Count.of(errors, "error")))")
    }
}
