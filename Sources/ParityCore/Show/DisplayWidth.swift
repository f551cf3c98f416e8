/// The number of terminal cells Unicode text takes, computed on scalars.
///
/// East Asian Wide and Fullwidth scalars (CJK ideographs, Hangul syllables,
/// fullwidth forms, CJK punctuation such as `，。、`) and emoji pictographs take
/// two cells; nonspacing and enclosing marks, format characters (ZWJ,
/// variation selectors, bidi marks) and control characters take none;
/// everything else takes one. An emoji sequence (ZWJ sequence, skin-tone
/// modifier, flag) counts once, as its grapheme cluster does.
public enum DisplayWidth {
    /// The width of one scalar on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        if contains(DisplayWidthTables.zeroWidth, value) { return 0 }
        if value >= 0x1100, contains(DisplayWidthTables.wide, value) { return 2 }
        return 1
    }

    /// The width of `text`, cluster by cluster.
    public static func of(_ text: String) -> Int {
        var scanner = DisplayClusterScanner()
        var total = 0
        for scalar in text.unicodeScalars { total += scanner.consume(scalar).widthAdded }
        return total
    }

    /// The width of a run of scalars, cluster by cluster.
    public static func of(scalars: some Sequence<Unicode.Scalar>) -> Int {
        var scanner = DisplayClusterScanner()
        var total = 0
        for scalar in scalars { total += scanner.consume(scalar).widthAdded }
        return total
    }

    /// Whether `value` lies in one of the flat `[first, last, ...]` ranges (binary search).
    static func contains(_ table: [UInt32], _ value: UInt32) -> Bool {
        let rangeCount = table.count / 2
        let candidate = partitionPoint(in: 0..<rangeCount) { table[2 * $0 + 1] < value }
        return candidate < rangeCount && table[2 * candidate] <= value
    }
}
