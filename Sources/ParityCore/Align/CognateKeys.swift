/// Cheap cognates (after Simard, Foster & Isabelle): figures, and the first
/// four letters of longer Latin-script words with accents folded, so that
/// "Assembly" / "Asamblea" / "Assemblée" or "60/227" give the length aligner
/// a content signal between closely related languages. Scripts without
/// shared words still share figures.
enum CognateKeys {
    /// One key: four bytes, so that a long document's keys take little memory.
    typealias Key = UInt32

    /// Sorted, distinct keys of `text`: a word's first four folded letters
    /// packed a byte each (ASCII, so below 2^31), a run of digits as a 31-bit
    /// FNV-1a hash with bit 31 set, so the two kinds never meet.
    static func of(_ text: String) -> [Key] {
        var text = text
        return text.withUTF8(of)
    }

    /// ``of(_:)`` of a block's text, read at its bytes in place (no string is made).
    static func of(_ block: Block) -> [Key] {
        block.withTextUTF8(of)
    }

    /// ``of(_:)`` of the valid UTF-8 `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> [Key] {
        var collector = Collector()
        collector.read(bytes)
        return collector.sortedDistinctKeys()
    }

    /// The keys of one text as its bytes are read.
    private struct Collector {
        // Collected in an array, then sorted and made distinct: cheaper than a set for a block's few dozen keys.
        var keys: [Key] = []
        var word = 0
        var wordLength = 0
        var digits: UInt64 = 0xcbf2_9ce4_8422_2325
        var digitCount = 0

        mutating func flushWord() {
            if wordLength >= 4 { keys.append(Key(word)) }
            word = 0
            wordLength = 0
        }

        mutating func flushDigits() {
            if digitCount > 0 { keys.append(Key(truncatingIfNeeded: (digits ^ (digits >> 31)) & 0x7FFF_FFFF) | 0x8000_0000) }
            digits = 0xcbf2_9ce4_8422_2325
            digitCount = 0
        }

        /// Reads valid UTF-8: only ASCII and U+00C0–U+017F (two bytes, leads C3–C5) can be letters or digits here.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            let foldingTable = CognateKeys.foldingTable
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                var value = UInt32(lead)
                if lead < 0x80 {
                    index += 1
                } else if lead >= 0xC3 && lead <= 0xC5 && index + 1 < bytes.count {
                    value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else {
                    // Any other scalar: neither a foldable letter nor a digit.
                    value = 0xFFFD
                    index += 1
                    while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                }
                let folded = value < 0x180 ? foldingTable[Int(value)] : 0
                if folded != 0 {
                    flushDigits()
                    if wordLength < 4 { word |= Int(folded) << (8 * wordLength) }
                    wordLength += 1
                } else if value >= 0x30 && value <= 0x39 {
                    flushWord()
                    digits = (digits ^ UInt64(value)) &* 0x100_0000_01b3
                    digitCount += 1
                } else {
                    flushWord()
                    flushDigits()
                }
            }
            flushWord()
            flushDigits()
        }

        /// The keys sorted and distinct, in an array of exactly their count: a long
        /// document keeps one such array per block, so the collector's spare capacity is dropped.
        mutating func sortedDistinctKeys() -> [Key] {
            guard keys.count > 1 else { return Array(keys) }
            keys.sort()
            var distinct = 1
            for index in 1..<keys.count where keys[index] != keys[distinct - 1] {
                keys[distinct] = keys[index]
                distinct += 1
            }
            return Array(keys[0..<distinct])
        }
    }

    /// `fold` for U+0000–U+017F, 0 where it gives nil; made once.
    private static let foldingTable: [UInt8] = (0..<0x180).map { fold(UInt32($0)) ?? 0 }

    /// Accented Latin letters and the ASCII letter each folds to.
    private static let accentFolding: [(ClosedRange<UInt32>, UInt8)] = [
        (0xC0...0xC5, 97), (0xE0...0xE5, 97), (0xC7...0xC7, 99), (0xE7...0xE7, 99),
        (0xC8...0xCB, 101), (0xE8...0xEB, 101), (0xCC...0xCF, 105), (0xEC...0xEF, 105),
        (0xD1...0xD1, 110), (0xF1...0xF1, 110), (0xD2...0xD6, 111), (0xF2...0xF6, 111),
        (0xD9...0xDC, 117), (0xF9...0xFC, 117), (0x152...0x153, 111),
    ]

    /// Lower-case ASCII letter for a Latin letter (accents dropped), else `nil`.
    private static func fold(_ v: UInt32) -> UInt8? {
        if v >= 0x61 && v <= 0x7A { return UInt8(v) }
        if v >= 0x41 && v <= 0x5A { return UInt8(v + 32) }
        guard v >= 0xC0 && v <= 0x17F else { return nil }
        for (range, ascii) in accentFolding where range.contains(v) { return ascii }
        return nil
    }

    /// Keys two sorted key lists share.
    static func commonCount(_ a: [Key], _ b: [Key]) -> Int {
        var i = 0, j = 0, common = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return common
    }

    /// Sorted union of several sorted key lists.
    static func union(_ lists: [[Key]]) -> [Key] {
        var all = lists.flatMap { $0 }
        guard all.count > 1 else { return all }
        all.sort()
        var result: [Key] = [all[0]]
        for key in all.dropFirst() where key != result.last! { result.append(key) }
        return result
    }
}
