/// Lower case on Unicode scalars, as `String.lowercased()` gives it (each
/// scalar's `lowercaseMapping`, no context), without building strings:
/// ASCII by arithmetic, the Latin blocks from a table made once.
enum ScalarLowercasing {
    /// `scalars` in lower case; the same scalars as `String(scalars).lowercased().unicodeScalars`.
    static func lowercased<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.underestimatedCount)
        let latinTable = ScalarLowercasing.latinTable
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                result.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar)
            } else if value < UInt32(latinTable.count), let lower = latinTable[Int(value)] {
                result.append(lower)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }

    /// `scalar` in lower case when that is one scalar (as `lowercased` gives it), else nil; no array is made.
    static func lowercasedScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar }
        if value < UInt32(latinTable.count) { return latinTable[Int(value)] }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard let first = mapping.first, mapping.index(after: mapping.startIndex) == mapping.endIndex else { return nil }
        return first
    }

    /// For U+0000–U+04FF (Latin, Greek, Cyrillic): the lower-case scalar when the mapping is one scalar.
    private static let latinTable: [Unicode.Scalar?] = (0..<0x500).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        let mapped = Array(scalar.properties.lowercaseMapping.unicodeScalars)
        return mapped.count == 1 ? mapped[0] : nil
    }
}
