import ArgumentParser

/// The `parity` command line tool.
@main
struct Parity: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parity",
        abstract: "Compare language versions of the same official document.",
        subcommands: [OutlineCommand.self, TextCommand.self, AlignCommand.self, CheckCommand.self, ShowCommand.self, ReportCommand.self, CorpusCommand.self]
    )

    /// Runs the command line; bad usage (an unknown option, a missing
    /// argument, an invalid value) exits with code 2 like unreadable input,
    /// so that 1 always means "error-level findings".
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardError.write(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
