@testable import ParityXML
import Testing

/// `XMLCharacterFilter.clean` takes a fast path when no byte needs a look
/// (no C0 control but tab, line feed and carriage return, no 0xEF lead byte);
/// its answer must be the definition's either way: every scalar XML 1.0
/// allows kept in order, every other one dropped.
@Suite struct XMLCharacterFilterTests {
    /// Allowed and forbidden scalars (and allowed ones that start with the
    /// byte 0xEF), at every position of short and long texts.
    static let pieces: [String] = ["a", " ", "\t", "\n", "\r", "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{1F}", "\u{7F}",
                                   "é", "\u{EFFF}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "𝄞", "中",
                                   "plain words of a paragraph, "]

    @Test func keepsExactlyTheAllowedScalars() {
        var state: UInt64 = 12
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var texts = Self.pieces
        for _ in 0..<5000 {
            texts.append((0..<(next() % 24)).map { _ in Self.pieces[next() % Self.pieces.count] }.joined())
        }
        for text in texts {
            let (clean, dropped) = XMLCharacterFilter.clean(text)
            let scalars = Array(text.unicodeScalars)
            #expect(Array(clean.unicodeScalars) == scalars.filter(XMLCharacterFilter.isAllowed))
            #expect(dropped == scalars.filter { !XMLCharacterFilter.isAllowed($0) })
        }
        // The definition itself, on its edges.
        #expect(XMLCharacterFilter.isAllowed("\t") && XMLCharacterFilter.isAllowed("\u{D}") && XMLCharacterFilter.isAllowed("\u{FFFD}"))
        #expect(!XMLCharacterFilter.isAllowed("\u{1F}") && !XMLCharacterFilter.isAllowed("\u{FFFE}") && !XMLCharacterFilter.isAllowed("\u{FFFF}"))
    }
}
