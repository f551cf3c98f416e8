/// An N-way alignment of language versions: one pivot version, every other
/// version aligned to it, merged into links that each span all versions.
public struct Alignment: Hashable, Sendable, Codable {
    /// The aligned versions, each with all of its blocks.
    public var versions: [Document]
    /// Index into `versions` of the pivot.
    public var pivot: Int
    /// Links in pivot reading order.
    public var links: [AlignmentLink]

    /// Creates an alignment.
    public init(versions: [Document], pivot: Int = 0, links: [AlignmentLink] = []) {
        self.versions = versions
        self.pivot = pivot
        self.links = links
    }
}
