import ArgumentParser

/// The `parity` command line tool.
@main
struct Parity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parity",
        abstract: "Compare language versions of the same official document.",
        subcommands: [OutlineCommand.self, ShowCommand.self, ReportCommand.self]
    )
}
