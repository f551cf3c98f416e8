import ArgumentParser
import Foundation
import ParityCore

/// Writing to standard error, and the one-line error exit every command uses.
enum StandardError {
    /// Writes `line` and a line feed to standard error.
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
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
