/// A decimal label at the start of a block: `1.1`, `1.a`, `17.19`, `2.3.1`,
/// `፲፱.፩` (Ethiopic numerals, read by their values: `19.1`), `一.二` (Chinese numerals: `1.2`),
/// and the hyphenated forms `1-1`, `1-أ`, `۱-الف`, `೧-ಕ` (a hyphen joins the
/// components as a point does, in any digits). Components after the first are
/// digits or one letter (Latin, Cyrillic or Arabic, normalized to its Latin
/// counterpart), so `1.а` (Cyrillic) and `1-أ` both read `1.a`; a letter of
/// a caseless script no table reads (`១.ក`), and a letter of another language
/// written in the Arabic script (`پ`, the first letter written out `الف`), is
/// kept as written (or with a provisional key) until its sequence gives it a
/// Latin letter.
///
/// Only the shape is read here; whether the label numbers a unit (a target
/// of a goal, a subsection) or is a figure ("1.5 million") is decided by
/// `DecimalSequence` from the labels before it.
struct DecimalLabel: Sendable, Hashable {
    /// Components as normalized: `["1", "a"]`.
    var components: [String]
    /// Scalars taken by the label and the white space after it.
    var length: Int

    /// The label as normalized: `1.a`.
    var normalized: String { components.joined(separator: ".") }

    /// Whether the label reads like a decimal figure too (`1.5`, two numeric
    /// components): then only the text after it tells them apart.
    var mayBeFigure: Bool { components.count == 2 && Int(components[1]) != nil }

    /// The first component's value.
    var head: Int { Int(components[0]) ?? 0 }

    /// Target words (`LanguageConventions.targetWords`), lower case, longest first.
    private static let targetWords: [[Unicode.Scalar]] = LanguageConventions.all
        .flatMap(\.targetWords).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Reads a decimal label at the start of `text`, also after a target word
    /// (`Target 1.1`, `Meta 1.a`, `Задача 1.2`, `الغاية 1-1`, `具体目标1.1`);
    /// `length` then covers the word too.
    static func parseAfterTargetWord(_ text: [Unicode.Scalar]) -> DecimalLabel? {
        if let label = parse(text) { return label }
        guard let first = text.first, !(0x30...0x39).contains(first.value) else { return nil }
        // The label after the word starts with a digit: most units have none to read, and no prefix is made for them.
        guard text.contains(where: { ScalarClass.digit($0) != nil }) else { return nil }
        let prefix = Array(String(String.UnicodeScalarView(text.prefix(12))).lowercased().unicodeScalars)
        guard prefix.count == min(text.count, 12) else { return nil }
        for word in targetWords where prefix.count > word.count && Array(prefix[0..<word.count]) == word {
            var start = word.count
            while start < text.count, ScalarClass.isWhitespace(text[start]) { start += 1 }
            // A word needs white space before the number, except in Chinese.
            guard start > word.count || ScalarClass.isHan(word.last!) else { continue }
            guard var label = parse(Array(text[start...])) else { continue }
            label.length += start
            return label
        }
        return nil
    }

    /// Reads a decimal label at the start of `text`; `nil` when there is none
    /// or nothing follows it on the line.
    static func parse(_ text: [Unicode.Scalar]) -> DecimalLabel? {
        var index = 0
        var components: [String] = []
        guard let first = digits(text, &index) else { return nil }
        components.append(first)
        // Chinese numerals may be set apart by the full-width stop too (`一．二`).
        let chinese = ChineseNumeral.isLabelNumeral(text[0])
        while index + 1 < text.count, text[index] == "." || text[index] == "-" || chinese && text[index] == "．", components.count < 4 {
            var next = index + 1
            if let value = digits(text, &next) {
                // "1.000 Lebendgeburten", "1.250 Menschen": a group of three digits (or one with a leading zero)
                // is the thousands of a figure, never the next count of a sequence.
                guard next - index - 1 < 3, text[index + 1] != "0" || next - index - 1 == 1 else { return nil }
                components.append(value)
            } else if let (letter, end) = arabicScriptLetter(text, next) {
                next = end
                components.append(letter)
            } else if let letter = letter(text[next]) {
                next += 1
                components.append(letter)
            } else {
                break
            }
            index = next
        }
        guard components.count >= 2, index < text.count else { return nil }
        // The label ends at white space or, in Chinese, at the text itself.
        var end = index
        if ScalarClass.isWhitespace(text[end]) {
            while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        } else if !ScalarClass.isHan(text[end]) {
            return nil
        }
        guard end < text.count else { return nil }
        return DecimalLabel(components: components, length: end)
    }

    private static func digits(_ text: [Unicode.Scalar], _ index: inout Int) -> String? {
        let start = index
        // Chinese numerals (`一.二`, `二.十一`, Literary Chinese's decimal labels): a count below a hundred by its value
        // (`ChineseNumeral.labelValue`), in a label whose components are all so written.
        if index < text.count, ChineseNumeral.isLabelNumeral(text[index]) {
            guard index == 0 || ChineseNumeral.isLabelNumeral(text[0]) else { return nil }
            var end = index
            while end < text.count, end - index < 3, ChineseNumeral.isLabelNumeral(text[end]) { end += 1 }
            guard let value = ChineseNumeral.labelValue(text[index..<end]) else { return nil }
            index = end
            return String(value)
        }
        if index > 0, ChineseNumeral.isLabelNumeral(text[0]) { return nil }
        // Ethiopic numerals (`፲፱.፩`, section 19's first paragraph): a count below a thousand by its value.
        if index < text.count, EthiopicNumeral.isNumeral(text[index]) {
            guard let (value, end) = EthiopicNumeral.run(text, at: index, limit: 6), value < 1000 else { return nil }
            index = end
            return String(value)
        }
        while index < text.count, index - start < 3, ScalarClass.digit(text[index]) != nil { index += 1 }
        guard index > start, let value = Numerals.decimalValue(text[start..<index]) else { return nil }
        // A fourth digit means a figure, not a label ("1.2500").
        if index < text.count, ScalarClass.digit(text[index]) != nil { return nil }
        return String(value)
    }

    /// A target letter of a language written in the Arabic script, starting at `start` and running to white space
    /// or the end: a letter of the abjad (`1-أ`, `1-ب`) is its Latin letter by its abjad place, as Arabic orders
    /// them; a letter the abjad does not list (`1-پ`), a vowel letter on its seat (`1-ئا`) or the first letter
    /// written out (Persian and Urdu `1-الف`) keeps a provisional key (`ArabicScriptItemLetters.provisionalKey`),
    /// its Latin letter given by its place in its run of targets (`resolvedArabicScriptLetter`), since each such
    /// language orders its letters its own way (`الف`, `ب`, `پ`, `ت`). `nil` for a word (`1-بند`) or no such letter.
    private static func arabicScriptLetter(_ text: [Unicode.Scalar], _ start: Int) -> (component: String, end: Int)? {
        var end = start
        while end < text.count, end - start < 4, ArabicScriptLanguages.isArabicAlphabetLetter(text[end].value)
            || ArabicScriptLanguages.isAddedLetter(text[end].value) { end += 1 }
        guard end > start, end == text.count || ScalarClass.isWhitespace(text[end]) else { return nil }
        let letters = text[start..<end]
        if letters.count == 1, let position = ArabicNumbering.letterPosition(letters) {
            return (Numerals.latinLetter(position).lowercased(), end)
        }
        return ArabicScriptItemLetters.provisionalKey(letters).map { ($0, end) }
    }

    /// Whether a component is an Arabic-script letter kept with a provisional key (`arabicScriptLetter`).
    static func isProvisionalLetter(_ component: String) -> Bool { ArabicScriptItemLetters.isProvisional(component) }

    /// One lower-case letter standing alone (followed by white space or a separator).
    private static func letter(_ scalar: Unicode.Scalar) -> String? {
        if let position = Numerals.latinPosition(scalar), ScalarClass.isLowercase(scalar) {
            return Numerals.latinLetter(position).lowercased()
        }
        if let position = CyrillicNumbering.position(scalar), ScalarClass.isLowercase(scalar) {
            return Numerals.latinLetter(position).lowercased()
        }
        if let position = ArabicNumbering.letterPosition([scalar][...]) {
            return Numerals.latinLetter(position).lowercased()
        }
        // A letter of a caseless script no table reads (Khmer `១.ក`, Thai `๑.ข`, Bengali `১.ক`):
        // kept as written, its Latin letter given by its sequence (`scriptLetter`, `ScriptLetterItems`).
        if ScriptLetterItems.mayBeItemLetter(scalar) { return String(scalar) }
        // A small letter of any other cased alphabet (Armenian `1.ա`, Greek `1.β`): kept as written too, its
        // Latin letter given by its sequence in the script's order.
        if !scalar.isASCII, scalar.properties.generalCategory == .lowercaseLetter { return String(scalar) }
        return nil
    }

    /// The letter of a component kept as written in its script (`ក`), `nil` for digits and Latin letters.
    static func scriptLetter(_ component: String) -> Unicode.Scalar? {
        let scalars = component.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, !scalar.isASCII else { return nil }
        return scalar
    }
}
