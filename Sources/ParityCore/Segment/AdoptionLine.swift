/// The line under a resolution's title that says when it was adopted, in
/// any language: "Adopted by the Security Council at its 10012th meeting,
/// on 18 March 2027", Russian "принятая Советом Безопасности на его
/// 10012-м заседании 18 марта 2027 года", Ukrainian "ухвалена Радою
/// Безпеки …". Russian and Ukrainian start it in lower case (it goes on
/// from the title, "Резолюция 2871 (2027), принятая …"), which would make it
/// a wrapped line of running text: its shape tells it apart — one line, a
/// date (a year and at least one more number: the day, the meeting number)
/// and no punctuation at its end, as a title line has none and a
/// preambular paragraph ends with a comma.
enum AdoptionLine {
    /// Longest adoption line (scalars).
    static let maximumLength = 200

    /// Whether `text`, a unit of one line, has the shape of an adoption line.
    static func matches(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= maximumLength, let last = text.last, last.properties.isAlphabetic || ScalarClass.digit(last) != nil
        else { return false }
        var numbers = 0
        var hasYear = false
        var index = 0
        while index < text.count {
            guard ScalarClass.digit(text[index]) != nil else { index += 1; continue }
            var end = index
            while end < text.count, ScalarClass.digit(text[end]) != nil { end += 1 }
            numbers += 1
            if end - index == 4, let value = Numerals.decimalValue(text[index..<end]), (1900...2099).contains(value) { hasYear = true }
            index = end
        }
        return hasYear && numbers >= 2
    }
}
