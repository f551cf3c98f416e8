/// The words of a sentence as the sentence aligner compares them: runs of
/// letters, lower-cased, Latin accents folded (`Kürze` → `kurze`,
/// `Assemblée` → `assemblee`); every Han, kana or Hangul character is a word
/// of its own.
enum SentenceWords {
    /// The words of `text` in order.
    static func of(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty { words.append(String(word)) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { word.append(scalar) } else if v >= 0x41 && v <= 0x5A {
                    word.append(Unicode.Scalar(v + 32)!)
                } else { flush() }
                continue
            }
            if isIdeographic(v) {
                flush()
                words.append(String(scalar))
                continue
            }
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.generalCategory == .nonspacingMark else { flush(); continue }
            if properties.generalCategory == .nonspacingMark { continue }
            if let folded = latinFold(v) {
                word.append(folded)
            } else if properties.changesWhenLowercased {
                word.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                word.append(scalar)
            }
        }
        flush()
        return words
    }

    /// Han, kana, Hangul.
    static func isIdeographic(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FFFF).contains(v)
    }

    /// Lower-case ASCII letter for an accented Latin-1 or Latin Extended-A letter.
    static func latinFold(_ v: UInt32) -> Unicode.Scalar? {
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        let table: [(ClosedRange<UInt32>, UInt8)] = [
            (0xC0...0xC5, 97), (0xE0...0xE5, 97), (0xC7...0xC7, 99), (0xE7...0xE7, 99),
            (0xC8...0xCB, 101), (0xE8...0xEB, 101), (0xCC...0xCF, 105), (0xEC...0xEF, 105),
            (0xD1...0xD1, 110), (0xF1...0xF1, 110), (0xD2...0xD6, 111), (0xF2...0xF6, 111),
            (0xD9...0xDC, 117), (0xF9...0xFC, 117), (0x152...0x153, 111), (0xDF...0xDF, 115),
            (0x100...0x105, 97), (0x106...0x10D, 99), (0x112...0x11B, 101), (0x141...0x144, 110),
            (0x15A...0x161, 115), (0x179...0x17E, 122),
        ]
        for (range, ascii) in table where range.contains(v) { return Unicode.Scalar(ascii) }
        return nil
    }
}
