/// Cheap cognates (after Simard, Foster & Isabelle): figures, and the first
/// four letters of longer Latin-script words with accents folded, so that
/// "Assembly" / "Asamblea" / "Assemblée" or "60/227" give the length aligner
/// a content signal between closely related languages. Scripts without
/// shared words still share figures.
enum CognateKeys {
    /// Sorted, distinct hashes of the cognate keys of `text`.
    static func of(_ text: String) -> [Int] {
        var keys = Set<Int>()
        var word = String.UnicodeScalarView()
        var digits = String.UnicodeScalarView()
        var wordLength = 0
        func flushWord() {
            if wordLength >= 4 { keys.insert(String(word).hashValue) }
            word = String.UnicodeScalarView()
            wordLength = 0
        }
        func flushDigits() {
            if !digits.isEmpty { keys.insert(("#" + String(digits)).hashValue) }
            digits = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                flushDigits()
                if wordLength < 4 { word.append(folded) }
                wordLength += 1
            } else if scalar.value >= 0x30 && scalar.value <= 0x39 {
                flushWord()
                digits.append(scalar)
            } else {
                flushWord()
                flushDigits()
            }
        }
        flushWord()
        flushDigits()
        return keys.sorted()
    }

    /// Lower-case ASCII letter for a Latin letter (accents dropped), else `nil`.
    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v >= 0x61 && v <= 0x7A { return scalar }
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32) }
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        let table: [(ClosedRange<UInt32>, UInt8)] = [
            (0xC0...0xC5, 97), (0xE0...0xE5, 97), (0xC7...0xC7, 99), (0xE7...0xE7, 99),
            (0xC8...0xCB, 101), (0xE8...0xEB, 101), (0xCC...0xCF, 105), (0xEC...0xEF, 105),
            (0xD1...0xD1, 110), (0xF1...0xF1, 110), (0xD2...0xD6, 111), (0xF2...0xF6, 111),
            (0xD9...0xDC, 117), (0xF9...0xFC, 117), (0x152...0x153, 111),
        ]
        for (range, ascii) in table where range.contains(v) { return Unicode.Scalar(ascii) }
        return nil
    }

    /// Keys two sorted key lists share.
    static func commonCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return common
    }

    /// Sorted union of several sorted key lists.
    static func union(_ lists: [[Int]]) -> [Int] {
        var all = lists.flatMap { $0 }
        guard all.count > 1 else { return all }
        all.sort()
        var result: [Int] = [all[0]]
        for key in all.dropFirst() where key != result.last! { result.append(key) }
        return result
    }
}
