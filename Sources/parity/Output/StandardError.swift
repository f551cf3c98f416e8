import ArgumentParser
import Foundation
import ParityCore
import ParityXML

/// Writing to standard error, and the one-line error exit every command uses.
enum StandardError {
    /// Writes `line` and a line feed to standard error, as one line: controls,
    /// escape sequences and line breaks (in a file name, say) are made
    /// visible (`TerminalSafeText`).
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((TerminalSafeText.visible(line) + "\n").utf8))
    }

    /// Runs `body`; an `InputError` becomes one line `parity: <description>`
    /// on standard error and exit code 2.
    static func exitingOnInputError<Result>(_ body: () throws(InputError) -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            write("parity: \(error.description)")
            throw ExitCode(2)
        }
    }
}

extension ExportError {
    /// The one line the CLI prints: `parity: PATH: cannot write: reason` for a
    /// file that cannot be written (as for an unreadable input), else
    /// `parity: error: …`.
    var cliLine: String {
        if case .cannotWrite = self { return "parity: \(description)" }
        return "parity: error: \(description)"
    }
}
