import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// Sentence beads inside the UDHR's article paragraphs, English pivot, against
/// the gold written by reading the six versions
/// (`Tests/Fixtures/constructed-udhr-sentence-gold.txt`).
@Suite struct UDHRSentenceAlignmentTests {
    static let languages = ["fr": "fra", "es": "spa", "ru": "rus", "ar": "arb", "zh": "cmn_hans"]

    /// Gold beads per language as `source ids|target ids` (ids `BLOCK.sN`).
    static func gold(articleBlocks: [String]) throws -> [String: Set<String>] {
        let text = String(decoding: try RepositoryPaths.fixtureBytes("constructed-udhr-sentence-gold.txt"), as: UTF8.self)
        var shapes: [String: [String: [String]]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ").map(String.init)
            shapes[fields[1], default: [:]][fields[0]] = Array(fields.dropFirst(2))
        }
        var result: [String: Set<String>] = [:]
        for language in languages.keys {
            var beads = Set<String>()
            for block in articleBlocks {
                var s = 0, t = 0
                for shape in shapes[language]?[block] ?? ["1-1"] {
                    let counts = shape.split(separator: "-").map { Int($0)! }
                    let source = (s..<(s + counts[0])).map { "\(block).s\($0 + 1)" }
                    let target = (t..<(t + counts[1])).map { "\(block).s\($0 + 1)" }
                    beads.insert(source.joined(separator: "+") + "|" + target.joined(separator: "+"))
                    s += counts[0]
                    t += counts[1]
                }
            }
            result[language] = beads
        }
        return result
    }

    static func isArticleParagraph(_ id: String) -> Bool {
        id.wholeMatch(of: /art\d+-(p|li)\d+/) != nil
    }

    @Test func articleSentenceBeadsAgainstTheGoldPerLanguagePair() throws {
        let keys = ["eng"] + Self.languages.keys.sorted().map { Self.languages[$0]! }
        let alignment = Aligner(pivot: 0).align(try keys.map { try AlignTestFixtures.udhr($0) })
        let articleBlocks = alignment.versions[0].blocks.map(\.id).filter(Self.isArticleParagraph)
        #expect(articleBlocks.count == 50)
        let gold = try Self.gold(articleBlocks: articleBlocks)
        var figures: [String: (precision: Double, recall: Double)] = [:]
        for (index, language) in Self.languages.keys.sorted().enumerated() {
            let pair = SentencePairAlignment.align(alignment, target: index + 1)
            var found = Set<String>()
            for bead in pair.beads {
                let source = bead.source.map { pair.source[$0] }, target = bead.target.map { pair.target[$0] }
                guard (source + target).contains(where: { Self.isArticleParagraph($0.blockID) }) else { continue }
                found.insert(source.map(\.id).joined(separator: "+") + "|" + target.map(\.id).joined(separator: "+"))
            }
            let right = found.intersection(gold[language]!).count
            figures[language] = (Double(right) / Double(found.count), Double(right) / Double(gold[language]!.count))
            let missed = gold[language]!.subtracting(found).sorted(), wrong = found.subtracting(gold[language]!).sorted()
            print("UDHR en-\(language): \(right) of \(found.count) beads right, \(gold[language]!.count) in the gold; missed \(missed); wrong \(wrong)")
        }
        for (language, figure) in figures.sorted(by: { $0.key < $1.key }) {
            #expect(figure.precision >= 0.9 && figure.recall >= 0.9, "en-\(language): P \(figure.precision) R \(figure.recall)")
        }
    }
}
