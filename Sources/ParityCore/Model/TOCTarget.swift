/// Where a table-of-contents entry points: a range of paragraph numbers and a page.
public struct TOCTarget: Hashable, Sendable, Codable {
    /// First paragraph number of the section, when the entry gives one.
    public var firstParagraph: Int?
    /// Last paragraph number of the section (equal to `firstParagraph` for a single paragraph).
    public var lastParagraph: Int?
    /// The page as written, when given.
    public var page: String?

    /// Creates a target.
    public init(firstParagraph: Int? = nil, lastParagraph: Int? = nil, page: String? = nil) {
        self.firstParagraph = firstParagraph
        self.lastParagraph = lastParagraph
        self.page = page
    }
}
