/// Tells a figure at the start of a line from the next label of a decimal
/// numbering (`1`, `1.1`, `2.1.1`), by the numbering sequence alone: inside a
/// paragraph opened by `1.1`, a line that starts with `12,000` or `35` cannot
/// continue the count (the next label is `1.2`, `1.1.1` or `2`), so it is a
/// line the wrap broke ("1.1 Each State should map" / "12,000 villages …"),
/// whatever the length of the line above it. The words after the figure are
/// not read: any language and script, digits of any system.
enum DecimalLabelFigure {
    /// Bytes of a line's beginning read for its label or figure.
    private static let headBytes = 48

    /// The numeric components of the decimal label the line starts with (`2.1.1 Of that …` → `[2, 1, 1]`), when
    /// every component is a number and two at least; nil otherwise (a lettered `1.a`, no label).
    static func numericLabel(_ bytes: [UInt8], _ line: TextLine) -> [Int]? {
        guard line.contentEnd > line.contentStart else { return nil }
        return numericLabel(head(bytes, line))
    }

    /// The numeric components of the decimal label `scalars` start with (as `numericLabel(_:_:)`).
    static func numericLabel(_ scalars: [Unicode.Scalar]) -> [Int]? {
        guard let label = DecimalLabel.parse(scalars) else { return nil }
        return values(of: label)
    }

    /// Whether the line starts with a figure (digits of any system) that continues no label after `label`: it is
    /// not the next sibling of any level (`1.2`, `2` after `1.1`), not the first child (`1.1.1`), and not `1` (a
    /// count that starts again). A decimal label that continues the count is a label; any other figure is text.
    static func isWrappedFigure(_ bytes: [UInt8], _ line: TextLine, after label: [Int]) -> Bool {
        guard line.contentEnd > line.contentStart, !label.isEmpty else { return false }
        let scalars = head(bytes, line)
        guard let first = scalars.first, ScalarClass.digit(first) != nil else { return false }
        let next: [Int]
        if let decimal = DecimalLabel.parse(scalars) {
            guard let values = values(of: decimal) else { return false }
            next = values
        } else {
            var digits = 0
            while digits < scalars.count, ScalarClass.digit(scalars[digits]) != nil { digits += 1 }
            guard let value = Numerals.decimalValue(scalars[0..<digits]) else { return false }
            next = [value]
        }
        return !continues(label, with: next)
    }

    /// Whether `next` may follow `label` in a decimal numbering: `1` (a new count), the first child
    /// (`label` + `1`), or the next sibling at any level (`label[0..<k]` with its last component plus one).
    static func continues(_ label: [Int], with next: [Int]) -> Bool {
        if next == [1] || next == label + [1] { return true }
        for depth in 1...label.count where next.count == depth {
            if Array(next.dropLast()) == Array(label.prefix(depth - 1)), next[depth - 1] == label[depth - 1] + 1 { return true }
        }
        return false
    }

    /// The value of every component of `label`, or nil when one is no number (`1.a`).
    private static func values(of label: DecimalLabel) -> [Int]? {
        let values = label.components.compactMap { Numerals.decimalValue(Array($0.unicodeScalars)[...]) }
        return values.count == label.components.count ? values : nil
    }

    /// The first `headBytes` bytes of the line's content as scalars (cut at a scalar boundary).
    private static func head(_ bytes: [UInt8], _ line: TextLine) -> [Unicode.Scalar] {
        var end = min(line.contentEnd, line.contentStart + headBytes)
        while end > line.contentStart, end < line.contentEnd, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return ScalarText.scalars(bytes, line.contentStart, end)
    }
}
