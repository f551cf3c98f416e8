import ParityCore

/// Renders a list counter the way a word processor or browser does:
/// `decimal` 23, `lowerLetter` w, `upperLetter` AA, `lowerRoman` xiv, `upperRoman` XIV.
enum ListNumberFormat: Equatable {
    case decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none

    /// The format named by a WordprocessingML `w:numFmt` value; unknown names render as decimal.
    init(wordName: String) {
        switch wordName {
        case "decimalZero": self = .decimalZero
        case "lowerLetter": self = .lowerLetter
        case "upperLetter": self = .upperLetter
        case "lowerRoman": self = .lowerRoman
        case "upperRoman": self = .upperRoman
        case "bullet": self = .bullet
        case "none": self = .none
        default: self = .decimal
        }
    }

    /// The format named by an HTML `<ol type>` value (`1`, `a`, `A`, `i`, `I`).
    init(htmlType: String?) {
        switch htmlType {
        case "a": self = .lowerLetter
        case "A": self = .upperLetter
        case "i": self = .lowerRoman
        case "I": self = .upperRoman
        default: self = .decimal
        }
    }

    /// `value` in this format ("" for bullets and `none`).
    func render(_ value: Int) -> String {
        switch self {
        case .decimal: return String(value)
        case .decimalZero: return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case .lowerLetter: return Self.letters(value).lowercased()
        case .upperLetter: return Self.letters(value)
        case .lowerRoman: return Self.roman(value).lowercased()
        case .upperRoman: return Self.roman(value)
        case .bullet, .none: return ""
        }
    }

    /// Word's letter numbering: A…Z, then AA…ZZ, AAA… (the letter repeated).
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        return RomanNumeral.spelling(value)
    }
}
