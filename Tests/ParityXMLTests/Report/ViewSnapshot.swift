import Foundation
import Testing
import ParityTestSupport

/// Golden files for views under `Tests/ParityXMLTests/Snapshots/`;
/// `PARITY_RECORD=1` rewrites them instead of comparing.
enum ViewSnapshot {
    static let directory = RepositoryPaths.root.appendingPathComponent("Tests/ParityXMLTests/Snapshots")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PARITY_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing snapshot \(name); record it with PARITY_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(expectedLines.count, actualLines.count)).first { expectedLines[$0] != actualLines[$0] } ?? min(expectedLines.count, actualLines.count)
            let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end>"
            Issue.record("""
                snapshot \(name) differs at line \(first + 1):
                expected: \(expectedLine)
                actual:   \(actualLine)
                (re-record with PARITY_RECORD=1 if the change is intended)
                """, sourceLocation: sourceLocation)
        }
    }
}
