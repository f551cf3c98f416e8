/// Splits text into ``NumberToken``s, working on Unicode scalars. Digits of
/// every decimal digit system become ASCII; thousands separators (`,` `.`
/// space, no-break and narrow no-break spaces, thin space, apostrophe, `٬`)
/// and decimal marks (`,` `.` `٫`) follow the version's language; dates in
/// figures (`10.12.1948`, `1948-12-10`) are one token; superscript digits
/// (footnote markers) are not figures. Linear in the length of the text.
struct NumberTokenizer: Sendable {
    /// Whether the comma is the decimal mark (`1,5`).
    var decimalComma: Bool
    /// Whether groups of two digits come before the last group of three (`12,50,000`).
    var lakhGrouping: Bool
    /// Whether figures grouped by spaces are stored with their groups in
    /// reverse order (`250 1` for 1 250, right-to-left text).
    var reversedSpaceGroups: Bool
    /// Whether the language reads `10/12/1948` day first (``NumericDateScanner``).
    var dayFirstDates: Bool
    /// Whether the text's decimal mark is unknown (a language without number
    /// tables): then either mark before one group of exactly three digits
    /// separates thousands (`8.500` and `8,500` are 8500, as in most of the
    /// world's conventions), and either mark before one or two digits, or
    /// after a lone `0`, is the decimal mark (`37,5`, `0.125`).
    var decimalMarkUnknown: Bool
    /// Whether the language groups digits with a space (`1 120` in French,
    /// Russian, Polish, Swedish). Where it groups them with a mark (`1.120`
    /// in Spanish, `1,120` in English), figures set apart by single spaces
    /// (`120 340`: table columns after a PDF extraction) are read as one
    /// figure whose grouping is undecided (``NumberToken/groupingUndecided``).
    /// In every language a figure is grouped with one separator: after a
    /// group set off by a mark a space ends the figure (`1.120 340` is 1120
    /// and 340), and a figure grouped by spaces keeps its groups
    /// (``NumberToken/spaceGroups``) for the reading of the spaces as gaps
    /// between figures.
    var spaceGroupsUsual: Bool
    /// Whether the language's own tables read words after an elided word
    /// (``NumberVocabulary/readsElisions``): then an apostrophe after a
    /// word of one to three letters ends it (`d’abril`, `ez'oku`, `l’an`);
    /// every other apostrophe between letters is inside its word
    /// (``apostropheJoins(_:at:wordStart:)``).
    var splitsElisions: Bool

    init(decimalComma: Bool, lakhGrouping: Bool = false, reversedSpaceGroups: Bool = false, dayFirstDates: Bool = true,
         decimalMarkUnknown: Bool = false, spaceGroupsUsual: Bool = true, splitsElisions: Bool = true) {
        self.splitsElisions = splitsElisions
        self.decimalComma = decimalComma
        self.lakhGrouping = lakhGrouping
        self.reversedSpaceGroups = reversedSpaceGroups
        self.dayFirstDates = dayFirstDates
        self.decimalMarkUnknown = decimalMarkUnknown
        self.spaceGroupsUsual = spaceGroupsUsual
    }

    /// A Han ideograph as `ScalarClass.isHan` reads it, the supplementary
    /// planes, or `〇` (the zero of Chinese numerals): one word each.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isHan(scalar) || scalar.value == 0x3007 || (0x20000...0x2FFFF).contains(scalar.value)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        // The letters and marks of the scripts most text is in, without a Unicode property lookup.
        switch v {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F,  // Latin
             0x400...0x481, 0x483...0x487, 0x48A...0x52F,  // Cyrillic letters and marks
             0x620...0x65F, 0x671...0x6D3,  // Arabic letters and marks
             0x900...0x963,  // Devanagari letters and marks
             0x4E00...0x9FFF:  // CJK ideographs
            return true
        case 0x80...0xBF, 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020, 0xFF00...0xFF0F:  // controls, Latin-1 signs, punctuation
            return v == 0xAA || v == 0xB5 || v == 0xBA
        default: break
        }
        return isLetterOrMarkByProperties(scalar)
    }

    /// Whether Unicode's properties make `scalar` a letter or a mark; out of
    /// line, so that the common scripts' fast path sets up no room for a
    /// resilient `Unicode.GeneralCategory` on each call.
    @inline(never)
    static func isLetterOrMarkByProperties(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        // The invisible direction marks (left-to-right, right-to-left, Arabic letter mark) CLDR writes around `%` (`45‎%‎`).
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }
        return scalar.properties.isWhitespace
    }

    /// Cyrillic capitals that look like Latin ones (`А/60/871` typed in Russian).
    static func latinLookalike(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        // Only Cyrillic letters have a look-alike: other scalars are not hashed.
        guard ScalarClass.isCyrillic(scalar), let latin = CyrillicNumbering.latinLookalike(ofCyrillic: scalar), ScalarClass.isUppercase(latin) else { return nil }
        return latin
    }

    /// The ASCII form of a character a document symbol may be written
    /// with: ASCII digits, letters, `.`, `/`, `-`; their full-width forms
    /// (`Ａ／８０`, Chinese and Japanese text: `第７９/２１１号`); the digits
    /// of other systems; Cyrillic capitals that look like Latin ones.
    static func symbolForm(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x2F, 0x2D: return scalar
        case 0xFF0D...0xFF0F, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return Unicode.Scalar(scalar.value - 0xFEE0)
        case 0..<0x80: return nil
        default:
            if let digit = DecimalDigit.value(scalar) { return Unicode.Scalar(UInt8(48 + digit)) }
            return latinLookalike(scalar)
        }
    }

    /// Vulgar fractions with a finite decimal form: their decimal digits.
    static let vulgarFractions: [UInt32: String] = [
        0xBD: "5", 0xBC: "25", 0xBE: "75", 0x2155: "2", 0x2156: "4", 0x2157: "6", 0x2158: "8", 0x215B: "125", 0x215C: "375",
        0x215D: "625", 0x215E: "875", 0x2152: "1",
    ]

    /// Words longer than this are kept as placeholders without their text:
    /// only short words (month names, per cent, scale and number words) matter.
    static let longestWord = 16

    func tokenize(_ scalars: [Unicode.Scalar]) -> [NumberToken] {
        let n = scalars.count
        var tokens: [NumberToken] = []
        var i = 0
        // A symbol scan that failed covers a run of symbol characters; no
        // symbol starts inside that run, so it is not scanned again (linear time).
        var noSymbolBefore = 0
        // Figures in digit-group order (`250 1`), and those among them with a decimal part on the group written
        // first (`240,5 1`): a text that writes one such figure alone leaves open whether it is two figures.
        var groupOrderFigures = 0
        var groupOrderDecimals: [Int] = []
        func string(_ range: Range<Int>) -> String { ScalarText.string(scalars[range]) }
        func isLetterOrDigit(_ index: Int) -> Bool {
            index >= 0 && index < n && (NumberTokenizer.isWordScalar(scalars[index]) || DecimalDigit.value(scalars[index]) != nil)
        }
        while i < n {
            let c = scalars[i]
            if NumberTokenizer.isWhitespace(c) {
                var j = i
                while j < n, NumberTokenizer.isWhitespace(scalars[j]) { j += 1 }
                tokens.append(NumberToken(kind: .space, text: " ", range: i..<j))
                i = j
                continue
            }
            let startsAfterBoundary = !isLetterOrDigit(i - 1)
            // Chinese writes no space before a figure either: 于10/12/1948.
            if DecimalDigit.value(c) != nil, startsAfterBoundary || NumberTokenizer.isHan(scalars[i - 1]), let (date, alternative, end) = NumericDateScanner.scan(scalars, at: i, dayFirst: dayFirstDates) {
                tokens.append(NumberToken(kind: .date, text: date.canonical, range: i..<end, alternative: alternative?.canonical))
                i = end
                continue
            }
            // A Roman month and a year: XII.2026.
            if c == "I" || c == "V" || c == "X", startsAfterBoundary, let (date, end) = NumericDateScanner.scanRomanMonth(scalars, at: i) {
                tokens.append(NumberToken(kind: .date, text: date.canonical, range: i..<end))
                i = end
                continue
            }
            // Chinese writes no space before a symbol: 第60/227号决议.
            if i >= noSymbolBefore, startsAfterBoundary || NumberTokenizer.isHan(scalars[i - 1]) {
                switch scanSymbol(scalars, at: i) {
                case .symbol(let symbol, let end):
                    tokens.append(NumberToken(kind: .symbol, text: symbol, range: i..<end))
                    i = end
                    continue
                case .none(let runEnd):
                    noSymbolBefore = runEnd
                }
            }
            if reversedSpaceGroups, DecimalDigit.value(c) != nil, let reversed = reversedGroups(scalars, at: i, decided: false) {
                groupOrderFigures += 1
                if reversed.fraction != nil { groupOrderDecimals.append(tokens.count) }
                tokens.append(reversed)
                i = reversed.range.upperBound
                continue
            }
            // Ethiopic numerals (`፳፻፵፬` 2044), additive and without a zero: a figure by its value.
            if EthiopicNumeral.isNumeral(c) {
                if let number = Self.ethiopicNumber(scalars, at: i) {
                    tokens.append(number)
                    i = number.range.upperBound
                } else {
                    // An ill-formed run (`፱፲`) is no figure, nor is any part of it.
                    var end = i + 1
                    while end < n, EthiopicNumeral.isNumeral(scalars[end]) { end += 1 }
                    tokens.append(NumberToken(kind: .punct, text: String(c), range: i..<end))
                    i = end
                }
                continue
            }
            if DecimalDigit.value(c) != nil {
                let number = scanNumber(scalars, at: i)
                tokens.append(number)
                i = number.range.upperBound
                continue
            }
            // A word's text is made only when a reader asks for it (``NumberTokenCursor/word(_:)``): most words are never looked at.
            if NumberTokenizer.isHan(c) {
                tokens.append(NumberToken(kind: .word, text: "", range: i..<i + 1))
                i += 1
                continue
            }
            if NumberTokenizer.isWordScalar(c) {
                var j = i
                while j < n {
                    if NumberTokenizer.isWordScalar(scalars[j]), !NumberTokenizer.isHan(scalars[j]) {
                        j += 1
                    } else if apostropheJoins(scalars, at: j, wordStart: i) {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(NumberToken(kind: .word, text: "", range: i..<j))
                i = j
                continue
            }
            tokens.append(NumberToken(kind: .punct, text: String(c), range: i..<i + 1))
            i += 1
        }
        // The text shows the digit-group order in another figure too (a table's other amounts, `065,1 1  148,4 1`):
        // its decimals in that order are decided.
        if groupOrderFigures >= 2 {
            for index in groupOrderDecimals {
                if let decided = reversedGroups(scalars, at: tokens[index].range.lowerBound, decided: true) { tokens[index] = decided }
            }
        }
        return tokens
    }

    /// The apostrophes that may stand inside a word: the ASCII apostrophe and
    /// the right single quotation mark (`'`, `’`); the modifier letter
    /// apostrophe and the saltillo (`ʼ`, `ꞌ`) are letters already.
    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "\u{A78C}"
    }

    /// Whether the apostrophe at `index`, after letters of the word that
    /// starts at `wordStart`, is inside that word: a letter follows it (a
    /// glottal stop or an ejective, Tzeltal `yu'un`, Mam `tu'n`, K'iche'
    /// `q'ij`), and it does not end an elided word of one to three letters
    /// in a language whose tables read past elisions (``splitsElisions``:
    /// Catalan `d’abril`, French `d’un`, Luganda `ez'oku`). A word so joined
    /// is one word to every reader: no part of it is a number or month word
    /// of its own (`un` of `yu'un` is not Spanish 'one').
    @inline(__always)
    func apostropheJoins(_ scalars: [Unicode.Scalar], at index: Int, wordStart: Int) -> Bool {
        guard index > wordStart, index + 1 < scalars.count, NumberTokenizer.isApostrophe(scalars[index]),
              NumberTokenizer.isWordScalar(scalars[index + 1]), !NumberTokenizer.isHan(scalars[index + 1]) else { return false }
        return !(splitsElisions && index - wordStart <= 3)
    }

    /// `WordPhraseTable.normalize` of the word `scalars[range]`; an ASCII word lowered without an intermediate string.
    static func normalizedWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        guard scalars[range].allSatisfy(\.isASCII) else { return WordPhraseTable.normalize(ScalarText.string(scalars[range])) }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, scalar) in scalars[range].enumerated() {
                let byte = UInt8(scalar.value)
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return range.count
        }
    }

    private enum SymbolScan {
        case symbol(String, end: Int)
        /// No symbol starts anywhere before `runEnd`.
        case none(runEnd: Int)
    }

    /// A document symbol (`A/60/871`, `E/CN.4/2005/L.10`, `60/227`) starting at `start`.
    private func scanSymbol(_ scalars: [Unicode.Scalar], at start: Int) -> SymbolScan {
        guard let first = NumberTokenizer.symbolForm(scalars[start]),
              (first.value >= 0x41 && first.value <= 0x5A) || (first.value >= 0x30 && first.value <= 0x39)
        else { return .none(runEnd: start) }
        var end = start
        var hasSlash = false, hasDigit = false
        while end < scalars.count, let form = NumberTokenizer.symbolForm(scalars[end]) {
            if form == "/" { hasSlash = true }
            if form.value >= 0x30 && form.value <= 0x39 { hasDigit = true }
            end += 1
        }
        let runEnd = end
        while end > start, let last = NumberTokenizer.symbolForm(scalars[end - 1]), last == "." || last == "-" || last == "/" { end -= 1 }
        guard hasSlash, hasDigit, end > start else { return .none(runEnd: runEnd) }
        var text = String.UnicodeScalarView()
        for scalar in scalars[start..<end] { text.append(NumberTokenizer.symbolForm(scalar) ?? scalar) }
        let result = String(text).uppercased()
        let segments = result.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, segments.allSatisfy({ !$0.isEmpty }), segments.contains(where: { $0.contains(where: \.isNumber) })
        else { return .none(runEnd: runEnd) }
        // A symbol's first segment names an organ (A, S, E, ST, UNEP) and has no point: in "S.91/92"
        // or "P.12/13" the letters are an abbreviation (page) and the symbol starts after the point.
        if let first = segments.first, let point = first.firstIndex(of: "."), first[..<point].allSatisfy(\.isLetter),
           !first[first.index(after: point)...].isEmpty, first[first.index(after: point)...].allSatisfy(\.isNumber) {
            return .none(runEnd: start + first.distance(from: first.startIndex, to: point) + 1)
        }
        return .symbol(result, end: end)
    }

    /// A figure with its thousands separators and decimal part.
    private func scanNumber(_ scalars: [Unicode.Scalar], at start: Int) -> NumberToken {
        let n = scalars.count
        func readDigits(_ from: Int) -> (String, Int) {
            var digits: [UInt8] = [], p = from
            while p < n, let d = DecimalDigit.value(scalars[p]) {
                digits.append(UInt8(48 + d))
                p += 1
            }
            return (String(decoding: digits, as: UTF8.self), p)
        }
        var (integer, p) = readDigits(start)
        var groups = 1
        let firstGroupLength = integer.utf8.count
        var fraction: String?
        var groupSeparator: Unicode.Scalar?
        // The groups as written while every separator between them is a space.
        var spaceGroups: [String]? = [integer]
        while p + 1 < n, DecimalDigit.value(scalars[p + 1]) != nil {
            let separator = scalars[p]
            let (digits, q) = readDigits(p + 1)
            // A group of three digits after a first group of one to three.
            var thousands = digits.utf8.count == 3 && fraction == nil && (groups > 1 || firstGroupLength <= 3)
            // 12,50,000: a group of two is a lakh group when another group follows, in a language that groups so;
            // in any language when the groups after it are groups of two ending with one of three, all set off by the
            // same mark (`4,40,000`, `1,25,50,000`: a decimal mark is never repeated), the lakh grouping of a
            // language without number tables of its own (Dogri, Assamese).
            if !thousands, fraction == nil, digits.utf8.count == 2, firstGroupLength <= 2, q + 1 < n, scalars[q] == separator,
               DecimalDigit.value(scalars[q + 1]) != nil, lakhGrouping || Self.lakhGroupsEnd(scalars, at: q, separator: separator) {
                thousands = true
            }
            var accepted = true
            switch separator.value {
            // Spaces that may separate thousands: the space, no-break, narrow no-break, thin, figure, punctuation and
            // six-per-em spaces, and the ideographic space of full-width text (`1　860万`); a tab or a line break never does.
            case 0x20, 0xA0, 0x202F, 0x2009, 0x2007, 0x2008, 0x2006, 0x3000, 0x066C, 0x27, 0x2019:
                // One separator a figure: after a group set off by a mark, a space ends the figure (`1.120 340`).
                let isSpace = NumberTokenizer.isWhitespace(separator)
                let sameKind = groupSeparator.map { NumberTokenizer.isWhitespace($0) == isSpace } ?? true
                if thousands, sameKind {
                    integer += digits
                    groups += 1
                    groupSeparator = separator
                    if isSpace { spaceGroups?.append(digits) } else { spaceGroups = nil }
                } else {
                    accepted = false
                }
            case 0x2C, 0x2E:  // , .
                // Without a known mark, a group of three after a first group other than `0` is a thousands group.
                let isDecimalMark = decimalMarkUnknown ? !(thousands && integer != "0") : (separator.value == 0x2C) == decimalComma
                // The decimal mark repeated between groups of three (1,000,000 in a decimal-comma language) separates thousands.
                let repeatsAsGroups = thousands && q + 1 < n && scalars[q] == separator && DecimalDigit.value(scalars[q + 1]) != nil
                if isDecimalMark, !(repeatsAsGroups || (groups > 1 && thousands && groupSeparator == separator)) {
                    if fraction == nil { fraction = digits } else { accepted = false }
                } else if thousands, groupSeparator == nil || groupSeparator == separator {
                    integer += digits
                    groups += 1
                    groupSeparator = separator
                    spaceGroups = nil
                } else if fraction == nil, groups == 1 {
                    // The other mark, not before a group of three: a decimal written the other way (1.25 in Spanish).
                    fraction = digits
                } else {
                    accepted = false
                }
            case 0xFF0C, 0x3001:  // ， 、
                // The full-width comma (`８５，０００` in Japanese-script text) and the ideographic comma separate
                // thousands where an ASCII comma would (``asciiCommaGroups``): before a group of exactly three
                // digits in the digit system of the group before it. Never a decimal mark: elsewhere they end the
                // figure (`第５，６条` is a list of two).
                if digits.utf8.count == 3, Self.sameDigitSystem(scalars, p - 1, p + 1..<q),
                   asciiCommaGroups(thousands: thousands, integer: integer, groups: groups, groupSeparator: groupSeparator,
                                    separator: separator, repeats: q + 1 < n && scalars[q] == separator && DecimalDigit.value(scalars[q + 1]) != nil) {
                    integer += digits
                    groups += 1
                    groupSeparator = separator
                    spaceGroups = nil
                } else {
                    accepted = false
                }
            case 0x066B:  // Arabic decimal separator
                if fraction == nil { fraction = digits } else { accepted = false }
            default:
                accepted = false
            }
            if !accepted { break }
            p = q
        }
        // 1 ½, 1½: a vulgar fraction after a whole number is its decimal part.
        if fraction == nil {
            let at = p < n && scalars[p] == " " ? p + 1 : p
            if at < n, let digits = NumberTokenizer.vulgarFractions[scalars[at].value] {
                fraction = digits
                p = at + 1
            }
        }
        let bySpaces = groups > 1 && spaceGroups != nil ? spaceGroups : nil
        return NumberToken(kind: .number, text: DecimalScaling.canonical(integer: integer, fraction: fraction), range: start..<p,
                           integerPart: integer, fraction: fraction, grouped: groups > 1, spaceGroups: bySpaces,
                           groupingUndecided: bySpaces != nil && !spaceGroupsUsual)
    }

    /// A figure written in Ethiopic numerals (`EthiopicNumeral`) at `start`: its value in ASCII digits (`፳፻፵፬` is
    /// 2044). Two such numbers joined by a point (`፲፱.፩`, a section-numbered paragraph's reference, `19.1` in
    /// another version) are read as that label's figure, the second below a hundred. `nil` for an ill-formed run.
    static func ethiopicNumber(_ scalars: [Unicode.Scalar], at start: Int) -> NumberToken? {
        guard let (value, end) = EthiopicNumeral.run(scalars, at: start) else { return nil }
        let integer = String(value)
        if end + 1 < scalars.count, scalars[end] == ".", let (part, partEnd) = EthiopicNumeral.run(scalars, at: end + 1), part < 100 {
            let fraction = String(part)
            return NumberToken(kind: .number, text: DecimalScaling.canonical(integer: integer, fraction: fraction), range: start..<partEnd,
                               integerPart: integer, fraction: fraction)
        }
        return NumberToken(kind: .number, text: integer, range: start..<end, integerPart: integer)
    }

    /// Whether an ASCII comma written where `separator` is would separate
    /// thousands in ``scanNumber(_:at:)``: the group after it is a thousands
    /// group (`thousands`), the comma is not the text's decimal mark there
    /// (or is repeated between groups of three, `1,000,000` in a
    /// decimal-comma language), and the figure's groups so far are set off
    /// by `separator` if by anything. `repeats`: the same mark and a digit
    /// follow the group.
    private func asciiCommaGroups(thousands: Bool, integer: String, groups: Int, groupSeparator: Unicode.Scalar?,
                                  separator: Unicode.Scalar, repeats: Bool) -> Bool {
        guard thousands, groupSeparator == nil || groupSeparator == separator else { return false }
        let isDecimalMark = decimalMarkUnknown ? integer == "0" : decimalComma
        return !isDecimalMark || repeats || groups > 1
    }

    /// Whether the digit at `before` and the digits in `after` are of one
    /// digit system (full-width `８５，０００`, not `８５，000`).
    static func sameDigitSystem(_ scalars: [Unicode.Scalar], _ before: Int, _ after: Range<Int>) -> Bool {
        func zero(_ index: Int) -> UInt32? {
            DecimalDigit.value(scalars[index]).map { scalars[index].value - UInt32($0) }
        }
        guard before >= 0, let system = zero(before) else { return false }
        return after.allSatisfy { zero($0) == system }
    }

    /// Whether, from `start` on, `scalars` write groups of two digits each set off by `separator`, then one group of
    /// three set off by it that ends the figure (not followed by the same mark and a digit): `,50,000` of
    /// `12,50,000`, `,000` of `4,40,000` and of `4,40,000.50`. Reads at most a figure's length.
    static func lakhGroupsEnd(_ scalars: [Unicode.Scalar], at start: Int, separator: Unicode.Scalar) -> Bool {
        let n = scalars.count
        var p = start
        while p < n, scalars[p] == separator {
            var q = p + 1
            while q < n, DecimalDigit.value(scalars[q]) != nil { q += 1 }
            switch q - (p + 1) {
            case 2:
                p = q
            case 3:
                // The mark once more before a digit would make a group of more (`4,40,000,000`); the other mark is a decimal part.
                return !(q + 1 < n && scalars[q] == separator && DecimalDigit.value(scalars[q + 1]) != nil)
            default:
                return false
            }
        }
        return false
    }

    /// `250 1` (1 250) or `000 250 1` (1 250 000) in right-to-left text:
    /// groups of three separated by single spaces, then a last group of one
    /// to three digits, with no figure, decimal mark or group after it. The
    /// group written first (the least significant) may carry the decimal
    /// part (`240,5 1` = 1 240.5 with a decimal comma, `۲۴۰٫۵ ۱` with the
    /// Arabic decimal separator): such a figure is ``NumberToken/groupingUndecided``
    /// unless `decided` (the text shows the order in another figure), for it
    /// may as well be two figures (240.5 and 1), a reading the groups keep.
    private func reversedGroups(_ scalars: [Unicode.Scalar], at start: Int, decided: Bool) -> NumberToken? {
        let n = scalars.count
        var groups: [String] = []
        var fraction: String?
        var p = start
        func isGroupSpace(_ index: Int) -> Bool {
            index + 1 < n && (scalars[index] == " " || scalars[index] == "\u{A0}" || scalars[index] == "\u{202F}")
                && DecimalDigit.value(scalars[index + 1]) != nil
        }
        func readDigits() -> [UInt8] {
            var digits: [UInt8] = []
            while p < n, let d = DecimalDigit.value(scalars[p]) {
                digits.append(UInt8(48 + d))
                p += 1
            }
            return digits
        }
        while true {
            let digits = readDigits()
            groups.append(String(decoding: digits, as: UTF8.self))
            // The decimal part, on the group written first only: `240,5 1`.
            if groups.count == 1, digits.count == 3, p + 1 < n, DecimalDigit.value(scalars[p + 1]) != nil,
               scalars[p] == "\u{066B}" || scalars[p] == (decimalComma ? "," : ".") {
                let mark = p
                p += 1
                let fractionDigits = readDigits()
                guard isGroupSpace(p) else { p = mark; break }
                fraction = String(decoding: fractionDigits, as: UTF8.self)
            }
            guard digits.count == 3, isGroupSpace(p) else { break }
            p += 1
        }
        guard groups.count >= 2, (1...3).contains(groups.last!.utf8.count),
              groups.dropLast().allSatisfy({ $0.utf8.count == 3 }) else { return nil }
        // Nothing that would make the last group part of another figure: ",5", ".5", "/2".
        if p < n, scalars[p] == "," || scalars[p] == "." || scalars[p] == "/" || scalars[p] == "٫",
           p + 1 < n, DecimalDigit.value(scalars[p + 1]) != nil { return nil }
        let integer = groups.reversed().joined()
        // The groups kept most significant first: a cut between them is a cut between figures written each in
        // reverse (`500 438 000 417`, two table columns whose gap the unit's folded text made one space, is
        // 438 500 and 417 000), for the reading of the spaces as gaps between figures (``ExtractedNumber/spaceGroupReadings``).
        return NumberToken(kind: .number, text: DecimalScaling.canonical(integer: integer, fraction: fraction), range: start..<p,
                           integerPart: integer, fraction: fraction, grouped: true, spaceGroups: groups.reversed(),
                           groupingUndecided: fraction != nil && !decided)
    }
}
