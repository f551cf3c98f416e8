/// One line of decoded text, as UTF-8 byte offsets into `DecodedText.utf8`.
struct TextLine: Sendable, Hashable {
    /// Offset of the line's first byte.
    var start: Int
    /// Offset one past the line's last byte, before the line break.
    var end: Int
    /// First byte that is not ASCII white space (equals `contentEnd` on a blank line).
    var contentStart: Int
    /// One past the last byte that is not ASCII white space.
    var contentEnd: Int

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { contentStart == contentEnd }
}
