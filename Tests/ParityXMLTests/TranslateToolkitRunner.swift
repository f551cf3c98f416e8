import Foundation
import ParityTestSupport

/// Runs `Tests/tools/check-tmx-with-translate-toolkit.py` (translate-toolkit's
/// TMX reader) on a file and decodes what it saw.
enum TranslateToolkitRunner {
    /// What translate-toolkit read from a TMX file.
    struct Report: Decodable {
        struct Unit: Decodable {
            var id: String
            var source: String?
            var target: String?
            var languages: [String: String]
        }
        var sourceLanguage: String?
        var units: [Unit]
    }

    /// Whether `python3` can import `translate.storage.tmx` here.
    static let isAvailable: Bool = {
        (try? run(["-c", "import translate.storage.tmx"]))?.status == 0
    }()

    /// Whether the check must run: in CI (`CI=true`) a missing translate-toolkit is a failure.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Reads `file` with translate-toolkit; `languages` fixes its source and target language.
    static func read(_ file: URL, languages: (String, String)? = nil) throws -> Report {
        let script = RepositoryPaths.root.appendingPathComponent("Tests/tools/check-tmx-with-translate-toolkit.py").path
        var arguments = [script, file.path]
        if let languages { arguments += [languages.0, languages.1] }
        let result = try run(arguments)
        guard result.status == 0 else {
            throw ToolFailure(message: "translate-toolkit check exited \(result.status): \(result.stderr)")
        }
        return try JSONDecoder().decode(Report.self, from: result.stdout)
    }

    struct ToolFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
    }
}
