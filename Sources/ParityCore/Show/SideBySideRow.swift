/// One row of a side-by-side view: the blocks of one alignment link, per
/// version, with the findings that concern them.
public struct SideBySideRow: Hashable, Sendable {
    /// Position of the row among all rows of the alignment, from 1; stable
    /// whatever is filtered out, so it can anchor links (`#row-12`).
    public var index: Int
    /// The blocks of each version, in the order of `Alignment.versions`; an
    /// empty cell means the link has nothing in that version.
    public var cells: [[Block]]
    /// What the gutter shows: the paragraph number or label of the row, with controls and bidi
    /// overrides made visible (``TerminalSafeText``): a label read from an alignment file can hold them.
    public var label: String
    /// The paragraph or article number of the row, used for `from`/`to` ranges.
    public var number: Int?
    /// Findings anchored at this row (a finding is anchored at the first row it concerns).
    public var findings: [Finding]
    /// In a sentence-level view: the index (from 0) of the block row, that is
    /// the alignment link, this sentence row lies in; `nil` in a block-level view.
    public var blockRow: Int?

    /// Creates a row.
    public init(index: Int, cells: [[Block]], label: String, number: Int? = nil, findings: [Finding] = [], blockRow: Int? = nil) {
        self.index = index
        self.cells = cells
        self.label = TerminalSafeText.visible(label)
        self.number = number
        self.findings = findings
        self.blockRow = blockRow
    }

    /// The most serious severity among the row's findings, if any.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// The anchor id of the row in an HTML report: `row-12`.
    public var anchor: String { Self.anchor(index: index) }

    /// The anchor id of the row numbered `index` (from 1): `row-12`.
    public static func anchor(index: Int) -> String { "row-\(index)" }
}
