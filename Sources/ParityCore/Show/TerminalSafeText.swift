/// Text made safe to write to a terminal: nothing in a document or a file
/// name can move the cursor, clear the screen, retitle the window, plant a
/// hyperlink, write the clipboard or reorder what follows.
///
/// - C0 controls (and DEL) become their visible Control Pictures (`ESC` →
///   `␛`, so `ESC[2J` prints as `␛[2J`); a line feed stays when `keepLineBreaks`.
///   A tab always stays.
/// - C1 controls (U+0080–U+009F, among them CSI and OSC) and the bidi
///   embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
///   become `<U+XXXX>`. The marks LRM, RLM and ALM stay: they only affect
///   the characters around them.
public enum TerminalSafeText {
    /// `text` with every unsafe scalar made visible.
    public static func visible(_ text: String, keepLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepLineBreaks: keepLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar, keepLineBreaks: keepLineBreaks) else {
                out.append(scalar)
                continue
            }
            let value = scalar.value
            if value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + value)!)
            } else if value == 0x7F {
                out.append("\u{2421}")
            } else {
                let hex = String(value, radix: 16, uppercase: true)
                out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)>".unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether `scalar` must not reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar, keepLineBreaks: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x0A: return !keepLineBreaks
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
