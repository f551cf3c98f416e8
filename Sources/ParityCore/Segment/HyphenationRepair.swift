/// Decides what a hyphen at the end of a PDF line is: a word split by
/// hyphenation ("di-" + "ciembre" → "diciembre") or a real hyphen of a
/// compound that happens to fall at the line end ("Sur-" + "Sur" → "Sur-Sur",
/// "socio-" + "económico" → "socio-económico").
///
/// The document itself is the dictionary: a form written elsewhere in the
/// document inside a line wins (with hyphen, or joined); otherwise a lower-case
/// continuation means hyphenation and anything else keeps the hyphen.
struct HyphenationRepair {
    private var words: Set<String> = []

    /// Learns the words of `bytes` that lie inside lines (never a line-end fragment).
    init(_ bytes: [UInt8], _ lines: [PDFLine]) {
        for line in lines where !line.isBlank {
            var start = line.contentStart
            var index = line.contentStart
            while index <= line.contentEnd {
                if index == line.contentEnd || bytes[index] == 0x20 || bytes[index] == 0x09 {
                    if index > start, index < line.contentEnd || bytes[index - 1] != UInt8(ascii: "-") {
                        let word = Self.core(String(decoding: bytes[start..<index], as: UTF8.self))
                        if word.count >= 2 { words.insert(word) }
                    }
                    start = index + 1
                }
                index += 1
            }
        }
    }

    /// Whether to drop the hyphen between `left` (the line-end word without
    /// its hyphen) and `right` (the first word of the next line).
    func dropsHyphen(left: String, right: String) -> Bool {
        let leftCore = Self.core(left)
        let rightCore = Self.core(right)
        guard let first = rightCore.unicodeScalars.first, !leftCore.isEmpty else { return false }
        if words.contains(leftCore + "-" + rightCore) { return false }
        if words.contains(leftCore + rightCore) { return true }
        return first.properties.isLowercase
    }

    /// The word lower-cased, without punctuation at either end.
    private static func core(_ word: String) -> String {
        let scalars = Array(word.lowercased().unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              let last = scalars.lastIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
