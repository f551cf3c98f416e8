import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// Whole-text sentence alignment (`--one-per-line` mode) on the Text+Berg
/// development set (German–French, hand-aligned gold, see
/// `Tests/Fixtures/real/textberg-dev/SOURCE.txt`), scored as the literature
/// scores it. For reference: hunalign without a dictionary reaches strict F1
/// 0.66 on this set.
@Suite struct TextBergSentenceAlignmentTests {
    static func lines(_ name: String) throws -> [String] {
        let text = String(decoding: try RepositoryPaths.fixtureBytes("real/textberg-dev/\(name)"), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func score(bootstrap: Bool) throws -> BeadScore {
        let source = try lines("dev.de"), target = try lines("dev.fr")
        let gold = try BeadFormat.parse(String(decoding: try RepositoryPaths.fixtureBytes("real/textberg-dev/dev.defr"), as: UTF8.self))
        let beads = SentenceAligner(sourceLanguage: Language(code: "de"), targetLanguage: .french, bootstrapsLexicon: bootstrap)
            .align(source: source, target: target)
        // Every sentence in exactly one bead, in order.
        #expect(beads.flatMap(\.source) == Array(source.indices))
        #expect(beads.flatMap(\.target) == Array(target.indices))
        return BeadScore(gold: gold, test: beads)
    }

    @Test func devSetCountsAreThoseOfTheSource() throws {
        #expect(try Self.lines("dev.de").count == 468)
        #expect(try Self.lines("dev.fr").count == 554)
    }

    @Test func withTheBootstrappedLexiconStrictF1ReachesThreeQuarters() throws {
        let score = try Self.score(bootstrap: true)
        // Measured: strict P 0.794 R 0.856 F1 0.824; lax P 0.954 R 0.982 F1 0.967.
        #expect(score.strict.f1 >= 0.80)
        #expect(score.lax.f1 >= 0.95)
    }

    @Test func lengthAndAnchorsAloneBeatHunalign() throws {
        let score = try Self.score(bootstrap: false)
        // Measured: strict P 0.770 R 0.829 F1 0.798.
        #expect(score.strict.f1 >= 0.75)
    }
}
