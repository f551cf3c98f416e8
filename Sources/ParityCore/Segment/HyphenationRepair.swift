/// Decides what a hyphen at the end of a PDF line is: a word split by
/// hyphenation ("di-" + "ciembre" → "diciembre") or a real hyphen of a
/// compound that happens to fall at the line end ("Sur-" + "Sur" → "Sur-Sur",
/// "socio-" + "económico" → "socio-económico").
///
/// The document itself is the dictionary: a form written elsewhere in the
/// document inside a line wins (with hyphen, or joined); otherwise a lower-case
/// continuation means hyphenation and anything else keeps the hyphen.
struct HyphenationRepair {
    /// The words, learnt on the first question: most texts never ask one.
    private let dictionary: WordList

    /// Learns the words of `bytes` that lie inside lines (never a line-end fragment).
    init(_ bytes: [UInt8], _ lines: [PDFLine]) {
        dictionary = WordList(bytes, lines)
    }

    private final class WordList {
        let bytes: [UInt8]
        let lines: [PDFLine]
        private var learnt: Set<String>?

        init(_ bytes: [UInt8], _ lines: [PDFLine]) {
            self.bytes = bytes
            self.lines = lines
        }

        var words: Set<String> {
            if let learnt { return learnt }
            var words: Set<String> = []
            for line in lines where !line.isBlank {
                var start = line.contentStart
                var index = line.contentStart
                while index <= line.contentEnd {
                    if index == line.contentEnd || bytes[index] == 0x20 || bytes[index] == 0x09 {
                        if index > start, index < line.contentEnd || bytes[index - 1] != UInt8(ascii: "-") {
                            let word = HyphenationRepair.core(String(decoding: bytes[start..<index], as: UTF8.self))
                            if word.count >= 2 { words.insert(word) }
                        }
                        start = index + 1
                    }
                    index += 1
                }
            }
            learnt = words
            return words
        }
    }

    /// Whether to drop the hyphen between `left` (the line-end word without
    /// its hyphen) and `right` (the first word of the next line).
    func dropsHyphen(left: String, right: String) -> Bool {
        let leftCore = Self.core(left)
        let rightCore = Self.core(right)
        guard let first = rightCore.unicodeScalars.first, !leftCore.isEmpty else { return false }
        let words = dictionary.words
        if words.contains(leftCore + "-" + rightCore) { return false }
        if words.contains(leftCore + rightCore) { return true }
        return first.properties.isLowercase
    }

    /// The word lower-cased, without punctuation at either end.
    fileprivate static func core(_ word: String) -> String {
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: letters and digits are what is alphabetic or numeric.
            func isAlphanumeric(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
            guard let first = utf8.firstIndex(where: isAlphanumeric), let last = utf8.lastIndex(where: isAlphanumeric) else { return "" }
            return String(decoding: word.utf8[first...last].map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        let scalars = Array(word.lowercased().unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              let last = scalars.lastIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
