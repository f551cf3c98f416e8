/// Normalization of Arabic words for matching: no diacritics or tatweel,
/// hamza-carrying alifs folded to bare alif.
enum ArabicText {
    static func normalize(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: result.append("\u{0627}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Arabic names of Latin capital letters in the abjad order UN Arabic
    /// uses for resolution letters (217 A → 217 ألف).
    static let letterNames: [String: Character] = {
        let names = ["الف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
                     "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد"]
        var table: [String: Character] = [:]
        for (index, name) in names.enumerated() {
            table[name] = Character(Unicode.Scalar(UInt8(65 + index)))
        }
        return table
    }()
}
