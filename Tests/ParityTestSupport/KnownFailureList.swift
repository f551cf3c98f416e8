import Foundation

/// A checked-in list of the cases a harness knows to fail (one a line, `#`
/// comments), compared with what fails now: a failure not on the list is a
/// regression, a listed case that passes must leave the list. The lists are
/// rewritten by `scripts/update-known-failures.sh`.
public struct KnownFailureList {
    /// The list's path, relative to the repository.
    public var path: String
    /// The listed cases.
    public var entries: Set<String>

    /// Reads the list at `path` (relative to the repository); a missing file is an empty list.
    public init(_ path: String) throws {
        self.path = path
        let url = RepositoryPaths.root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            entries = []
            return
        }
        entries = Set(try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// One message per difference between `failing` (case → what went wrong)
    /// and the list, restricted to the listed cases `include` accepts.
    public func problems(_ failing: [String: String], include: (String) -> Bool = { _ in true }) -> [String] {
        let known = entries.filter(include)
        var messages: [String] = []
        for key in failing.keys.sorted() where !known.contains(key) {
            messages.append("new failure: \(key): \(failing[key]!)")
        }
        for key in known.sorted() where failing[key] == nil {
            messages.append("now passes, remove it from \(path): \(key)")
        }
        return messages
    }

    /// Prints what a harness run found when asked to: the failing cases one a
    /// line under `PARITY_PRINT_KNOWN_FAILURES` (read by
    /// `scripts/update-known-failures.sh`), and each case with what went wrong
    /// under `differencesVariable`, into the file it names when that is an
    /// absolute path (a long print can come out cut in a test log).
    public static func printRequested(_ failing: [String: String], differencesVariable: String) throws {
        let environment = ProcessInfo.processInfo.environment
        if environment["PARITY_PRINT_KNOWN_FAILURES"] != nil {
            print(failing.keys.sorted().joined(separator: "\n"))
        }
        guard let target = environment[differencesVariable] else { return }
        let report = failing.keys.sorted().map { "== \($0)\n    \(failing[$0]!)\n" }.joined()
        if target.hasPrefix("/") {
            try Data(report.utf8).write(to: URL(fileURLWithPath: target))
        } else {
            print(report)
        }
    }
}
