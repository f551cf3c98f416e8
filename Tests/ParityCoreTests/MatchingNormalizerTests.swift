import Testing
import ParityTestSupport
@testable import ParityCore

@Suite struct MatchingNormalizerTests {
    @Test func constructedVariantsFoldToTheirMatchingForm() {
        #expect(MatchingNormalizer.normalize("cafe\u{301}") == "café")
        #expect(MatchingNormalizer.normalize("A/61/187\u{00A0}y\u{202F}B") == "A/61/187 y B")
        #expect(MatchingNormalizer.normalize("infor\u{00AD}mación") == "información")
        #expect(MatchingNormalizer.normalize("1\u{2013}7, 8\u{2014}22, \u{2212}3") == "1-7, 8-22, -3")
        #expect(MatchingNormalizer.normalize("\u{201C}dijo\u{201D} \u{00AB}así\u{00BB} l\u{2019}ONU") == "\"dijo\" \"así\" l'ONU")
        #expect(MatchingNormalizer.normalize("\u{212B}") == "\u{00C5}")
    }

    @Test func canonicallyEquivalentInputsNormalizeToTheSameBytes() {
        let composed = MatchingNormalizer.normalize(utf8: Array("Español, migración".utf8)).utf8
        let decomposed = MatchingNormalizer.normalize(utf8: Array("Espan\u{303}ol, migracio\u{301}n".utf8)).utf8
        #expect(composed == decomposed)
    }

    @Test func offsetsPointIntoTheOriginalBytes() {
        let input = Array("a\u{00AD}b\u{2013}c".utf8)  // a, soft hyphen (2 bytes), b, en dash (3 bytes), c
        let (utf8, offsets) = MatchingNormalizer.normalize(utf8: input)
        #expect(String(decoding: utf8, as: UTF8.self) == "ab-c")
        #expect(offsets == [0, 3, 4, 7, 8])
    }

    @Test func realSpanishTextKeepsItsLengthApartFromDashes() throws {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let (utf8, offsets) = MatchingNormalizer.normalize(utf8: bytes)
        #expect(offsets.count == utf8.count + 1)
        // es.txt is NFC already; its 12 en dashes (TOC ranges) and 4 curly double quotes,
        // 3 bytes each, become 1 byte each; nothing else changes.
        let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
        #expect(scalars.filter { $0 == "\u{2013}" }.count == 12)
        #expect(scalars.filter { $0 == "\u{201C}" || $0 == "\u{201D}" }.count == 4)
        #expect(utf8.count == bytes.count - 2 * 16)
        let normalized = String(decoding: utf8, as: UTF8.self)
        #expect(normalized.contains("1-7\t3"))
    }
}
