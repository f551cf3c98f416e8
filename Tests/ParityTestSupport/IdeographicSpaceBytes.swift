/// The test oracles' own reading of U+3000 IDEOGRAPHIC SPACE (`E3 80 80`), kept apart from the segmenter's so that a
/// lossless check does not trust the code it checks.
public enum IdeographicSpaceBytes {
    /// Whether the byte at `offset` is one of the three of an ideographic space: white space that indents and pads Han
    /// and kana lines as ASCII spaces do Latin ones.
    public static func contains(_ bytes: [UInt8], offset: Int) -> Bool {
        for start in max(0, offset - 2)...offset where start + 2 < bytes.count {
            if bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { return true }
        }
        return false
    }
}
