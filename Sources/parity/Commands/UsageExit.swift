/// Bad usage found by a command itself (wrong number of files, unknown pivot
/// or language, options that conflict): `Parity.main` prints each problem as
/// `parity: error: …`, then the usage hint, and exits with code 2.
enum UsageExit {
    /// Throws `UsageProblems` when there is any problem.
    static func check(_ problems: [String]) throws {
        guard !problems.isEmpty else { return }
        throw UsageProblems(messages: problems)
    }
}

/// One or more usage problems, each one line.
struct UsageProblems: Error {
    var messages: [String]
}
