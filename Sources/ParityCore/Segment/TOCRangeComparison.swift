/// How one table-of-contents entry's paragraph range compares with the body.
public struct TOCRangeComparison: Hashable, Sendable, Codable {
    /// Id of the table-of-contents entry.
    public var entryID: String
    /// Normalized heading path the entry names (`IV.B`).
    public var labelPath: String
    /// First paragraph of the range the entry gives.
    public var tocFirst: Int?
    /// Last paragraph of the range the entry gives.
    public var tocLast: Int?
    /// Id of the heading with the same path in the body, if found.
    public var headingID: String?
    /// First numbered paragraph found under that heading in the body.
    public var bodyFirst: Int?
    /// Last numbered paragraph found under that heading in the body.
    public var bodyLast: Int?

    /// Whether the entry's range equals the paragraphs under its heading.
    public var agrees: Bool { headingID != nil && tocFirst == bodyFirst && tocLast == bodyLast }

    /// Creates a comparison.
    public init(entryID: String, labelPath: String, tocFirst: Int?, tocLast: Int?,
                headingID: String?, bodyFirst: Int?, bodyLast: Int?) {
        self.entryID = entryID
        self.labelPath = labelPath
        self.tocFirst = tocFirst
        self.tocLast = tocLast
        self.headingID = headingID
        self.bodyFirst = bodyFirst
        self.bodyLast = bodyLast
    }
}
