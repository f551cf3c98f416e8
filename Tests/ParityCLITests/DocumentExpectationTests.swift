import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// Parity's outline of every real document (`Tests/Fixtures/real`) and every
/// constructed one (`Tests/Fixtures/constructed-documents`) against its
/// `.expect` file, written by reading the document (docs/expectations.md).
/// PDFs are read in both pdftotext modes. The constructed hold-out set is
/// read only with `PARITY_HOLDOUT=1` (see `ExpectationFolders`).
///
/// The statements that do not hold yet are listed, one a line, in
/// `Tests/Fixtures/expectations-known-failures.txt`. The test fails when a
/// statement fails that is not listed (a regression) and when a listed one
/// holds (the list must shrink with every fix). Run with
/// `PARITY_PRINT_KNOWN_FAILURES=1` to print the list as it stands.
@Suite struct DocumentExpectationTests {
    static let knownFailuresPath = "Tests/Fixtures/expectations-known-failures.txt"

    /// One document read in one mode.
    struct Reading: Sendable {
        var expectation: OutlineExpectation
        var relativePath: String
        var mode: String
        var arguments: [String]
    }

    static func readings() throws -> [Reading] {
        var readings: [Reading] = []
        for url in ExpectationFolders.outlineFiles() {
            let expectation = try OutlineExpectation(contentsOf: url)
            guard let document = expectation.value("document") else {
                throw ExpectationFormatError(message: "\(url.lastPathComponent): no document: line")
            }
            let documentPath = url.deletingLastPathComponent().appendingPathComponent(document).path
            let relative = RepositoryPaths.relativePath(url)
            if documentPath.hasSuffix(".pdf") {
                guard RealWorldInputTests.pdftotextInstalled else { continue }
                readings.append(Reading(expectation: expectation, relativePath: relative, mode: "reading-order", arguments: [documentPath]))
                readings.append(Reading(expectation: expectation, relativePath: relative, mode: "layout", arguments: ["--pdf-layout", documentPath]))
            } else {
                readings.append(Reading(expectation: expectation, relativePath: relative, mode: "text", arguments: [documentPath]))
            }
        }
        return readings
    }

    /// `path mode statement` for every statement that does not hold, with what Parity found.
    static func failures(of reading: Reading) throws -> [(key: String, detail: String)] {
        let run = try ParityExecutable.run(["outline", "--json"] + reading.arguments, timeout: 120)
        guard run.exitCode == 0 else {
            return [("\(reading.relativePath) \(reading.mode) outline", "exit \(run.exitCode): \(run.standardError)")]
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(run.standardOutput.utf8))
        let results = OutlineExpectationCheck.compare(reading.expectation, with: OutlineFacts(document))
        return results.filter { !$0.holds }.map { ("\(reading.relativePath) \(reading.mode) \($0.statement.name)", $0.detail) }
    }

    /// `parity check` on the two documents a pair file names: no error unless
    /// a difference is listed, no warning on a clean pair, and for every
    /// listed difference a finding (warning or error) at its unit (`art7`).
    static func pairFailures(_ url: URL) throws -> (compared: Int, failures: [(key: String, detail: String)]) {
        let pair = try OutlineExpectation(contentsOf: url)
        let relative = RepositoryPaths.relativePath(url)
        var paths: [String] = []
        for side in ["left", "right"] {
            guard let name = pair.value(side) else { throw ExpectationFormatError(message: "\(url.lastPathComponent): no \(side): line") }
            let sideURL = url.deletingLastPathComponent().appendingPathComponent(name)
            guard let document = try OutlineExpectation(contentsOf: sideURL).value("document") else {
                throw ExpectationFormatError(message: "\(name): no document: line")
            }
            paths.append(sideURL.deletingLastPathComponent().appendingPathComponent(document).path)
        }
        let run = try ParityExecutable.run(["check", "--json"] + paths, timeout: 120)
        guard run.exitCode == 0 || run.exitCode == 1 else {
            return (1, [("\(relative) pair check", "exit \(run.exitCode): \(run.standardError)")])
        }
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let findings = (object?["findings"] as? [[String: Any]]) ?? []
        func ids(_ finding: [String: Any]) -> [String] {
            ((finding["locations"] as? [[String: Any]]) ?? []).flatMap { ($0["blockIDs"] as? [String]) ?? [] }
        }
        func describe(_ list: [[String: Any]]) -> String {
            list.prefix(6).map { "\($0["kind"] ?? "?"): \($0["message"] ?? "")" }.joined(separator: " | ")
        }
        let errors = findings.filter { ($0["severity"] as? String) == "error" }
        let warnings = findings.filter { ($0["severity"] as? String) == "warning" }
        let differences = pair.statements.filter { $0.key == "difference" }
        var failures: [(key: String, detail: String)] = []
        var compared = 1
        if errors.count > differences.count {
            failures.append(("\(relative) pair errors", "\(errors.count) errors for \(differences.count) differences: \(describe(errors))"))
        }
        if differences.isEmpty {
            compared += 1
            if !warnings.isEmpty { failures.append(("\(relative) pair warnings", "\(warnings.count) warnings on a clean pair: \(describe(warnings))")) }
        }
        for difference in differences {
            compared += 1
            let unit = difference.value.split(separator: " ").first.map(String.init) ?? ""
            let found = (errors + warnings).contains { finding in ids(finding).contains { $0 == unit || $0.hasPrefix(unit + "-") } }
            if !found { failures.append(("\(relative) pair difference \(difference.value)", "no finding at \(unit)")) }
        }
        return (compared, failures)
    }

    @Test func pairsShowTheirRealDifferencesAndNoFalseErrorsExceptTheKnownFailures() throws {
        let files = ExpectationFolders.pairFiles()
        #expect(!files.isEmpty)
        let outcomes = ConcurrentResults<(compared: Int, failures: [(key: String, detail: String)])>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            outcomes.set(index, Result { try Self.pairFailures(files[index]) })
        }
        var failing: [String: String] = [:]
        var total = 0
        for index in files.indices {
            let (compared, found) = try outcomes.get(index)
            total += compared
            for failure in found { failing[failure.key] = failure.detail }
        }
        print("Pair expectations: \(total - failing.count)/\(total) hold")
        if ProcessInfo.processInfo.environment["PARITY_PRINT_KNOWN_FAILURES"] != nil {
            print(failing.keys.sorted().joined(separator: "\n"))
        }
        for problem in try KnownFailureList(Self.knownFailuresPath).problems(failing, include: { $0.contains(" pair ") }) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func everyExpectationFileParsesAndUsesKnownKeys() throws {
        let files = ExpectationFolders.outlineFiles()
        #expect(!files.isEmpty)
        for url in files {
            let expectation = try OutlineExpectation(contentsOf: url)
            for statement in expectation.statements {
                #expect(OutlineExpectationCheck.knownKeys.contains(statement.key),
                        "\(url.lastPathComponent):\(statement.line): unknown key \(statement.key)")
            }
            #expect(expectation.value("document") != nil, "\(url.lastPathComponent): no document")
        }
    }

    @Test func outlinesMatchTheirExpectationsExceptTheKnownFailures() throws {
        let readings = try Self.readings()
        #expect(!readings.isEmpty)
        let outcomes = ConcurrentResults<[(key: String, detail: String)]>(count: readings.count)
        DispatchQueue.concurrentPerform(iterations: readings.count) { index in
            outcomes.set(index, Result { try Self.failures(of: readings[index]) })
        }
        var failing: [String: String] = [:]
        var total = 0
        var summary: [String] = []
        for (index, reading) in readings.enumerated() {
            let found = try outcomes.get(index)
            let compared = reading.expectation.statements.filter { !OutlineExpectationCheck.descriptiveKeys.contains($0.key) }.count
            total += compared
            summary.append("\(reading.relativePath) \(reading.mode): \(compared - found.count)/\(compared) hold")
            for failure in found { failing[failure.key] = failure.detail }
        }
        print("Expectations: \(total - failing.count)/\(total) hold\n" + summary.joined(separator: "\n"))
        if ProcessInfo.processInfo.environment["PARITY_PRINT_KNOWN_FAILURES"] != nil {
            print(failing.keys.sorted().joined(separator: "\n"))
        }
        for problem in try KnownFailureList(Self.knownFailuresPath).problems(failing, include: { !$0.contains(" pair ") }) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}

/// Results written by concurrent workers, read after they finish.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private var results: [Result<Value, any Error>?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    func get(_ index: Int) throws -> Value {
        lock.lock()
        defer { lock.unlock() }
        return try results[index]!.get()
    }
}
