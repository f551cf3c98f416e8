/// A page number between dashes on a line of its own — `- 2-`, `-10-`,
/// `– 3 –`, `— 12 —` — is page furniture in any text: PDF conversions leave
/// it in the middle of the text, often in the middle of a sentence.
enum DashedPageNumber {
    /// Most digits of a page number.
    static let maximumDigits = 4

    /// Whether the UTF-8 bytes `start..<end` are a page number between dashes,
    /// white space around them allowed.
    static func isDashedPageNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        func skipSpaces() { while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        /// A hyphen-minus, en dash (E2 80 93) or em dash (E2 80 94).
        func dash() -> Bool {
            if index < end, bytes[index] == 0x2D { index += 1; return true }
            if index + 3 <= end, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                index += 3
                return true
            }
            return false
        }
        skipSpaces()
        guard dash() else { return false }
        skipSpaces()
        let digitsStart = index
        while index < end, (0x30...0x39).contains(bytes[index]) { index += 1 }
        guard (1...maximumDigits).contains(index - digitsStart) else { return false }
        skipSpaces()
        guard dash() else { return false }
        skipSpaces()
        return index == end
    }

    /// The same over a byte array.
    static func isDashedPageNumber(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        bytes.withUnsafeBufferPointer { isDashedPageNumber($0, start, end) }
    }
}
