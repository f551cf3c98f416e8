/// ANSI SGR styles for terminal output; `wrap` adds nothing when colour is off.
public enum ANSIStyle: String, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case yellow = "33"
    case cyan = "36"

    /// The style of a severity: red errors, yellow warnings, cyan information.
    public static func of(_ severity: Severity) -> ANSIStyle {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .cyan
        }
    }

    /// `text` in this style when `enabled`, else `text` unchanged.
    public func wrap(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
    }
}
