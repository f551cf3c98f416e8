import Testing
@testable import ParityCore

/// Reports in parts with a contents list (`ContentsLabelEcho`, `ContentsPartCaption`,
/// `ContentsBlockShape.extents`): the contents end where their entries end, not at
/// a part line without a page; part lines are one unnumbered heading each, in the
/// contents and in the body; chapter labels in ordinal words that the contents
/// list and the body repeat are level-1 headings. Constructed texts (made up for
/// these tests), in scripts the dev documents `report-stepwells` do not use.
@Suite struct ConstructedContentsPartTests {
    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    private func headingPaths(_ blocks: [Block]) -> [String] {
        blocks.filter { $0.kind == .heading }.compactMap(\.labelPath).filter { !$0.contains("*") }
    }

    /// Hindi: chapters labelled by ordinal words and the danda (`पहला।`), alone on their line over the title;
    /// parts on one line with a colon (`भाग एक: पृष्ठभूमि`), in the contents and in the body.
    @Test func constructedDevanagariOrdinalWordsAndColonPartLines() {
        let read = blocks(HINDI)
        #expect(headingPaths(read) == ["I", "II", "III", "IV"])
        #expect(read.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4])
        #expect(read.filter { $0.kind == .tocEntry }.compactMap(\.labelPath).filter { !$0.contains("*") } == ["I", "II", "III", "IV"])
        // The part lines: no paragraphs, one unnumbered heading each in the body.
        #expect(!read.contains { $0.kind == .unnumberedParagraph || $0.kind == .paragraph && $0.text.hasPrefix("भाग") })
        #expect(read.filter { $0.kind == .heading && ($0.labelPath ?? "").contains("*") }.map(\.text)
            == ["भाग एक: पृष्ठभूमि", "भाग दो: निष्कर्ष और सिफ़ारिशें"])
        #expect(read.first { $0.labelPath == "I" && $0.kind == .heading }?.text == "परिचय")
    }

    /// Russian: a part line alone over a caption longer than a group caption, its contents line without a page
    /// between the chapter entries; the contents do not end there, the body's headings are read once.
    @Test func constructedCyrillicLongPartCaptionsKeepTheContentsWhole() {
        let read = blocks(RUSSIAN)
        #expect(headingPaths(read) == ["I", "II", "III", "IV"])
        #expect(read.filter { $0.kind == .tocEntry }.count == 6)
        #expect(read.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4])
        #expect(!read.contains { $0.kind == .unnumberedParagraph })
        #expect(read.filter { $0.kind == .heading && ($0.labelPath ?? "").contains("*") }.map(\.text)
            == ["Часть первая Общие сведения о состоянии колодцев", "Часть вторая Выводы, замечания и рекомендации по сохранению"])
    }

    /// Words the body does not repeat as labels teach nothing: a list of lines `word। text २` is no contents.
    @Test func constructedUnrepeatedLabelWordsAreNoHeadings() {
        let entries = ["पहला। परिचय २", "दूसरा। इतिहास २", "तीसरा। निष्कर्ष ३"].enumerated().compactMap { index, line in
            ContentsLabelEcho.entry(Array(line.unicodeScalars), unit: index)
        }
        #expect(entries.count == 3)
        #expect(entries.first?.word == Array("पहला".unicodeScalars))
        let body = ["पहला।", "परिचय", "कुछ और", "तीसरा। निष्कर्ष"].map { Array($0.unicodeScalars) }
        let echoed = ContentsLabelEcho.echoed(entries, unitCount: 3 + body.count) { index in index >= 3 ? body[index - 3] : nil }
        // Two of the three stand again (the second does not): fewer than three echoes, nothing learned.
        #expect(echoed.isEmpty)
        #expect(ContentsLabelEcho.entry(Array("2025, 2026 et 2027 3".unicodeScalars), unit: 0) == nil)
    }

    /// A part caption and its line alone over its caption read alike.
    @Test func constructedPartCaptionKeysIgnorePunctuation() {
        let key = ContentsPartCaption.key(Array("حصہ پہلا: پس منظر".unicodeScalars))
        let lines = [Array("حصہ پہلا".unicodeScalars), Array("پس منظر".unicodeScalars)]
        let found = ContentsPartCaption.bodyCaptions([key], bodyStart: 0, unitCount: 2) { lines[$0] }
        #expect(found == [0: 2])
    }
}

private let HINDI = """
संयुक्त राष्ट्र
A/83/999
महासभा

विषय-सूची
पृष्ठ
भाग एक: पृष्ठभूमि
पहला। परिचय २
दूसरा। कुओं का इतिहास २
भाग दो: निष्कर्ष और सिफ़ारिशें
तीसरा। निष्कर्ष ३
चौथा। सिफ़ारिशें ४
भाग एक: पृष्ठभूमि
पहला।
परिचय
१.
यह रिपोर्ट प्रस्तुत की जाती है।
दूसरा।
कुओं का इतिहास
२.
सबसे पुराना कुआँ ११५० में खोदा गया था।
भाग दो: निष्कर्ष और सिफ़ारिशें
तीसरा।
निष्कर्ष
३.
ज़िम्मेदारी ३ मंत्रालयों में बँटी है।
चौथा।
सिफ़ारिशें
४.
एक राष्ट्रीय रजिस्टर खोला जाए।
"""

private let RUSSIAN = """
Организация Объединенных Наций
A/83/999

Содержание
\tСтр.
Часть первая\tОбщие сведения о состоянии колодцев
I.\tВведение\t2
II.\tИстория колодцев\t2
Часть вторая\tВыводы, замечания и рекомендации по сохранению
III.\tВыводы\t3
IV.\tРекомендации\t4

Часть первая
Общие сведения о состоянии колодцев

I.\tВведение

1.\tНастоящий доклад представляется во исполнение резолюции 81/207.

II.\tИстория колодцев

2.\tСамый старый колодец вырыт около 1150 года.

Часть вторая
Выводы, замечания и рекомендации по сохранению

III.\tВыводы

3.\tОтветственность разделена между 3 министерствами.

IV.\tРекомендации

4.\tПредлагается открыть национальный реестр.
"""
