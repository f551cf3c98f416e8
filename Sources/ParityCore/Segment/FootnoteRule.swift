/// The rule that UN documents print above a page's footnotes, which text
/// extraction writes as a line of underscores (`__________________`). It
/// is page furniture; the lines below it on its page are footnotes.
enum FootnoteRule {
    /// At least this many underscores make a rule.
    static let minimumLength = 5

    /// Whether `line` is made only of underscores (at least `minimumLength`).
    static func isRule(_ bytes: [UInt8], _ line: PDFLine) -> Bool {
        isRule(bytes, line.contentStart, line.contentEnd)
    }

    /// Whether `bytes[start..<end]` is made only of underscores (at least `minimumLength`).
    static func isRule(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= minimumLength else { return false }
        for index in start..<end where bytes[index] != UInt8(ascii: "_") { return false }
        return true
    }
}
