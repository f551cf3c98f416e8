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
    /// Longest title line (scalars) that an adoption line written date first stands under (`第2851(2027)号决议`,
    /// `Resolution 2851 (2027)`).
    static let maximumTitleLength = 40

    /// Whether `text`, a unit of one line, has the shape of an adoption line.
    static func matches(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= maximumLength, let last = text.last, ScalarClass.isWordLetter(last) || ScalarClass.digit(last) != nil
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

    /// Whether the line `line` (byte ranges of content, as the segmenter's lines have them) is an adoption line that
    /// stands alone between its resolution's title above (`title`) and the organ's preambular opening below (`next`),
    /// however long it is in a hard wrap: the title a short line that ends in a figure or a parenthesis
    /// (`Rezolūcija 4013 (2057)`), the adoption line of ``matches(_:)``'s shape, and the opening a few words that do not
    /// start in lower case and end with a comma (`Drošības padome,`, `Ирэн Совет,`).
    static func standsAlone(_ bytes: [UInt8], title: Range<Int>, line: Range<Int>, next: Range<Int>) -> Bool {
        guard !title.isEmpty, !line.isEmpty, !next.isEmpty, line.count <= maximumLength * 4, next.count <= 400 else { return false }
        let opening = ScalarText.scalars(bytes, next.lowerBound, next.upperBound)
        guard let first = opening.first, !ScalarClass.isLowercase(first), let last = opening.last, SpeakerLine.isComma(last),
              opening.split(whereSeparator: ScalarClass.isWhitespace).count <= PreambleOpeningSplitter.maximumWords else { return false }
        let titleText = ScalarText.scalars(bytes, title.lowerBound, title.upperBound)
        var titleEnd = titleText.count
        if titleEnd > 0, titleText[titleEnd - 1] == "," { titleEnd -= 1 }
        guard titleEnd > 0, titleText.count <= maximumTitleLength,
              titleText[titleEnd - 1] == ")" || ("0"..."9").contains(titleText[titleEnd - 1]) else { return false }
        let text = ScalarText.scalars(bytes, line.lowerBound, line.upperBound)
        return text.count <= maximumLength && matches(text)
    }

    /// Whether `text` (one line) opens with a whole date (a year, a month and a day, as the number reader reads it) and
    /// names a further figure after it, ending on a letter or figure: the adoption line of an East Asian resolution,
    /// date first, then the organ and the meeting's number (`2027年3月18日安全理事会第10210次会议通过`,
    /// `2027년 3월 18일 안전보장이사회 제10210차 회의에서 채택`). It is a line of its own under the title's short line
    /// (`PDFTextCleanupPass`); a title that opens with its date (`2028年4月5日鲁里塔尼亚常驻联合国代表给`) names no figure after it.
    static func opensWithDateThenFigure(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count <= maximumLength, let last = text.last, ScalarClass.isWordLetter(last) || ScalarClass.digit(last) != nil,
              let first = text.firstIndex(where: { ScalarClass.digit($0) != nil }),
              !text[..<first].contains(where: { $0.properties.isAlphabetic }) else { return false }
        let values = NumberExtractor(language: nil).extract(ScalarText.string(text[...]))
        guard let date = values.first(where: { $0.kind == .date && $0.scalarRange.lowerBound == first }),
              date.canonical.utf8.count == 10, !date.canonical.hasPrefix("-") else { return false }
        return text[date.scalarRange.upperBound...].contains { ScalarClass.digit($0) != nil }
    }
}
