/// Superscript digits, the way clean plain-text UN documents write numbered footnote markers.
enum SuperscriptDigits {
    private static let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// `number` in superscript digits (`12` → `¹²`).
    static func superscript(_ number: Int) -> String {
        String(String(number).map { superscripts[Int(String($0))!] })
    }

    /// `text` with ASCII digits turned into superscript digits when it is only digits.
    static func superscriptIfDigits(_ text: String) -> String {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        return String(text.map { superscripts[Int(String($0))!] })
    }
}
