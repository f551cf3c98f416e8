import Foundation
import ParityTestSupport

/// The command-line side of the fuzzer (issue 11): random command shapes
/// (`outline`, `text`, `align`, `check`, `show`, `report`, `corpus`, with
/// their options, `--encoding`, `--pdf-layout`, `-o` exports at block and
/// sentence level, an output onto an input or a FIFO, a FIFO as input) over
/// mutated real inputs of every format (text in UTF-8, UTF-16 and
/// Windows-1252, PDF, DOCX, HTML, UDHR XML, native XML, TMX, XCES), run as
/// processes of the built `parity` binary. The oracle, per run:
/// - exit code 0, 1 or 2, never a signal;
/// - on exit 2, exactly one line on standard error, or for bad usage the
///   `parity: error: …` line and the hint `See 'parity COMMAND --help'.`;
/// - done within `timeLimit` seconds (a run over it is run once more, and is a hang when it is over again);
/// - no temporary file left, and no output file written when the run failed;
/// - the inputs unchanged (an output onto an input is refused), a FIFO still a FIFO.
public struct CommandFuzz {
    /// What a run of the command fuzzer found.
    public struct Report: Sendable, CustomStringConvertible {
        public var runs = 0
        public var exitCodes: [Int32: Int] = [:]
        /// Runs ended by a signal (also in `problems`).
        public var crashes = 0
        /// Runs that took longer than the time limit (also in `problems`).
        public var hangs = 0
        public var problems: [String] = []
        public var seconds = 0.0

        public var description: String {
            let codes = exitCodes.keys.sorted().map { "exit \($0): \(exitCodes[$0]!)" }.joined(separator: ", ")
            return "\(runs) command runs (\(codes)), \(crashes) crashes, \(hangs) hangs, \(problems.count) problems, "
                + String(format: "%.1f s", seconds)
        }

        /// One line of progress: runs done, crashes, hangs, other problems, time so far.
        public var progressLine: String {
            "parity-fuzz commands: \(runs) runs, \(crashes) crashes, \(hangs) hangs, "
                + "\(problems.count - crashes - hangs) other problems, " + String(format: "%.0f s elapsed", seconds)
        }
    }

    let binary: URL
    let seeds: [(name: String, bytes: [UInt8])]
    /// Longest time one command may take.
    public var timeLimit: Double = 10

    /// The fuzzer for the binary at `binary`, with the seeds of the repository at `root`.
    public init(binary: URL, root: URL) throws {
        self.binary = binary
        func file(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: root.appendingPathComponent(relative))) }
        var seeds: [(name: String, bytes: [UInt8])] = [
            ("es.txt", try file("Sources-Texts/un-hearings-2006/es.txt")),
            ("udhr_spa.xml", try file("Sources-Texts/udhr/udhr_spa.xml")),
            // Labels and numbers in other scripts, as written: Arabic (right to left) and Chinese (wide).
            ("udhr_arb.xml", try file("Sources-Texts/udhr/udhr_arb.xml")),
            ("udhr_cmn_hans.xml", try file("Sources-Texts/udhr/udhr_cmn_hans.xml")),
            ("es.docx", try file("Tests/Fixtures/generated-from-es-txt/es-generated-typed-numbers.docx")),
            ("es.html", try file("Tests/Fixtures/generated-from-es-txt/es-generated.html")),
            ("udhr.tmx", try file("Alignments/udhr.tmx")),
            ("udhr-native.xml", try FuzzCampaign.smallAlignmentSeed(root, tmx: false)),
            ("es.pdf", try file("Tests/Fixtures/constructed-documents/layout-pdfs/noteverbale-pledges.constructed.zh.hanging.pdf")),
        ]
        // The text seed in other encodings, and the XCES files Parity writes (which it does not read back).
        let text = seeds[0].bytes
        seeds.append(("es-utf16.txt", FuzzCampaign.encodedUTF16(text)))
        seeds.append(("es-1252.txt", FuzzCampaign.encodedWindows1252(text)))
        for (index, xces) in try FuzzCampaign.xcesSeeds(root).enumerated() { seeds.append(("udhr.xces\(index).xml", xces)) }
        self.seeds = seeds
    }

    static let shapes: [[String]] = [
        ["outline", "A"], ["outline", "--json", "A"], ["text", "A"], ["align", "A", "B"], ["align", "--json", "A", "B"],
        ["check", "A", "B"], ["check", "--json", "A", "B", "--fail-on", "warning"], ["show", "--color", "always", "A", "B"],
        ["show", "--width", "23", "--ascii", "A", "B"], ["show", "--level", "sentence", "--width", "61", "A", "B"],
        ["report", "A", "B", "-o", "OUT.html"], ["report", "A", "B", "--level", "sentence", "-o", "-"], ["align", "A", "B", "--format", "tmx", "-o", "OUT.tmx"],
        ["align", "A", "B", "-o", "OUT.xml"], ["align", "A", "B", "--format", "xces", "-o", "OUTDIR/"], ["check", "A"],
        ["check", "--encoding", "windows-1252", "A", "B"], ["outline", "--encoding", "utf-16le", "A"], ["outline", "--pdf-layout", "A"],
        ["align", "A", "B", "--level", "sentence", "--format", "tmx", "-o", "OUT.tmx"],
        ["align", "A", "B", "--level", "sentence", "--format", "xces", "-o", "OUTDIR/"],
        // An output onto an input or onto a FIFO is refused; a FIFO as input is refused without blocking.
        ["align", "A", "B", "-o", "A"], ["report", "A", "B", "-o", "B"], ["align", "A", "B", "--format", "tmx", "-o", "FIFO"],
        ["check", "FIFO", "B"],
        ["corpus", "SETS", "-o", "OUTDIR/", "--formats", "xml,tmx,xces", "--quiet"],
    ]

    /// Runs `count` commands from `seed` in a scratch folder; `progress`, when
    /// given, is called with the report so far as it asks (``FuzzProgress``).
    public func run(count: Int, seed: UInt64, progress: FuzzProgress<Report>? = nil) throws -> Report {
        var random = SplitMix64(seed: seed)
        var report = Report()
        let started = Date()
        for index in 0..<count {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-command-fuzz-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let first = seeds.randomElement(using: &random)!, second = seeds.randomElement(using: &random)!
            let a = folder.appendingPathComponent("a-" + first.name), b = folder.appendingPathComponent("b-" + second.name)
            try Data(Bool.random(using: &random) ? first.bytes : FuzzCampaign.mutate(first.bytes, &random)).write(to: a)
            try Data(Bool.random(using: &random) ? second.bytes : FuzzCampaign.mutate(second.bytes, &random)).write(to: b)
            let shape = Self.shapes.randomElement(using: &random)!
            let fifo = folder.appendingPathComponent("FIFO")
            if shape.contains("FIFO"), mkfifo(fifo.path, 0o600) != 0 { throw CocoaError(.fileWriteUnknown) }
            let sets = folder.appendingPathComponent("SETS")
            if shape.contains("SETS") {
                // One document set, each version named by its language.
                let set = sets.appendingPathComponent("one")
                try FileManager.default.createDirectory(at: set, withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: a, to: set.appendingPathComponent("es." + a.pathExtension))
                try FileManager.default.copyItem(at: b, to: set.appendingPathComponent("en." + b.pathExtension))
            }
            let inputs = [a: try Data(contentsOf: a), b: try Data(contentsOf: b)]
            let arguments = shape.map { argument -> String in
                switch argument {
                case "A": return a.path
                case "B": return b.path
                case "FIFO": return fifo.path
                case "SETS": return sets.path
                default: return argument.hasPrefix("OUT") ? folder.appendingPathComponent(argument).path + (argument.hasSuffix("/") ? "/" : "") : argument
                }
            }
            report.runs += 1
            var outcome = try execute(arguments, in: folder)
            // A run over the time limit is run once more: a hang repeats; a loaded machine's stall (a process reaped long
            // after it ended with its status) does not.
            if outcome.3 > timeLimit { outcome = try execute(arguments, in: folder) }
            let (status, signaled, errorText, elapsed) = outcome
            report.exitCodes[signaled ? -status : status, default: 0] += 1
            let label = "run \(index) seed \(seed) \(shape.joined(separator: " "))"
            // A run killed at the time limit is a hang, not a crash.
            if signaled, elapsed <= timeLimit {
                report.crashes += 1
                report.problems.append("\(label): ended by signal \(status)")
            }
            if !signaled, ![0, 1, 2].contains(status) { report.problems.append("\(label): exit \(status)") }
            if status == 2, !signaled, !Self.isOneErrorLine(errorText) {
                report.problems.append("\(label): exit 2 with \(errorText.split(separator: "\n").count) error lines")
            }
            if elapsed > timeLimit {
                report.hangs += 1
                report.problems.append("\(label): took \(Int(elapsed)) s")
            }
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            if left.contains(where: { $0.hasSuffix(".parity-tmp") }) { report.problems.append("\(label): temporary file left") }
            if status == 2, left.contains(where: { $0.hasPrefix("OUT") && !$0.hasSuffix("DIR") }) {
                report.problems.append("\(label): output written by a failed run")
            }
            for (input, bytes) in inputs where (try? Data(contentsOf: input)) != bytes {
                report.problems.append("\(label): input \(input.lastPathComponent) changed")
            }
            if shape.contains("FIFO"), !Self.isFIFO(fifo.path) {
                report.problems.append("\(label): the FIFO was replaced")
            }
            if let progress, progress.isDue(runs: report.runs) {
                report.seconds = Date().timeIntervalSince(started)
                progress.tell(report)
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// Whether `path` names a FIFO (not following a link).
    static func isFIFO(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO
    }

    /// Whether `text` is one error line, or a usage error and its hint line.
    static func isOneErrorLine(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count == 2 { return true }
        return lines.count == 3 && lines[0].hasPrefix("parity: error: ") && lines[1].hasPrefix("See 'parity ") && lines[1].hasSuffix(" --help'.")
    }

    /// Runs the binary; kills it after the time limit.
    private func execute(_ arguments: [String], in folder: URL) throws -> (Int32, Bool, String, Double) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errorURL = folder.appendingPathComponent("stderr.log")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        process.standardError = errorHandle
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        while process.isRunning, Date().timeIntervalSince(started) < timeLimit + 1 { Thread.sleep(forTimeInterval: 0.005) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try errorHandle.close()
        let errorText = String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
        try? FileManager.default.removeItem(at: errorURL)
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, errorText, Date().timeIntervalSince(started))
    }
}
