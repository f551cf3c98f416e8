import ParityCore
import Testing

/// `TextLength` counts non-white-space scalars on UTF-8 bytes; constructed
/// strings compare it with the Unicode property it stands for.
@Suite struct TextLengthTests {
    @Test(arguments: [
        "constructed plain ASCII text",
        "constructed\u{00A0}no-break\u{202F}narrow\u{2009}thin\u{3000}ideographic\u{2028}line",
        "constructed Ελληνικά кириллица العربية 中文文本 😀 e\u{0301}",
        "\t\n constructed  \r\n",
        "",
        // Every scalar up to U+30FF (all the multi-byte white space among them), one after another.
        String(String.UnicodeScalarView((0..<0x3100).compactMap { Unicode.Scalar(UInt32($0)) })),
    ])
    func constructedStringsCountLikeTheWhiteSpaceProperty(_ text: String) {
        let expected = text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        #expect(TextLength.of(text) == expected)
    }
}
