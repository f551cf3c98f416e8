import ArgumentParser

/// Bad usage of `align` and `check` (wrong number of files, unknown pivot or
/// language): one line on standard error and exit code 2.
enum UsageExit {
    /// Writes each problem as `parity: error: …` and exits with code 2 when there is any.
    static func check(_ problems: [String]) throws {
        guard !problems.isEmpty else { return }
        for problem in problems { StandardError.write("parity: error: \(problem)") }
        throw ExitCode(2)
    }
}
