/// Builds HTML text, escaping everything that is not markup: `&`, `<`, `>`
/// in text, and also `"` and `'` in attribute values. Made with a sink, it
/// hands its text on about a megabyte at a time, so that a long report is
/// never whole in memory (a report of two 2 MB files is 21 MB of HTML).
public struct HTMLEscapingWriter: Sendable {
    /// The HTML written so far (with a sink: since the last piece handed on).
    public private(set) var output: String = ""
    /// Where the text goes a piece at a time; it returns why it failed, or nil.
    private let sink: (@Sendable (String) -> String?)?
    /// The sink's first failure; nothing more is handed on after it.
    public private(set) var sinkFailure: String?
    /// The size from which the text written so far goes to the sink.
    static let pieceBytes = 1 << 20

    /// Creates an empty writer that keeps its text in `output`.
    public init() { sink = nil }

    /// Creates a writer that hands its text to `sink` in pieces of about a
    /// megabyte, in order; call ``flush()`` at the end for the last piece.
    /// `sink` returns why it failed, or nil; a failure is kept in ``sinkFailure``.
    public init(sink: @escaping @Sendable (String) -> String?) { self.sink = sink }

    /// Hands the text written since the last piece to the sink (nothing without a sink).
    public mutating func flush() {
        guard let sink, !output.isEmpty else { return }
        if sinkFailure == nil { sinkFailure = sink(output) }
        output.removeAll(keepingCapacity: true)
    }

    @inline(__always) private mutating func flushWhenLarge() {
        if sink != nil, output.utf8.count >= Self.pieceBytes { flush() }
    }

    /// Appends markup as is; only for constant strings written by the program.
    public mutating func raw(_ markup: String) {
        output += markup
        flushWhenLarge()
    }

    /// Appends `text` escaped as element content.
    public mutating func text(_ text: String) {
        Self.append(text, to: &output, quotes: false)
        flushWhenLarge()
    }

    /// Appends a start tag with escaped attribute values; `nil` values are left out.
    public mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        output += "<" + tag
        for (name, value) in attributes {
            guard let value else { continue }
            output += " " + name + "=\""
            Self.append(value, to: &output, quotes: true)
            output += "\""
        }
        output += ">"
        flushWhenLarge()
    }

    /// Appends an end tag.
    public mutating func close(_ tag: String) {
        output += "</" + tag + ">"
        flushWhenLarge()
    }

    /// Appends an element holding escaped `text`.
    public mutating func element(_ tag: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// `text` escaped for element content (`quotes: false`) or an attribute value.
    public static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        append(text, to: &result, quotes: quotes)
        return result
    }

    private static func append(_ text: String, to output: inout String, quotes: Bool) {
        let needsEscape = text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || (quotes && ($0 == 0x22 || $0 == 0x27)) }
        guard needsEscape else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quotes: output += "&quot;"
            case "'" where quotes: output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
