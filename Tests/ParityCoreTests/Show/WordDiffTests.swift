@testable import ParityCore
import ParityTestSupport
import Testing

@Suite struct WordDiffTests {
    private func parts(_ text: String, _ ranges: [Range<Int>]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func constructedRevisionShowsChangedAndAddedWords() throws {
        let old = "El día 12 de julio de 2006 se celebraron las audiencias."
        let new = "El día 13 de julio de 2006 se celebraron ayer las audiencias oficiosas."
        let diff = try #require(WordDiff.between(old, new))
        #expect(parts(old, diff.removed) == ["12"])
        #expect(parts(new, diff.inserted) == ["13", "ayer", "oficiosas"])
        #expect(diff.sharedFraction == 11.0 / 14.0)  // 12 tokens (with the period) and 14; 11 kept
    }

    @Test func adjacentChangedWordsAreOneRangeAndPunctuationIsAToken() throws {
        let old = "Los participantes subrayaron la importancia del mecanismo."
        let new = "Varios oradores subrayaron la importancia del mecanismo;"
        let diff = try #require(WordDiff.between(old, new))
        #expect(parts(old, diff.removed) == ["Los participantes", "."])
        #expect(parts(new, diff.inserted) == ["Varios oradores", ";"])
    }

    @Test func identicalTextsAndSpacingOnlyChangesHaveNoDifferences() throws {
        #expect(WordDiff.between("Una frase igual.", "Una frase igual.") == WordDiff(removed: [], inserted: [], sharedFraction: 1))
        #expect(WordDiff.between("Una  frase\nigual.", "Una frase igual.") == WordDiff(removed: [], inserted: [], sharedFraction: 1))
        #expect(WordDiff.between("", "") == WordDiff(removed: [], inserted: [], sharedFraction: 1))
    }

    @Test func chineseIsComparedCharacterByCharacter() throws {
        let diff = try #require(WordDiff.between("世界人权宣言", "世界人权公约"))
        #expect(parts("世界人权宣言", diff.removed) == ["宣言"])
        #expect(parts("世界人权公约", diff.inserted) == ["公约"])
    }

    @Test func textsTooDifferentForTheBoundGiveNoDiff() {
        let old = (1...60).map { "uno\($0)" }.joined(separator: " ")
        let new = (1...60).map { "dos\($0)" }.joined(separator: " ")
        #expect(WordDiff.between(old, new, maxEdits: 100) == nil)
        #expect(WordDiff.between(old, new, maxEdits: 120)?.removed.count == 1)
    }

    @Test func aMinimumSharedFractionRejectsUnrelatedTextsAndKeepsRevisions() throws {
        let old = "El día 12 de julio de 2006 se celebraron las audiencias."
        let revision = "El día 13 de julio de 2006 se celebraron ayer las audiencias oficiosas."
        let unrelated = "Varios participantes destacaron los efectos positivos de la migración internacional."
        #expect(WordDiff.between(old, revision, minimumSharedFraction: 0.5) == WordDiff.between(old, revision))
        #expect(WordDiff.between(old, revision, minimumSharedFraction: 0.78) != nil)  // 11 of 14 kept
        #expect(WordDiff.between(old, revision, minimumSharedFraction: 0.8) == nil)
        #expect(try #require(WordDiff.between(old, unrelated)).sharedFraction < 0.5)
        #expect(WordDiff.between(old, unrelated, minimumSharedFraction: 0.5) == nil)
    }

    /// The edit script is a shortest one: what it keeps is a longest common
    /// subsequence (checked against dynamic programming on random sequences).
    @Test func editScriptKeepsALongestCommonSubsequence() {
        var random = SplitMix64(seed: 13)
        for _ in 0..<300 {
            let a = (0..<Int(random.next() % 12)).map { _ in Int(random.next() % 4) }
            let b = (0..<Int(random.next() % 12)).map { _ in Int(random.next() % 4) }
            guard let script = WordDiff.editScript(a, b, maxEdits: 100) else {
                Issue.record("no script for \(a) \(b)")
                continue
            }
            let keptA = a.indices.filter { !script.removed.contains($0) }.map { a[$0] }
            let keptB = b.indices.filter { !script.inserted.contains($0) }.map { b[$0] }
            #expect(keptA == keptB, "\(a) \(b)")
            #expect(keptA.count == Self.lcsLength(a, b), "\(a) \(b)")
        }
    }

    private static func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }
}
