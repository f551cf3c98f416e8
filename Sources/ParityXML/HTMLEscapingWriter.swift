/// Builds HTML text, escaping everything that is not markup: `&`, `<`, `>`
/// in text, and also `"` and `'` in attribute values.
public struct HTMLEscapingWriter: Sendable {
    /// The HTML written so far.
    public private(set) var output: String = ""

    /// Creates an empty writer.
    public init() {}

    /// Appends markup as is; only for constant strings written by the program.
    public mutating func raw(_ markup: String) { output += markup }

    /// Appends `text` escaped as element content.
    public mutating func text(_ text: String) { Self.append(text, to: &output, quotes: false) }

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
    }

    /// Appends an end tag.
    public mutating func close(_ tag: String) { output += "</" + tag + ">" }

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
