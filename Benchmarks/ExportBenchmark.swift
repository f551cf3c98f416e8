import Foundation
import ParityCore
import ParityXML

/// `ParityBenchmarks export [MB]`: writes TMX (six-way and bilingual),
/// native XML and XCES (sentence split included) for the six-way UDHR alignment repeated to about `MB`
/// megabytes of six-way TMX, and prints MB/s of output written.
enum ExportBenchmark {
    static func run(megabytes: Double) throws {
        let base = try udhrAlignment()
        let single = try TMXWriter(allLanguages: true).write(base).bytes.count
        let repetitions = max(1, Int((megabytes * 1_000_000 / Double(single)).rounded(.up)))
        let alignment = repeated(base, times: repetitions)
        print("UDHR six-way: \(base.links.count) links, \(single) bytes of six-way TMX; repeated \(repetitions)×: \(alignment.links.count) links")

        measure("TMX six-way (--all-languages)") { try TMXWriter(allLanguages: true).write(alignment).bytes.count }
        measure("TMX bilingual (es,en)") { try TMXWriter(pair: (.spanish, .english)).write(alignment).bytes.count }
        measure("native XML") { try NativeAlignmentWriter().write(CheckedAlignment(alignment: alignment)).bytes.count }
        measure("XCES (sentences, 6 documents + 5 link files)") {
            try XCESWriter().write(alignment, baseName: "udhr").allFiles.reduce(0) { $0 + $1.bytes.count }
        }
    }

    /// The six UDHR versions read from `Sources-Texts/udhr` and aligned by `Aligner`, Spanish as pivot.
    static func udhrAlignment() throws -> Alignment {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources-Texts/udhr")
        let documents = try ["spa", "eng", "fra", "rus", "arb", "cmn_hans"].map { code in
            let url = directory.appendingPathComponent("udhr_\(code).xml")
            return try UDHRReader().read([UInt8](try Data(contentsOf: url)), file: url.lastPathComponent)
        }
        return Aligner(pivot: 0).align(documents)
    }

    /// `alignment` with every version's blocks and every link repeated, ids suffixed `-rN` to stay unique.
    static func repeated(_ alignment: Alignment, times: Int) -> Alignment {
        var result = alignment
        for index in result.versions.indices {
            result.versions[index].blocks = (0..<times).flatMap { round in
                alignment.versions[index].blocks.map { block in
                    var copy = block
                    copy.id = "\(block.id)-r\(round)"
                    copy.parent = block.parent.map { "\($0)-r\(round)" }
                    return copy
                }
            }
        }
        result.links = (0..<times).flatMap { round in
            alignment.links.map { link in
                var copy = link
                copy.blockIDs = link.blockIDs.map { ids in ids.map { "\($0)-r\(round)" } }
                return copy
            }
        }
        return result
    }

    /// Runs `body` once to warm up and five times measured; prints the best and
    /// median MB/s by wall clock, and by CPU time (steadier on a shared machine).
    private static func measure(_ name: String, _ body: () throws -> Int) {
        do {
            var bytes = try body()
            var wall: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<5 {
                let clock = ContinuousClock()
                let start = clock.now
                let cpuStart = processCPUNanoseconds()
                bytes = try body()
                cpu.append(Double(processCPUNanoseconds() - cpuStart) / 1e9)
                let elapsed = start.duration(to: clock.now)
                wall.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            wall.sort()
            cpu.sort()
            let megabytes = Double(bytes) / 1_000_000
            print(String(format: "%@: %.1f MB; wall %.3f s best, %.3f s median: %.1f MB/s best, %.1f MB/s median; CPU %.3f s best: %.1f MB/s",
                         name, megabytes, wall[0], wall[2], megabytes / wall[0], megabytes / wall[2], cpu[0], megabytes / cpu[0]))
        } catch {
            print("\(name): failed: \(error)")
        }
    }

    /// CPU time of this process in nanoseconds.
    private static func processCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
