import Foundation
import ParityCore
import ParityXML

/// Issue 11, item 7: `check` on a version whose first article holds N tiny
/// unnumbered paragraphs (1,000 to 16,000), against the real English UDHR.
/// Prints seconds for align and for check at each N: time that doubles with
/// N is linear (before the fix, check grew with N²: 0.24 / 0.97 / 4.66 s at
/// 1,000 / 2,000 / 4,000).
enum ManyChildrenBenchmark {
    static func run(root: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts/udhr/udhr_eng.xml")))
        let english = try UDHRReader().read(bytes, file: "udhr_eng.xml")
        guard let article = english.blocks.firstIndex(where: { $0.kind == .article }) else { return }
        var insertAt = article + 1
        while insertAt < english.blocks.count, english.blocks[insertAt].parent == english.blocks[article].id { insertAt += 1 }
        print("children   align s   check s   check µs/child")
        for count in [1_000, 2_000, 4_000, 8_000, 16_000] {
            var many = english
            let children = (0..<count).map { index in
                Block(id: "art1-many\(index)", kind: .unnumberedParagraph, text: "Word\(index).", parent: english.blocks[article].id)
            }
            many.blocks.insert(contentsOf: children, at: insertAt)
            let started = DispatchTime.now().uptimeNanoseconds
            let alignment = Aligner(pivot: 0).align([many, english])
            let aligned = DispatchTime.now().uptimeNanoseconds
            let findings = ParityChecker().check(alignment)
            let checked = DispatchTime.now().uptimeNanoseconds
            let alignSeconds = Double(aligned - started) / 1e9, checkSeconds = Double(checked - aligned) / 1e9
            print(String(format: "%8d  %8.3f  %8.3f  %8.1f   (%d findings)", count, alignSeconds, checkSeconds,
                         checkSeconds * 1e6 / Double(count), findings.count))
        }
    }
}
