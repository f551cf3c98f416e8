/// What libxml2's HTML parser found in an HTML document: its parse errors
/// and the ids, links and table rows a report check needs.
public struct HTMLInspection: Sendable, Equatable {
    /// Parse errors and warnings, one line each (`line 12: Unexpected end tag : p`),
    /// except unknown-tag errors.
    public var errors: [String]
    /// Element names the parser did not know. libxml2 2.9 parses HTML 4, so
    /// HTML5 elements such as `mark` land here rather than in `errors`.
    public var unknownTags: Set<String>
    /// Every `id` attribute, in document order.
    public var ids: [String]
    /// Every `href` that points inside the document, without its `#`.
    public var fragmentLinks: [String]
    /// Rows (`tr`) in the body of tables of class `summary`.
    public var summaryRows: Int
    /// Rows (`tr`) of class `row` (the side-by-side rows).
    public var sideBySideRows: Int
    /// Text content of `mark` elements, in document order.
    public var markedTexts: [String]
    /// `dir` attribute values of `td` cells, in document order.
    public var cellDirections: [String]
    /// How many elements of each name the document has.
    public var elementCounts: [String: Int] = [:]
    /// The text of each cell of each summary row, in document order.
    public var summaryCells: [[String]] = []
    /// Text content of `del` and `ins` elements, in document order.
    public var deletedTexts: [String] = []
    /// Text content of `ins` elements, in document order.
    public var insertedTexts: [String] = []
    /// `href` of `a` elements inside `svg`, without `#`, in document order.
    public var mapLinks: [String] = []
}
