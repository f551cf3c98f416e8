import Foundation
import ParityCore

/// Times decoding plus segmentation of hostile shapes of input built in
/// memory from the real es.txt, and reports peak memory:
/// - `single-line`: es.txt with every line break replaced by a space,
///   repeated to the size asked for, as one line;
/// - `pdf-like`: the generated pdftotext `-layout` output repeated (form feeds, wrapped lines);
/// - `pdf-reading-order`: the generated reading-order pdftotext output repeated
///   (also a column-by-column table of contents in every copy).
enum HostileInputBenchmark {
    static func run(shape: String, megabytes: Double) throws {
        let root = SegmenterBenchmark.root
        let source: URL
        switch shape {
        case "pdf-like": source = root.appendingPathComponent("Tests/Fixtures/generated-from-es-txt/es-generated.pdftotext-layout.txt")
        case "pdf-reading-order": source = root.appendingPathComponent("Tests/Fixtures/generated-from-es-txt/es-generated.pdftotext.txt")
        default: source = root.appendingPathComponent("Sources-Texts/un-hearings-2006/es.txt")
        }
        var sample = [UInt8](try Data(contentsOf: source))
        if shape == "single-line" { sample = sample.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 } + [0x20] }
        let target = Int(megabytes * 1_000_000)
        var input: [UInt8] = []
        input.reserveCapacity(target + sample.count)
        while input.count < target { input += sample }
        let clock = ContinuousClock()
        var blocks = 0
        var paragraphs = 0
        let elapsed = try clock.measure {
            let decoded = try TextDecoder().decode(input, file: "hostile.txt")
            let document = PlainTextSegmenter().segment(decoded, sourceName: "hostile.txt")
            blocks = document.blocks.count
            paragraphs = document.numberedParagraphs.count
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        print("hostile \(shape): \(String(format: "%.1f", Double(input.count) / 1_000_000)) MB input, \(blocks) blocks, "
            + "\(paragraphs) numbered paragraphs, \(String(format: "%.2f", seconds)) s, peak RSS \(String(format: "%.0f", peakMB)) MB")
    }
}
