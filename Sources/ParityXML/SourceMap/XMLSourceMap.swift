/// Where the elements and the character data of a well-formed XML document
/// lie in its bytes. libxml2 gives line numbers only; this map gives the byte
/// offsets that `Block.sourceRanges` need.
///
/// Elements are numbered in document order (pre-order), the same order in
/// which a walk of libxml2's tree meets them (entity content is not part of
/// either).
struct XMLSourceMap: Sendable {
    /// One element: its tags and its content.
    struct Element: Sendable {
        /// Offset of the `<` of the start tag.
        var startTagStart: Int
        /// Offset just after the start tag's `>` (the first content byte).
        var contentStart: Int
        /// Offset of the end tag's `<` (equal to `contentStart` for an empty-element tag).
        var contentEnd: Int
        /// Offset just after the end tag's `>`.
        var end: Int
        /// Index of the parent element, `nil` for the root.
        var parent: Int?
        /// Indices of the child elements, in order.
        var children: [Int] = []
    }

    /// A run of character data: text between markup, or the content of a CDATA
    /// section. Entity and character references are part of the run as written.
    struct CharacterData: Sendable {
        /// The run's bytes.
        var range: Range<Int>
        /// Index of the element that directly contains it.
        var parent: Int
    }

    /// Elements in document order.
    var elements: [Element]
    /// Character data inside the root element, in document order.
    var characterData: [CharacterData]
}
