import ArgumentParser
import ParityCore

/// The `parity` command line tool.
@main
struct Parity: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parity",
        abstract: "Compare language versions of the same official document.",
        discussion: """
            Exit codes: 0 success; 1 (check) findings at or above --fail-on; 2 bad usage or \
            unreadable input, with one line 'parity: error: PROBLEM' (bad usage, followed by a line \
            naming the help to read) or 'parity: FILE: problem' on standard error. A file \
            argument '-' reads standard input; '-o -' writes to standard output where one \
            stream is written.
            """,
        version: ParityVersion.current,
        subcommands: [OutlineCommand.self, TextCommand.self, AlignCommand.self, CheckCommand.self, ShowCommand.self, ReportCommand.self, CorpusCommand.self]
    )

    /// Runs the command line. Bad usage (an unknown command or option, a
    /// missing argument, an invalid value, options that conflict) prints
    /// `parity: error: …` and a line naming the help to read, and exits with
    /// code 2 like unreadable input, so that 1 always means "error-level findings".
    static func main() async {
        AllocatorThresholds.apply()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = UsageHint.unknownCommand(in: arguments, commands: commandNames) {
            UsageHint.exit(problems: [problem], command: nil)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let usage as UsageProblems {
            UsageHint.exit(problems: usage.messages, command: UsageHint.command(in: arguments, commands: commandNames))
        } catch {
            if exitCode(for: error) == .validationFailure {
                UsageHint.exit(problems: [UsageHint.oneLine(message(for: error))],
                               command: UsageHint.command(in: arguments, commands: commandNames))
            }
            exit(withError: error)
        }
    }

    /// The names of the subcommands.
    static var commandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }
    }
}
