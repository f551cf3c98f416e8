import Foundation
import ParityCore
import ParityXML

/// `ParityBenchmarks corpus [SETS] [JOBS…]`: builds a corpus of plain-text
/// sets by replicating and perturbing real texts — the Paris Agreement in
/// English and Spanish (`Tests/Fixtures/real/paris-agreement`; every tenth
/// set pairs the English with the Spanish hearings summary of
/// `Sources-Texts/un-hearings-2006/es.txt`, an unequal pair full of
/// findings), each copy with a line dropped, a line doubled and a digit
/// changed (seeded, so every run builds the same corpus) — then reports:
///
/// - per stage (read, decode, segment, align, check, TMX render), on one
///   core, in this process: MB/s of input and the share of the time;
/// - end to end, by running the `parity` executable built beside this one
///   (`parity corpus SOURCE -o OUT --force -j N --quiet`) for each N (default
///   1 and all cores): seconds, MB/s, sets/s and peak RSS (`wait4`).
enum CorpusBenchmark {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func run(sets: Int, jobs: [Int]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-corpus-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("corpus")
        let bytes = try build(sets: sets, in: source)
        print(String(format: "corpus: %d sets, %.1f MB of plain text in %@", sets, Double(bytes) / 1e6, source.path))
        try stages(source)
        for count in jobs {
            try endToEnd(source, output: scratch.appendingPathComponent("out-\(count)"), jobs: count, sets: sets, bytes: bytes)
        }
    }

    // MARK: Building the corpus

    /// Writes `sets` folders holding the Paris Agreement pair (`en.txt`,
    /// `es.txt`); every tenth holds the English Paris text and the hearings
    /// summary as `es.txt`, a deliberately unequal pair. Returns the bytes written.
    static func build(sets: Int, in folder: URL) throws -> Int {
        let real = root.appendingPathComponent("Tests/Fixtures/real/paris-agreement")
        let parisEN = try lines(real.appendingPathComponent("en.txt"))
        let parisES = try lines(real.appendingPathComponent("es.md"))
        let hearings = try lines(root.appendingPathComponent("Sources-Texts/un-hearings-2006/es.txt"))
        var generator = SeededGenerator(seed: 12)
        var total = 0
        for index in 0..<sets {
            let set = folder.appendingPathComponent(String(format: "set-%05d", index))
            try FileManager.default.createDirectory(at: set, withIntermediateDirectories: true)
            let pair = index % 10 != 9 ? [("en.txt", parisEN), ("es.txt", parisES)] : [("en.txt", parisEN), ("es.txt", hearings)]
            for (name, text) in pair {
                let data = Data(perturbed(text, &generator).joined(separator: "\n").utf8)
                try data.write(to: set.appendingPathComponent(name))
                total += data.count
            }
        }
        return total
    }

    static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    }

    /// The lines with one dropped, one doubled and one digit changed.
    static func perturbed(_ lines: [String], _ generator: inout SeededGenerator) -> [String] {
        var lines = lines
        guard lines.count > 10 else { return lines }
        lines.remove(at: Int(generator.next() % UInt64(lines.count)))
        let doubled = Int(generator.next() % UInt64(lines.count))
        lines.insert(lines[doubled], at: doubled)
        let target = Int(generator.next() % UInt64(lines.count))
        var scalars = Array(lines[target].unicodeScalars)
        if let digit = scalars.firstIndex(where: { ("0"..."8").contains($0) }) {
            scalars[digit] = Unicode.Scalar(scalars[digit].value + 1)!
            lines[target] = String(String.UnicodeScalarView(scalars))
        }
        return lines
    }

    // MARK: Stages

    /// Times each stage over every set of the corpus, one set at a time.
    static func stages(_ source: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        var time = [String: UInt64]()
        var bytes = 0
        func timed<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
            let start = cpuNanoseconds()
            let result = try body()
            time[stage, default: 0] += cpuNanoseconds() - start
            return result
        }
        for name in names {
            let folder = source.appendingPathComponent(name)
            var documents: [Document] = []
            for file in ["en.txt", "es.txt"] {
                let path = folder.appendingPathComponent(file).path
                let raw = try timed("read") { [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) }
                bytes += raw.count
                let text = try timed("decode") { try TextDecoder().decode(raw, file: path) }
                let language: Language = file == "en.txt" ? .english : .spanish
                documents.append(timed("segment") { PlainTextSegmenter(language: language).segment(text, sourceName: path) })
            }
            let alignment = timed("align") { Aligner(pivot: 0).align(documents) }
            let findings = timed("check") { ParityChecker().check(alignment) }
            _ = try timed("TMX") { try TMXWriter(allLanguages: true).write(CheckedAlignment(alignment: alignment, findings: findings)).bytes.count }
        }
        let all = time.values.reduce(0, +)
        let megabytes = Double(bytes) / 1e6
        print(String(format: "stages (1 core, CPU time, %d sets, %.1f MB): %.1f MB/s in all", names.count, megabytes, megabytes / (Double(all) / 1e9)))
        for stage in ["read", "decode", "segment", "align", "check", "TMX"] {
            let seconds = Double(time[stage] ?? 0) / 1e9
            print(String(format: "  %@ %7.3f s  %8.1f MB/s  %5.1f %%", stage.padding(toLength: 8, withPad: " ", startingAt: 0), seconds, megabytes / seconds, 100 * Double(time[stage] ?? 0) / Double(all)))
        }
        print(String(format: "  peak RSS of this process: %.1f MB", Double(peakRSSKilobytes()) / 1024))
    }

    // MARK: End to end

    /// Runs `parity corpus` on the corpus with `jobs` tasks.
    static func endToEnd(_ source: URL, output: URL, jobs: Int, sets: Int, bytes: Int) throws {
        let parity = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("parity")
        guard FileManager.default.isExecutableFile(atPath: parity.path) else {
            print("end to end: no \(parity.path); build it first (swift build -c release)")
            return
        }
        // posix_spawn and wait4 (not Process, which reaps the child itself): the child's own peak RSS and CPU time.
        let arguments = [parity.path, "corpus", source.path, "-o", output.path, "--force", "--quiet", "-j", String(jobs)]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, parity.path, &actions, nil, &argv, environ) == 0 else {
            print("end to end: cannot run \(parity.path)")
            return
        }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        print(String(format: "end to end, -j %d: %.2f s, %.1f MB/s, %.0f sets/s, %.2f CPU s (%.1f MB/s per CPU second), peak RSS %.1f MB, exit %d",
                     jobs, seconds, Double(bytes) / 1e6 / seconds, Double(sets) / seconds, cpu, Double(bytes) / 1e6 / cpu,
                     Double(usage.ru_maxrss) / 1024, status >> 8))
    }

    static func peakRSSKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }

    static func cpuNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// SplitMix64: the same corpus on every run.
struct SeededGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
