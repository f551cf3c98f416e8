/// U+3000 IDEOGRAPHIC SPACE (`E3 80 80` in UTF-8): the full-width blank that indents Han and kana lines and pads their
/// columns as ASCII spaces do Latin ones.
enum IdeographicSpace {
    /// Whether one starts at `index` and ends by `end`.
    static func starts(at index: Int, in bytes: [UInt8], before end: Int) -> Bool {
        index >= 0 && index + 3 <= end && bytes[index] == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80
    }

    /// Whether one starts at `index` of `buffer` and ends by `end`.
    static func starts(at index: Int, in buffer: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        index >= 0 && index + 3 <= end && buffer[index] == 0xE3 && buffer[index + 1] == 0x80 && buffer[index + 2] == 0x80
    }
}
