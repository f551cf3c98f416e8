/// Splits text into ``NumberToken``s, working on Unicode scalars. Digits of
/// any script (ASCII, Arabic-Indic, Persian, full-width) become ASCII;
/// thousands separators (`,` `.` space, no-break and thin spaces, `٬`) and
/// decimal marks follow the version's language; superscript digits (footnote
/// markers) are not figures.
struct NumberTokenizer: Sendable {
    var language: Language? {
        didSet { commaIsDecimal = language?.conventions.decimalComma ?? false }
    }

    /// Whether `,` is the decimal mark (`LanguageConventions.decimalComma`).
    private var commaIsDecimal: Bool

    init(language: Language?) {
        self.language = language
        commaIsDecimal = language?.conventions.decimalComma ?? false
    }

    /// A Han ideograph as `ScalarClass.isHan` reads it, the supplementary
    /// planes, or `〇` (the zero of Chinese numerals): one word each.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isHan(scalar) || scalar.value == 0x3007 || (0x20000...0x2FFFF).contains(scalar.value)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Cyrillic capitals that look like Latin ones (`А/60/871` typed in Russian).
    static func latinLookalike(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let latin = CyrillicNumbering.latinLookalike(ofCyrillic: scalar), ScalarClass.isUppercase(latin) else { return nil }
        return latin
    }

    private static func isSymbolScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2F, 0x2D: return true
        default: return latinLookalike(scalar) != nil
        }
    }

    func tokenize(_ text: String) -> [NumberToken] {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var tokens: [NumberToken] = []
        var i = 0
        func string(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        func isLetterOrDigit(_ index: Int) -> Bool {
            index >= 0 && index < n && (NumberTokenizer.isWordScalar(scalars[index]) || ScalarClass.digit(scalars[index]) != nil)
        }
        while i < n {
            let c = scalars[i]
            if c.properties.isWhitespace {
                var j = i
                while j < n, scalars[j].properties.isWhitespace { j += 1 }
                tokens.append(NumberToken(kind: .space, text: " ", original: " "))
                i = j
                continue
            }
            // Chinese writes no space before a symbol: 第60/227号决议.
            if let symbol = scanSymbol(scalars, at: i), !isLetterOrDigit(i - 1) || NumberTokenizer.isHan(scalars[i - 1]) {
                tokens.append(NumberToken(kind: .symbol, text: symbol.text, original: string(i..<symbol.end)))
                i = symbol.end
                continue
            }
            if ScalarClass.digit(c) != nil {
                let number = scanNumber(scalars, at: i)
                tokens.append(number.token)
                i = number.end
                continue
            }
            if NumberTokenizer.isHan(c) {
                tokens.append(NumberToken(kind: .word, text: String(c), original: String(c)))
                i += 1
                continue
            }
            if NumberTokenizer.isWordScalar(c) {
                var j = i
                while j < n, NumberTokenizer.isWordScalar(scalars[j]), !NumberTokenizer.isHan(scalars[j]) { j += 1 }
                // Only short words matter (month names, "per cent", ordinals, letters);
                // longer ones are kept as placeholders without building strings.
                if j - i <= 12 {
                    let original = string(i..<j)
                    let lower = original.lowercased()
                    let isArabic = c.value >= 0x600 && c.value <= 0x6FF
                    tokens.append(NumberToken(kind: .word, text: isArabic ? ArabicText.normalize(lower) : lower, original: original))
                } else {
                    tokens.append(NumberToken(kind: .word, text: "", original: ""))
                }
                i = j
                continue
            }
            tokens.append(NumberToken(kind: .punct, text: String(c), original: String(c)))
            i += 1
        }
        return tokens
    }

    /// A document symbol (`A/60/871`, `E/CN.4/2005/L.10`, `60/227`) starting at `start`.
    private func scanSymbol(_ scalars: [Unicode.Scalar], at start: Int) -> (text: String, end: Int)? {
        let first = scalars[start]
        let startsWell = (first.value >= 0x41 && first.value <= 0x5A) || (first.value >= 0x30 && first.value <= 0x39)
            || NumberTokenizer.latinLookalike(first) != nil
        guard startsWell else { return nil }
        var end = start
        var hasSlash = false, hasDigit = false
        while end < scalars.count, NumberTokenizer.isSymbolScalar(scalars[end]) {
            if scalars[end] == "/" { hasSlash = true }
            if ScalarClass.digit(scalars[end]) != nil { hasDigit = true }
            end += 1
        }
        while end > start, [".", "-", "/"].contains(scalars[end - 1]) { end -= 1 }
        guard hasSlash, hasDigit, end > start else { return nil }
        var text = String.UnicodeScalarView()
        for scalar in scalars[start..<end] { text.append(NumberTokenizer.latinLookalike(scalar) ?? scalar) }
        let result = String(text).uppercased()
        let segments = result.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, segments.allSatisfy({ !$0.isEmpty }), segments.contains(where: { $0.contains(where: \.isNumber) })
        else { return nil }
        return (result, end)
    }

    /// A figure with its thousands separators and decimal part.
    private func scanNumber(_ scalars: [Unicode.Scalar], at start: Int) -> (token: NumberToken, end: Int) {
        let n = scalars.count
        func readDigits(_ from: Int) -> (String, Int) {
            var digits = "", p = from
            while p < n, let d = ScalarClass.digit(scalars[p]) {
                digits.unicodeScalars.append(Unicode.Scalar(UInt8(48 + d)))
                p += 1
            }
            return (digits, p)
        }
        var (integer, p) = readDigits(start)
        var groups = 1
        let firstGroupLength = integer.count
        var fraction: String?
        while p + 1 < n, ScalarClass.digit(scalars[p + 1]) != nil {
            let separator = scalars[p]
            let (digits, q) = readDigits(p + 1)
            let thousands = digits.count == 3 && fraction == nil && (groups > 1 || firstGroupLength <= 3)
            var accepted = true
            switch separator.value {
            case 0x20, 0xA0, 0x202F, 0x2009, 0x066C:
                if thousands { integer += digits; groups += 1 } else { accepted = false }
            case 0x2C:  // ,
                if commaIsDecimal {
                    if fraction == nil { fraction = digits } else { accepted = false }
                } else if thousands { integer += digits; groups += 1 } else { accepted = false }
            case 0x2E:  // .
                if commaIsDecimal && thousands { integer += digits; groups += 1 }
                else if fraction == nil { fraction = digits } else { accepted = false }
            case 0x066B:  // Arabic decimal separator
                if fraction == nil { fraction = digits } else { accepted = false }
            default:
                accepted = false
            }
            if !accepted { break }
            p = q
        }
        var trimmedInteger = Substring(integer)
        while trimmedInteger.count > 1, trimmedInteger.first == "0" { trimmedInteger = trimmedInteger.dropFirst() }
        var trimmedFraction = Substring(fraction ?? "")
        while trimmedFraction.last == "0" { trimmedFraction = trimmedFraction.dropLast() }
        let canonical = trimmedFraction.isEmpty ? String(trimmedInteger) : trimmedInteger + "." + trimmedFraction
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<p])
        let token = NumberToken(kind: .number, text: String(canonical), original: String(view),
                                integerPart: String(trimmedInteger), fraction: fraction)
        return (token, p)
    }
}
