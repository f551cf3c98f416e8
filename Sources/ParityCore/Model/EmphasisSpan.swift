/// A run of emphasised text inside a block's `text`.
public struct EmphasisSpan: Hashable, Sendable, Codable {
    /// The kind of emphasis.
    public enum Style: String, Sendable, Codable, Hashable {
        case bold, italic
    }

    /// Offset of the first Unicode scalar of the span in the block's `text`.
    public var start: Int
    /// Offset one past the last Unicode scalar of the span.
    public var end: Int
    /// Bold or italic.
    public var style: Style

    /// Creates a span over the scalars `start..<end` of a block's text.
    public init(start: Int, end: Int, style: Style) {
        self.start = start
        self.end = end
        self.style = style
    }
}
