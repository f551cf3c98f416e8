/// The units of a date written the Chinese and Japanese way (`2030年1月1日`, `1月1号`): 年 (year), 月 (month),
/// 日 and 号 (day). Digits glued to Han characters are a footnote marker in a version without spaces (`报告1に`), but
/// digits right before a unit or right after 年 or 月 are the date's year, month or day, never a marker.
enum HanDateUnit {
    /// UTF-8 of 年, 月, 日, 号.
    private static let year: [UInt8] = [0xE5, 0xB9, 0xB4]
    private static let month: [UInt8] = [0xE6, 0x9C, 0x88]
    private static let day: [UInt8] = [0xE6, 0x97, 0xA5]
    private static let dayNumber: [UInt8] = [0xE5, 0x8F, 0xB7]

    /// Whether the digits `bytes[start..<end]` stand before a date unit or right after 年 or 月.
    static func isDatePart(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        if holds(bytes, end, year) || holds(bytes, end, month) || holds(bytes, end, day) || holds(bytes, end, dayNumber) {
            return true
        }
        return start >= 3 && (holds(bytes, start - 3, year) || holds(bytes, start - 3, month))
    }

    private static func holds(_ bytes: [UInt8], _ at: Int, _ unit: [UInt8]) -> Bool {
        at >= 0 && at + 3 <= bytes.count && bytes[at] == unit[0] && bytes[at + 1] == unit[1] && bytes[at + 2] == unit[2]
    }
}
