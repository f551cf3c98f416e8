import ParityCore
import Testing

/// The strict and lax bead scores on hand-made alignments whose figures are
/// counted by hand below (the convention of vecalign's score.py).
@Suite struct BeadScoreTests {
    private func beads(_ text: String) throws -> [SentenceBead] { try BeadFormat.parse(text) }

    @Test func identicalAlignmentsScoreOne() throws {
        let gold = try beads("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[3, 4]\n")
        let score = BeadScore(gold: gold, test: gold)
        #expect(score.strict == .init(precision: 1, recall: 1))
        #expect(score.lax == .init(precision: 1, recall: 1))
    }

    @Test func handCountedMergedAndShiftedBeads() throws {
        // Gold: four beads, one of them 0-1. Test: [0]:[0] right; [1]:[1] overlaps
        // gold [1, 2]:[1] (lax only); [2]:[] is no gold bead and its source
        // sentence's gold targets {1} do not meet its empty target (wrong both
        // ways); [3]:[2, 3, 4] overlaps [3]:[3, 4] (lax only).
        let gold = try beads("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[3, 4]")
        let test = try beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2, 3, 4]")
        let score = BeadScore(gold: gold, test: test)
        // Precision over 4 test beads: strict 1/4; lax 3/4.
        #expect(score.strict.precision == 0.25)
        #expect(score.lax.precision == 0.75)
        // Recall over the 3 gold beads with two sides, against the 3 such test
        // beads: strict 1/3 ([0]:[0]); lax 3/3.
        #expect(score.strict.recall == 1.0 / 3)
        #expect(score.lax.recall == 1)
        #expect(abs(score.strict.f1 - 2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3)) < 1e-12)
    }

    @Test func unalignedSentencesCountForPrecisionOnly() throws {
        let gold = try beads("[0]:[0]\n[]:[1]\n[1]:[2]")
        let test = try beads("[0]:[0]\n[1]:[1, 2]")
        let score = BeadScore(gold: gold, test: test)
        // Precision: [0]:[0] right; [1]:[1, 2] no gold bead, lax right through target 2.
        #expect(score.strict.precision == 0.5)
        #expect(score.lax.precision == 1)
        // Recall: gold beads with two sides [0]:[0] and [1]:[2]; only the first is found exactly.
        #expect(score.strict.recall == 0.5)
        #expect(score.lax.recall == 1)
    }

    @Test func beadLinesRoundTripAndBadLinesAreNamed() throws {
        let text = "[0]:[0]\n[1, 2]:[]\n[]:[1]\n"
        #expect(try beads(text).map(BeadFormat.line).joined(separator: "\n") + "\n" == text)
        #expect(throws: BeadFormat.ParseError(line: 2, message: "not a bead '[i, …]:[j, …]'")) {
            try BeadFormat.parse("[0]:[0]\n[1:[1]\n")
        }
    }
}
