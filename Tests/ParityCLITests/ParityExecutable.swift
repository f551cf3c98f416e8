import Foundation
import ParityTestSupport

/// Runs the built `parity` binary and captures what it prints.
enum ParityExecutable {
    /// What one run of the binary produced.
    struct Run: Sendable {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String

        /// Standard error split into lines (without the final empty line).
        var errorLines: [String] { standardError.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
        /// Standard output split into lines.
        var outputLines: [String] { standardOutput.split(separator: "\n").map(String.init) }
    }

    /// The `parity` binary built next to the test bundle (SwiftPM builds it
    /// because this test target depends on the executable target).
    static let url: URL = {
        var directories: [URL] = []
        if let executable = Bundle.main.executableURL { directories.append(executable.deletingLastPathComponent()) }
        directories.append(Bundle.main.bundleURL)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(RepositoryPaths.root.appendingPathComponent(".build/debug"))
        for directory in directories {
            let candidate = directory.appendingPathComponent("parity")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return RepositoryPaths.root.appendingPathComponent(".build/debug/parity")
    }()

    /// Runs `parity` with `arguments` in `directory` (default: the repository
    /// root), killing it after `timeout` seconds. Standard input is the file
    /// `standardInput`, else empty.
    static func run(_ arguments: [String], in directory: URL = RepositoryPaths.root, timeout: TimeInterval = 60,
                    environment: [String: String]? = nil, standardInput: URL? = nil) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = out
        process.standardError = err
        let input = try standardInput.map { try FileHandle(forReadingFrom: $0) }
        defer { try? input?.close() }
        process.standardInput = input ?? FileHandle.nullDevice
        if let environment { process.environment = environment }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Run(exitCode: process.terminationStatus,
                   standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A temporary directory for constructed input files, removed by `remove()`.
struct ConstructedFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-constructed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` and returns its path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
