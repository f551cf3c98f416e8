import Foundation

/// Issues 11 and 12: whether `check`, `show`, `align --format tmx` and
/// `outline` take time linear in the input's length for every paragraph
/// shape. Each shape is written at four sizes, each twice the one before
/// (two copies, `.en.txt` and `.fr.txt`, for the pair commands), and every
/// command's CPU seconds (user + system of the child, `wait4`), wall seconds
/// and MB/s of CPU time are printed; CPU time that doubles with the size is
/// linear. Shapes:
/// - `short`: paragraphs of 128 bytes (`Paragraph 17 the text …`, blank line), `size` MB a file;
/// - `one-article`: `size` thousand one-word paragraphs (`word17`, blank line) inside
///   one numbered article, between a title and a second article.
/// Runs the `parity` built next to this executable (`swift build -c release`).
enum ScalingBenchmark {
    static func run(shape: String, sizes: [Double]) throws {
        let parity = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("parity")
        guard FileManager.default.isExecutableFile(atPath: parity.path) else {
            print("scaling: no \(parity.path); build it first (swift build -c release)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parity-scaling-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("shape        size  command     input MB   CPU s   wall s   MB/s CPU   CPU s / size  exit")
        for size in sizes {
            let first = folder.appendingPathComponent("\(shape).en.txt")
            let second = folder.appendingPathComponent("\(shape).fr.txt")
            let bytes = try write(shape, size: size, to: first)
            try FileManager.default.copyItem(at: first, to: second)
            let tmx = folder.appendingPathComponent("\(shape).tmx")
            let runs: [(String, [String], Int)] = [
                ("outline", ["outline", first.path], bytes),
                ("check", ["check", first.path, second.path], 2 * bytes),
                ("show", ["show", first.path, second.path], 2 * bytes),
                ("align-tmx", ["align", first.path, second.path, "--format", "tmx", "-o", tmx.path], 2 * bytes),
            ]
            for (name, arguments, input) in runs {
                let run = MemoryBenchmark.measure(parity, arguments)
                let megabytes = Double(input) / 1e6
                print(String(format: "%@ %5.0f  %@ %8.2f %8.2f %8.2f %10.2f %14.3f %5d",
                             shape.padding(toLength: 11, withPad: " ", startingAt: 0), size,
                             name.padding(toLength: 10, withPad: " ", startingAt: 0), megabytes, run.cpuSeconds, run.seconds,
                             megabytes / max(run.cpuSeconds, 1e-9), run.cpuSeconds / size, run.exitCode))
            }
            for url in [first, second, tmx] { try? FileManager.default.removeItem(at: url) }
        }
    }

    /// Writes `shape` at `size` to `url`; returns the bytes written.
    static func write(_ shape: String, size: Double, to url: URL) throws -> Int {
        switch shape {
        case "one-article":
            var text = "Universal Declaration of Human Rights\n\nArticle 1\n\n"
            for index in 1...Int(size * 1000) { text += "word\(index)\n\n" }
            text += "Article 2\n\nEveryone is entitled to all the rights and freedoms set forth in this Declaration.\n\n"
            try Data(text.utf8).write(to: url)
            return text.utf8.count
        default:
            return try MemoryBenchmark.write("short", bytes: Int(size * 1e6), udhr: "", to: url)
        }
    }
}
