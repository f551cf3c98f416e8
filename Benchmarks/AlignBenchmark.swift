import Foundation
import ParityCore
import ParityXML

/// Times `Aligner` + `ParityChecker` on documents 1×, 10× and 100× as long
/// as a real text, built in memory by repeating it with renumbered
/// paragraphs/articles and fresh ids, and prints MB/s per size: flat MB/s
/// means linear time.
enum AlignBenchmark {
    /// A document repeated `times` times; numbers shift by the original's
    /// largest number per copy, ids get a `-rN` suffix.
    static func repeated(_ document: Document, times: Int) -> Document {
        let step = document.blocks.compactMap(\.number).max() ?? 0
        var result = document
        result.blocks = []
        result.blocks.reserveCapacity(document.blocks.count * times)
        for copy in 0..<times {
            for var block in document.blocks {
                if copy > 0 {
                    block.id += "-r\(copy)"
                    block.parent = block.parent.map { $0 + "-r\(copy)" }
                    block.footnoteRefs = block.footnoteRefs.map { $0 + "-r\(copy)" }
                    block.citedBy = block.citedBy.map { $0 + "-r\(copy)" }
                    if let number = block.number, block.kind == .paragraph || block.kind == .article {
                        block.number = number + step * copy
                    }
                    if let path = block.labelPath { block.labelPath = "R\(copy)." + path }
                }
                result.blocks.append(block)
            }
        }
        return result
    }

    /// The document with every anchor removed (no numbers, label paths,
    /// markers or fields): the whole alignment falls to the banded length DP.
    static func withoutAnchors(_ document: Document) -> Document {
        var result = document
        result.blocks = document.blocks.map { block in
            var b = block
            b.kind = .unnumberedParagraph
            b.number = nil
            b.labelPath = nil
            b.label = nil
            b.metadataField = nil
            b.parent = nil
            return b
        }
        return result
    }

    static func textBytes(_ documents: [Document]) -> Int {
        documents.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.text.utf8.count } }
    }

    /// Runs the benchmark on the named pairs; `root` is the repository.
    static func run(root: URL) throws {
        func bytes(_ relative: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts").appendingPathComponent(relative)))
        }
        let english = try UDHRReader().read(try bytes("udhr/udhr_eng.xml"), file: "udhr_eng.xml")
        let french = try UDHRReader().read(try bytes("udhr/udhr_fra.xml"), file: "udhr_fra.xml")
        let chinese = try UDHRReader().read(try bytes("udhr/udhr_cmn_hans.xml"), file: "udhr_cmn_hans.xml")
        let spanishText = try TextDecoder().decode(try bytes("un-hearings-2006/es.txt"), file: "es.txt")
        let spanish = PlainTextSegmenter(language: .spanish).segment(spanishText, sourceName: "es.txt")
        var spanishVariant = spanish
        spanishVariant.sourceName = "es-copy.txt"
        let cases: [(String, [Document])] = [
            ("UDHR en+fr", [english, french]),
            ("UDHR en+zh", [english, chinese]),
            ("es.txt ×2 (self)", [spanish, spanishVariant]),
            ("es.txt no anchors", [withoutAnchors(spanish), withoutAnchors(spanishVariant)]),
        ]
        print("case                 size   blocks/version  text MB   align s   check s   total MB/s")
        for (name, documents) in cases {
            for times in [1, 10, 100] {
                let versions = documents.map { repeated($0, times: times) }.map { name.contains("no anchors") ? withoutAnchors($0) : $0 }
                let megabytes = Double(textBytes(versions)) / 1_000_000
                let repetitions = times == 100 ? 1 : (times == 10 ? 3 : 20)
                var alignSeconds = 0.0, checkSeconds = 0.0
                var errors = 0
                for _ in 0..<repetitions {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let alignment = Aligner().align(versions)
                    let middle = DispatchTime.now().uptimeNanoseconds
                    let findings = ParityChecker().check(alignment)
                    let end = DispatchTime.now().uptimeNanoseconds
                    alignSeconds += Double(middle - start) / 1e9
                    checkSeconds += Double(end - middle) / 1e9
                    errors = findings.filter { $0.severity == .error }.count
                }
                alignSeconds /= Double(repetitions)
                checkSeconds /= Double(repetitions)
                let rate = megabytes / (alignSeconds + checkSeconds)
                print(String(format: "%-20@ %4d×   %14d  %7.3f  %8.4f  %8.4f  %10.2f   (%d errors)",
                             name as NSString, times, versions[0].blocks.count, megabytes, alignSeconds, checkSeconds, rate, errors))
            }
        }
    }
}
