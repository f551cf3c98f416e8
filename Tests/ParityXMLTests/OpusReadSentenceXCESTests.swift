import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// The sentence-level XCES export read by OPUS's own reader, `opus_read` from
/// the Python package opustools (`.ci/run` installs it; skipped when it is
/// missing, a failure in CI): the sentence pairs it prints are Parity's beads.
@Suite struct OpusReadSentenceXCESTests {
    static let opusRead: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/opus_read"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    @Test func opusReadGivesTheBeadsAsMosesLines() throws {
        guard let opusRead = Self.opusRead else {
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "opus_read (pip install opustools) is required in CI")
            return
        }
        let alignment = Aligner(pivot: 0).align([try readRealUDHR("udhr_eng.xml"), try readRealUDHR("udhr_fra.xml")])
        let pair = SentencePairAlignment.align(alignment, target: 1)
        let export = try SentenceXCESWriter().write(alignment, pairs: [pair], baseName: "udhr")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-opus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for file in export.allFiles { try Data(file.bytes).write(to: directory.appendingPathComponent(file.name)) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: opusRead)
        process.arguments = ["-d", "udhr", "-s", "en", "-t", "fr", "-af", "udhr.en-fr.xml", "-p", "raw",
                             "-wm", "moses", "-w", "out.en", "out.fr"]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast().map(String.init)
        }
        let expectedSource = pair.beads.map { $0.source.map { pair.source[$0].text }.joined(separator: " ") }
        let expectedTarget = pair.beads.map { $0.target.map { pair.target[$0].text }.joined(separator: " ") }
        #expect(try lines("out.en") == expectedSource)
        #expect(try lines("out.fr") == expectedTarget)
    }
}
