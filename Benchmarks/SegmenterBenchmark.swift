import Foundation
import ParityCore

/// Times decoding plus segmentation of the Spanish hearings document
/// repeated in memory to a given size, and prints throughput.
enum SegmenterBenchmark {
    /// The repository root, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the benchmark on about `megabytes` MB of text.
    static func run(megabytes: Double) throws {
        let url = root.appendingPathComponent("Sources-Texts/un-hearings-2006/es.txt")
        let sample = [UInt8](try Data(contentsOf: url))
        let target = Int(megabytes * 1_000_000)
        var input: [UInt8] = []
        input.reserveCapacity(target + sample.count + 2)
        var copies = 0
        while input.count < target {
            input += sample
            input += [0x0A, 0x0A]
            copies += 1
        }
        // One warm-up run on the sample alone.
        _ = PlainTextSegmenter().segment(try TextDecoder().decode(sample, file: "es.txt"), sourceName: "es.txt")

        let clock = ContinuousClock()
        var document: Document?
        let cpuStart = Self.processCPUNanoseconds()
        let elapsed = try clock.measure {
            let decoded = try TextDecoder().decode(input, file: "bench.txt")
            document = PlainTextSegmenter().segment(decoded, sourceName: "bench.txt")
        }
        let cpuSeconds = Double(Self.processCPUNanoseconds() - cpuStart) / 1e9
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let blocks = document?.blocks.count ?? 0
        let mb = Double(input.count) / 1_000_000
        print("segment: \(String(format: "%.1f", mb)) MB (\(copies) copies of es.txt), \(blocks) blocks, "
            + "\(document?.numberedParagraphs.count ?? 0) numbered paragraphs")
        print("segment: \(String(format: "%.3f", seconds)) s, \(String(format: "%.1f", mb / seconds)) MB/s, "
            + "\(String(format: "%.0f", Double(blocks) / seconds)) blocks/s (wall clock)")
        print("segment: \(String(format: "%.3f", cpuSeconds)) CPU s, \(String(format: "%.1f", mb / cpuSeconds)) MB/s, "
            + "\(String(format: "%.0f", Double(blocks) / cpuSeconds)) blocks/s (process CPU time, robust to a busy machine)")
    }

    /// CPU time used by this process so far, in nanoseconds.
    private static func processCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
