@testable import ParityXML
import Testing

/// `XMLStreamWriter.text` escapes element content itself and writes it raw
/// (speed work of issue 12); libxml2's `xmlTextWriterWriteString`, which it
/// replaced, is the definition: every written document must be the same bytes.
@Suite struct XMLStreamWriterTextTests {
    /// Pieces the constructed texts are made of: what libxml2 escapes (`<`,
    /// `>`, `&`, `"`, CR), what it does not (`'`, LF, tab, `]]>`), an
    /// entity-like run, multi-byte letters, and characters XML 1.0 cannot
    /// carry (dropped by the filter before either path).
    static let pieces = ["<", ">", "&", "\"", "\r", "'", "\n", "\t", " ", "]]>", "&amp;", "a", "Z", "9",
                         "é", "Ж", "中", "𝄞", "\u{1}", "\u{FFFE}", "\r\n", "text"]

    static func document(_ texts: [String], libxml2: Bool) throws -> [UInt8] {
        let writer = try XMLStreamWriter()
        try writer.startElement("root")
        for text in texts {
            try writer.startElement("seg")
            if libxml2 { try writer.textWrittenByLibXML2(text) } else { try writer.text(text) }
            // Text after text in one element, and after a child element.
            if libxml2 { try writer.textWrittenByLibXML2(text) } else { try writer.text(text) }
            try writer.element("prop", text: text)
            if libxml2 { try writer.textWrittenByLibXML2(text) } else { try writer.text(text) }
            try writer.endElement()
        }
        try writer.endElement()
        return try writer.finish().bytes
    }

    @Test func writesTheBytesLibXML2Writes() throws {
        var generator = SplitMix(seed: 12)
        var texts = Self.pieces + [""]
        for _ in 0..<3000 {
            let count = Int(generator.next() % 12)
            texts.append((0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined())
        }
        let written = try Self.document(texts, libxml2: false)
        #expect(written == (try Self.document(texts, libxml2: true)))
        // The escapes themselves, written out (libxml2 2.9's xmlEncodeSpecialChars).
        let one = String(decoding: try Self.document(["a<b>c&d\"e\rf'g"], libxml2: false), as: UTF8.self)
        #expect(one.contains("<seg>a&lt;b&gt;c&amp;d&quot;e&#13;f'g"))
    }

    /// A small deterministic generator (SplitMix64).
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
