import Foundation
import ParityCore
import ParityXML

/// Times the views alone (alignment and checks done beforehand): the whole
/// terminal layout at width 100 and the HTML report (overview map, grouped
/// findings, word diffs), on es.txt against a copy of itself and against its
/// constructed renumbered revision, and on the UDHR in Spanish, Chinese and Arabic, at 1×, 10× and
/// 100× their length (`AlignBenchmark.repeated`). Flat MB/s means linear time.
enum ViewsBenchmark {
    static func run(root: URL) throws {
        func bytes(_ relative: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts").appendingPathComponent(relative)))
        }
        let spanishText = try TextDecoder().decode(try bytes("un-hearings-2006/es.txt"), file: "es.txt")
        let spanish = PlainTextSegmenter(language: .spanish).segment(spanishText, sourceName: "es.txt")
        var copy = spanish
        copy.sourceName = "es-copy.txt"
        let udhr = try ["spa", "cmn_hans", "arb"].map { code in
            try UDHRReader().read(try bytes("udhr/udhr_\(code).xml"), file: "udhr_\(code).xml")
        }
        let revisionBytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("Tests/Fixtures/constructed/constructed-es-renumbered.txt")))
        let revision = PlainTextSegmenter(language: .spanish)
            .segment(try TextDecoder().decode(revisionBytes, file: "constructed-es-renumbered.txt"), sourceName: "constructed-es-renumbered.txt")
        let cases: [(String, [Document])] = [
            ("es.txt + copy", [spanish, copy]), ("es.txt + rev", [spanish, revision]), ("UDHR es+zh+ar", udhr),
        ]
        print("case              size  rows    text MB  show s   show MB/s  report s  report MB/s  report MB")
        for (name, documents) in cases {
            for times in [1, 10, 100] {
                let versions = documents.map { AlignBenchmark.repeated($0, times: times) }
                let alignment = Aligner(pivot: 0).align(versions)
                let findings = ParityChecker().check(alignment)
                let megabytes = Double(AlignBenchmark.textBytes(versions)) / 1_000_000

                var start = Date()
                var cells = 0
                let layout = SideBySideLayout(alignment: alignment, findings: findings, options: SideBySideOptions(width: 100))
                for line in layout { cells &+= line.utf8.count }
                let showSeconds = Date().timeIntervalSince(start)

                start = Date()
                let html = HTMLReportWriter().render(alignment: alignment, findings: findings)
                let reportSeconds = Date().timeIntervalSince(start)

                print(String(format: "%-16@ %4d× %6d %9.2f %8.3f %10.1f %9.3f %12.1f %10.1f",
                             name as NSString, times, alignment.links.count, megabytes, showSeconds, megabytes / showSeconds,
                             reportSeconds, megabytes / reportSeconds, Double(html.utf8.count) / 1_000_000))
                precondition(cells > 0)
            }
        }
    }
}
