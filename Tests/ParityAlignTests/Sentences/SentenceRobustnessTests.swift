import ParityCore
import ParityTestSupport
import Testing

/// Seeded random texts through the splitter and the aligner: the splitter
/// stays lossless, the aligner puts every sentence in exactly one bead, in
/// order, with a confidence in 0…1, whatever the input.
@Suite struct SentenceRobustnessTests {
    /// Scalars that exercise every rule: terminators, quotes, labels, spaces, digits, letters of several scripts.
    static let alphabet: [Unicode.Scalar] = Array(". .!?…;:()（）«»\"'“”。！？；؟،۔।  \n\t0123456789aAbBzZéÉжЖ中文ع-/".unicodeScalars)

    static func randomText(_ random: inout SplitMix64, length: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length { scalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
        return String(scalars)
    }

    @Test(arguments: [1, 2, 3, 4])
    func splitterIsLosslessOnRandomText(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for language in [nil, "en", "fr", "es", "ru", "ar", "zh", "de"] {
            let splitter = SentenceSplitter(language: language.flatMap { Language(code: $0) })
            for _ in 0..<200 {
                let text = Self.randomText(&random, length: Int(random.next() % 120))
                let ranges = splitter.ranges(text)
                #expect(ranges.map { String(text[$0]) }.joined() == text)
                #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
            }
        }
    }

    @Test(arguments: [5, 6, 7])
    func alignerCoversEverySentenceOnRandomLists(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<8 {
            let n = Int(random.next() % 260), m = Int(random.next() % 260)
            let source = (0..<n).map { _ in Self.randomText(&random, length: Int(random.next() % 60)) }
            let target = (0..<m).map { _ in Self.randomText(&random, length: Int(random.next() % 60)) }
            let beads = SentenceAligner(bandHalfWidth: 10).align(source: source, target: target)
            #expect(beads.flatMap(\.source) == Array(0..<n))
            #expect(beads.flatMap(\.target) == Array(0..<m))
            #expect(beads.allSatisfy { !($0.source.isEmpty && $0.target.isEmpty) && (0...1).contains($0.confidence) })
        }
    }
}
