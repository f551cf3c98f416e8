/// A half-open range of byte offsets into the input file as it was read
/// (before any decoding): `start..<end`.
public struct SourceRange: Hashable, Sendable, Codable, Comparable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a range; `end` must not be less than `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "SourceRange end before start")
        self.start = start
        self.end = end
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    /// Whether `offset` lies inside the range.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
