import ArgumentParser
import Foundation
import ParityCore

/// `parity show`: language versions side by side in the terminal.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show language versions side by side in the terminal, with parity findings under their rows.",
        discussion: """
            One row per alignment link. With --level sentence, one row per sentence bead inside \
            each link (with more than two versions, per run of pivot sentences that no version's \
            bead crosses), labelled with the link's number or label and the row's place in it \
            (12, then 12.2, 12.3); a dotted rule parts the rows of one link; --from and --to select whole links.
            """
    )

    @OptionGroup var input: VersionInputOptions

    @Option(help: "Total width in columns (default: the terminal's width, else 100).")
    var width: Int?

    @Option(help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always, never.")
    var color: ColorMode = .auto

    @OptionGroup var rows: RowFilterOptions

    @Flag(help: "Draw with ASCII symbols and rules only.")
    var ascii = false

    @OptionGroup(title: "Sentences")
    var unit: SentenceLevelOptions

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be positive") }
        if let problem = unit.problems(isSentenceLevel: unit.level == .sentence).first { throw ValidationError(problem) }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let table = try ViewPipeline.table(input, unit: unit)
        let options = SideBySideOptions(
            width: width ?? TerminalSize.columns(environment: environment),
            color: color.isEnabled(environment: environment),
            ascii: ascii,
            filter: rows.filter
        )
        for line in SideBySideLayout(table: table, options: options) {
            print(line)
        }
    }
}
