/// One line of decoded text, as UTF-8 byte offsets into `DecodedText.utf8`.
/// Offsets are stored in 32 bits (inputs are far below 2 GiB): a document
/// has a line table entry for every line, blank ones included.
struct TextLine: Sendable, Hashable {
    /// Offset of the line's first byte.
    @Int32Backed var start: Int
    /// Offset one past the line's last byte, before the line break.
    @Int32Backed var end: Int
    /// First byte that is not ASCII white space (equals `contentEnd` on a blank line).
    @Int32Backed var contentStart: Int
    /// One past the last byte that is not ASCII white space.
    @Int32Backed var contentEnd: Int


    /// Whether the line holds nothing but white space.
    var isBlank: Bool { contentStart == contentEnd }
}
