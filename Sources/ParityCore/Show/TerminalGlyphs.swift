/// The symbols and rules a terminal view draws with, in Unicode or ASCII.
public struct TerminalGlyphs: Hashable, Sendable {
    /// Column separator: `│` or `|`.
    public var vertical: String
    /// Horizontal rule: `─` or `-`.
    public var horizontal: String
    /// Rule crossing a separator: `┼` or `+`.
    public var cross: String
    /// Shown in an empty cell: `—` or `-`.
    public var empty: String
    /// Shown where rows were left out: `⋮` or `:`.
    public var gap: String
    /// Light rule between the sentence rows of one block: `┈` or `.`.
    public var dotted: String

    /// Unicode box drawing and symbols.
    public static let unicode = TerminalGlyphs(vertical: "│", horizontal: "─", cross: "┼", empty: "—", gap: "⋮", dotted: "┈", ascii: false)
    /// Plain ASCII.
    public static let ascii = TerminalGlyphs(vertical: "|", horizontal: "-", cross: "+", empty: "-", gap: ":", dotted: ".", ascii: true)

    private let isASCII: Bool

    private init(vertical: String, horizontal: String, cross: String, empty: String, gap: String, dotted: String, ascii: Bool) {
        self.vertical = vertical
        self.horizontal = horizontal
        self.cross = cross
        self.empty = empty
        self.gap = gap
        self.dotted = dotted
        self.isASCII = ascii
    }

    /// The one-cell symbol of a severity: `✖ ⚠ ℹ`, or `x ! i` in ASCII.
    public func symbol(_ severity: Severity) -> String {
        switch severity {
        case .error: return isASCII ? "x" : "✖"
        case .warning: return isASCII ? "!" : "⚠"
        case .info: return isASCII ? "i" : "ℹ"
        }
    }
}
