/// Indentation that is not ASCII white space: the ideographic space (U+3000)
/// that Chinese and Japanese texts indent sub-items with (`　　(a) …`), and the
/// no-break space (U+00A0). A line keeps these bytes in its content (every byte
/// outside ASCII white space belongs to a block), but whether the line starts
/// with a label is read after them.
enum WideIndent {
    /// The offset of the first byte after the wide spaces that `bytes[start..<end]` starts with.
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end {
            if IdeographicSpace.starts(at: index, in: bytes, before: end) {
                index += 3
            } else if end - index >= 2, bytes[index] == 0xC2, bytes[index + 1] == 0xA0 {
                index += 2
            } else if index > start, bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The same over an array.
    static func skip(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        bytes.withUnsafeBufferPointer { skip($0, start, end) }
    }
}
