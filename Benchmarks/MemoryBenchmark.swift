import Foundation

/// Peak memory (resident set) of the `parity` commands on large plain-text
/// inputs of the shapes that cost most for their size, against the input's
/// size (issue 11: below 3× the input for text). The inputs are made in a
/// temporary folder and removed afterwards:
/// - `short`: paragraphs of 128 bytes (`Paragraph 0000001 the text …`, blank line);
/// - `long`: paragraphs of 4,096 bytes;
/// - `one-word`: one-word paragraphs (`word17`, blank line; refused past `TextShapeLimit`);
/// - `numbered`: numbered paragraphs of 128 bytes (`17. Paragraph the text …`);
/// - `udhr`: the English UDHR as plain text (title, preamble, articles), repeated.
/// `outline` runs on every shape at `megabytes`; `check A B`, `show A B`,
/// `report A B -o X.html` and `align A B --format tmx -o X` on two copies (`.en.txt`, `.fr.txt`) at
/// `pairMegabytes` each, their ratio taken over both inputs. The program's
/// own share (`outline` of a one-paragraph file) is printed first: the ratio
/// beyond it is what grows with the input. Runs the `parity` built next to
/// this executable (`swift build -c release`), with `posix_spawn` and `wait4`
/// for the child's own peak.
enum MemoryBenchmark {
    static let shapes = ["short", "long", "one-word", "numbered", "udhr"]

    static func run(megabytes: Double, pairMegabytes: Double, only: [String]) throws {
        let parity = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("parity")
        guard FileManager.default.isExecutableFile(atPath: parity.path) else {
            print("memory: no \(parity.path); build it first (swift build -c release)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-memory-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let udhr = try udhrText()
        let small = folder.appendingPathComponent("one.txt")
        try Data("Paragraph one of a short text.\n".utf8).write(to: small)
        let base = measure(parity, ["outline", small.path])
        print(String(format: "program's own share (outline of one paragraph): %.1f MB", base.megabytes))
        print("command    shape       input MB    peak MB   × input   × beyond own   seconds  exit")
        for shape in (only.isEmpty ? shapes : only) {
            let file = folder.appendingPathComponent("\(shape).txt")
            let size = try write(shape, bytes: Int(megabytes * 1e6), udhr: udhr, to: file)
            report("outline", shape, size, base, measure(parity, ["outline", file.path]))
            try FileManager.default.removeItem(at: file)
            guard pairMegabytes > 0 else { continue }
            let first = folder.appendingPathComponent("\(shape).en.txt")
            let second = folder.appendingPathComponent("\(shape).fr.txt")
            let pairSize = try write(shape, bytes: Int(pairMegabytes * 1e6), udhr: udhr, to: first)
            try FileManager.default.copyItem(at: first, to: second)
            let tmx = folder.appendingPathComponent("\(shape).tmx")
            let html = folder.appendingPathComponent("\(shape).html")
            report("check", shape, 2 * pairSize, base, measure(parity, ["check", first.path, second.path]))
            report("show", shape, 2 * pairSize, base, measure(parity, ["show", first.path, second.path]))
            report("report", shape, 2 * pairSize, base, measure(parity, ["report", first.path, second.path, "-o", html.path]))
            report("align-tmx", shape, 2 * pairSize, base, measure(parity, ["align", first.path, second.path, "--format", "tmx", "-o", tmx.path]))
            for url in [first, second, tmx, html] { try? FileManager.default.removeItem(at: url) }
        }
    }

    struct Run {
        var megabytes: Double
        var seconds: Double
        var exitCode: Int32
        /// The child's user and system CPU seconds.
        var cpuSeconds: Double = 0
    }

    static func report(_ command: String, _ shape: String, _ bytes: Int, _ base: Run, _ run: Run) {
        let input = Double(bytes) / 1e6
        print(String(format: "%@ %@ %8.1f %10.1f %9.2f %14.2f %9.1f %5d",
                     command.padding(toLength: 10, withPad: " ", startingAt: 0), shape.padding(toLength: 10, withPad: " ", startingAt: 0),
                     input, run.megabytes, run.megabytes / input, (run.megabytes - base.megabytes) / input, run.seconds, run.exitCode))
    }

    /// Runs `parity` with `arguments`, output to /dev/null: the child's peak RSS (10^6 bytes), wall and CPU seconds.
    static func measure(_ parity: URL, _ arguments: [String]) -> Run {
        var argv: [UnsafeMutablePointer<CChar>?] = ([parity.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, parity.path, &actions, nil, &argv, environ) == 0 else { return Run(megabytes: 0, seconds: 0, exitCode: -1) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(megabytes: Double(usage.ru_maxrss) * 1024 / 1e6, seconds: seconds, exitCode: status >> 8, cpuSeconds: cpu)
    }

    /// Writes about `bytes` of `shape` to `url`; returns the size written.
    static func write(_ shape: String, bytes: Int, udhr: String, to url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = try? FileHandle(forWritingTo: url) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? handle.close() }
        var written = 0
        var index = 0
        var piece = ""
        while written < bytes {
            index += 1
            switch shape {
            case "long": piece += paragraph("Paragraph \(index)", size: 4096)
            case "one-word": piece += "word\(index)\n\n"
            case "numbered": piece += paragraph("\(index). Paragraph", size: 128)
            case "udhr": piece += udhr
            default: piece += paragraph("Paragraph \(index)", size: 128)
            }
            if piece.utf8.count >= 1 << 20 || written + piece.utf8.count >= bytes {
                written += piece.utf8.count
                try handle.write(contentsOf: Data(piece.utf8))
                piece = ""
            }
        }
        return written
    }

    static let words = "the text of the meeting on human rights and the fundamental freedoms of all persons in every country".split(separator: " ")

    /// `prefix` and words up to `size` bytes in all, a full stop and a blank line.
    static func paragraph(_ prefix: String, size: Int) -> String {
        var body = prefix
        var word = 0
        while body.utf8.count < size - 3 {
            body += " " + words[word % words.count]
            word += 1
        }
        return String(body.utf8.prefix(size - 3))! + ".\n\n"
    }

    /// The English UDHR of `Sources-Texts` as plain text: its titles and paragraphs, a blank line between them.
    static func udhrText() throws -> String {
        let xml = try String(contentsOf: SegmenterBenchmark.root.appendingPathComponent("Sources-Texts/udhr/udhr_eng.xml"), encoding: .utf8)
        var parts: [String] = []
        var rest = xml[...]
        while let open = [rest.range(of: "<title>"), rest.range(of: "<para>")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }),
              let close = rest[open.upperBound...].range(of: "</") {
            parts.append(rest[open.upperBound..<close.lowerBound].split(whereSeparator: \.isWhitespace).joined(separator: " "))
            rest = rest[close.upperBound...]
        }
        return parts.joined(separator: "\n\n") + "\n\n"
    }
}
