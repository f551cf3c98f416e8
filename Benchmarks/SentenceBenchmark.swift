import Foundation
import ParityCore
import ParityXML

/// Times sentence splitting and sentence alignment and prints sentences/s
/// and MB/s per size: flat figures mean linear time.
///
/// - split: every block text of the six UDHR versions, repeated.
/// - whole-text alignment (`--one-per-line` mode): the Text+Berg dev set
///   (German–French) concatenated 1×, 4× and 16× with itself.
/// - alignment inside links: the English and French UDHR repeated 1×, 10×
///   and 50× (renumbered), aligned by `Aligner`, then sentence-aligned.
enum SentenceBenchmark {
    static func run(root: URL) throws {
        let udhrKeys = ["eng", "fra", "spa", "rus", "arb", "cmn_hans"]
        let udhr = try udhrKeys.map { key -> Document in
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts/udhr/udhr_\(key).xml")))
            return try UDHRReader().read(bytes, file: "udhr_\(key).xml")
        }
        print("sentence splitting (six UDHR versions, block texts repeated):")
        for times in [10, 100] {
            let texts = (0..<times).flatMap { _ in udhr.flatMap { document in document.blocks.map { ($0.text, document.language) } } }
            let bytes = texts.reduce(0) { $0 + $1.0.utf8.count }
            let splitters = Dictionary(udhr.map { ($0.language, SentenceSplitter(language: $0.language)) }, uniquingKeysWith: { a, _ in a })
            let start = Date()
            var sentences = 0
            for (text, language) in texts { sentences += splitters[language]!.ranges(text).count }
            let seconds = Date().timeIntervalSince(start)
            print(line(times: times, sentences: sentences, bytes: bytes, seconds: seconds))
        }

        let folder = root.appendingPathComponent("Tests/Fixtures/real/textberg-dev")
        func lines(_ name: String) throws -> [String] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        let german = try lines("dev.de"), french = try lines("dev.fr")
        print("whole-text sentence alignment (Text+Berg dev de-fr, concatenated):")
        for times in [1, 4, 16] {
            let source = (0..<times).flatMap { _ in german }, target = (0..<times).flatMap { _ in french }
            let bytes = (source + target).reduce(0) { $0 + $1.utf8.count }
            let start = Date()
            let beads = SentenceAligner(sourceLanguage: Language(code: "de"), targetLanguage: .french).align(source: source, target: target)
            let seconds = Date().timeIntervalSince(start)
            precondition(beads.flatMap(\.source).count == source.count)
            print(line(times: times, sentences: source.count + target.count, bytes: bytes, seconds: seconds))
        }

        print("sentence alignment inside links (UDHR en-fr, repeated):")
        for times in [1, 10, 50] {
            let versions = [udhr[0], udhr[1]].map { AlignBenchmark.repeated($0, times: times) }
            let alignment = Aligner(pivot: 0).align(versions)
            let bytes = versions.reduce(0) { total, document in total + document.blocks.reduce(0) { $0 + $1.text.utf8.count } }
            let start = Date()
            let pair = SentencePairAlignment.align(alignment, target: 1)
            let seconds = Date().timeIntervalSince(start)
            print(line(times: times, sentences: pair.source.count + pair.target.count, bytes: bytes, seconds: seconds)
                  + " (splitting included)")
        }
    }

    /// The sentence level after the aligner: rows of three versions, the
    /// sentence-level view table, native XML written and read back.
    static func runAfterAlignment(root: URL) throws {
        let udhr = try ["eng", "fra", "spa"].map { key -> Document in
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts/udhr/udhr_\(key).xml")))
            return try UDHRReader().read(bytes, file: "udhr_\(key).xml")
        }
        print("sentence rows + view table + native write and read (UDHR en-fr-es, repeated):")
        for times in [1, 10, 50] {
            let versions = udhr.map { AlignBenchmark.repeated($0, times: times) }
            let alignment = Aligner(pivot: 0).align(versions)
            let pairs = [1, 2].map { SentencePairAlignment.align(alignment, target: $0) }
            let bytes = versions.reduce(0) { total, document in total + document.blocks.reduce(0) { $0 + $1.text.utf8.count } }
            let sentences = pairs[0].source.count + pairs.map(\.target.count).reduce(0, +)
            var start = Date()
            let rows = SentenceRows(pairs: pairs, alignment: alignment)
            let table = SideBySideTable(alignment: alignment, findings: [], sentences: rows)
            let viewSeconds = Date().timeIntervalSince(start)
            start = Date()
            let written = try NativeAlignmentWriter().write(CheckedAlignment(alignment: alignment, sentencePairs: pairs))
            let readBack = try NativeAlignmentReader().read(written.bytes, file: "benchmark.xml")
            let nativeSeconds = Date().timeIntervalSince(start)
            precondition(readBack.sentencePairs == pairs && table.rows.count == rows.rows.count)
            print(line(times: times, sentences: sentences, bytes: bytes, seconds: viewSeconds) + " (rows + table)")
            print(line(times: times, sentences: sentences, bytes: bytes, seconds: nativeSeconds) + " (native write + read)")
        }
    }

    static func line(times: Int, sentences: Int, bytes: Int, seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        return String(format: "  %4d×  %8d sentences  %7.2f MB  %7.3f s  %9.0f sentences/s  %6.2f MB/s",
                      times, sentences, megabytes, seconds, Double(sentences) / seconds, megabytes / seconds)
    }
}
