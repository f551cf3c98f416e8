import ArgumentParser
import Foundation
import ParityCore

/// `parity show`: language versions side by side in the terminal.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show language versions side by side in the terminal, with parity findings under their rows."
    )

    @OptionGroup var input: VersionInputOptions

    @Option(help: "Total width in columns (default: the terminal's width, else 100).")
    var width: Int?

    @Option(help: "Colour: auto (only on a terminal, and not when NO_COLOR is set), always, never.")
    var color: ColorMode = .auto

    @OptionGroup var rows: RowFilterOptions

    @Flag(help: "Draw with ASCII symbols and rules only.")
    var ascii = false

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be positive") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (alignment, findings) = try ViewPipeline.run(input)
        let options = SideBySideOptions(
            width: width ?? TerminalSize.columns(environment: environment),
            color: color.isEnabled(environment: environment),
            ascii: ascii,
            filter: rows.filter
        )
        for line in SideBySideLayout(alignment: alignment, findings: findings, options: options) {
            print(line)
        }
    }
}
