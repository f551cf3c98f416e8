import Testing
@testable import ParityCore

/// Structure read from numbering sequences (docs/structure-inference.md, "Inserted
/// paragraphs, counts in words, letters of any alphabet, notes per annex"):
/// paragraphs `3 bis` inserted without renumbering, division and caption numbers
/// written as words, level-1 headings lettered in their own alphabet, and
/// footnote series that restart in each annex. Constructed text.
@Suite struct ConstructedInsertedParagraphTests {
    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test(arguments: ["3 bis.", "3bis", "3 bis", "3 BIS.", "3 bis)"])
    func insertedParagraphKeepsTheCount(_ label: String) {
        let text = """
        1. The first constructed paragraph.

        2. The second constructed paragraph.

        3. The third constructed paragraph.

        \(label)\tA constructed paragraph inserted after the third.

        3 ter. Another constructed paragraph inserted after it.

        4. The fourth constructed paragraph.
        """
        let paragraphs = blocks(text).filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.id) == ["p1", "p2", "p3", "p3bis", "p3ter", "p4"], "\(label)")
        #expect(paragraphs.map { $0.label ?? "" }.suffix(3) == ["3 bis", "3 ter", "4."], "\(label)")
        #expect(paragraphs[3].number == nil)
        #expect(paragraphs[3].text == "A constructed paragraph inserted after the third.")
    }

    @Test func insertedLabelOffTheCountNumbersNothing() {
        let text = """
        1. The first constructed paragraph.

        2. The second constructed paragraph.

        5 bis. A constructed line whose number is not the running count.

        3. The third constructed paragraph.
        """
        let all = blocks(text)
        #expect(all.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3"])
        #expect(InsertedParagraphLabel.match(Array("3 bisogni dei villaggi".unicodeScalars)) == nil)
        #expect(InsertedParagraphLabel.match(Array("12 quater. Testo".unicodeScalars))?.normalized == "12 quater")
    }

    @Test(arguments: [
        ("PART ONE", "PART TWO", "Article"),
        ("ЧАСТЬ ПЕРВАЯ", "ЧАСТЬ ВТОРАЯ", "Статья"),
        ("AYRN YN CHIED", "AYRN YN NAH", "Artickyl"),
        ("TÍTULO PRIMERO", "TÍTULO SEGUNDO", "Artículo"),
    ] as [(String, String, String)])
    func partsNumberedByWords(_ first: String, _ second: String, _ article: String) {
        let text = """
        \(first)
        CONSTRUCTED GENERAL PROVISIONS

        \(article) 1
        Constructed objective

        1. The first constructed paragraph of the first article.

        2. The second constructed paragraph of the first article.

        \(article) 2
        Constructed inventory

        1. The first constructed paragraph of the second article.

        2. The second constructed paragraph of the second article.

        \(second)
        CONSTRUCTED COOPERATION

        \(article) 3
        Constructed training

        1. The first constructed paragraph of the third article.

        2. The second constructed paragraph of the third article.
        """
        let all = blocks(text)
        let headings = all.filter { $0.kind == .heading && $0.labelPath != nil }
        #expect(headings.compactMap(\.labelPath) == ["I", "II"], "\(first)")
        #expect(headings.map(\.text) == ["CONSTRUCTED GENERAL PROVISIONS", "CONSTRUCTED COOPERATION"], "\(first)")
        #expect(all.filter { $0.kind == .article }.compactMap(\.number) == [1, 2, 3], "\(first)")
    }

    @Test func oneWordNumberedCaptionIsNoCount() {
        // A division word before one word no table reads, once: no series, no heading.
        let text = """
        PART ONE
        CONSTRUCTED GENERAL PROVISIONS

        1. The first constructed paragraph.

        2. The second constructed paragraph.
        """
        #expect(blocks(text).filter { $0.kind == .heading && $0.labelPath != nil }.isEmpty)
    }

    @Test(arguments: [
        ("syr", ["ܐ.", "ܒ.", "ܓ."]),
        ("el", ["Α.", "Β.", "Γ."]),
        ("hy", ["Ա.", "Բ.", "Գ."]),
        ("he", ["א.", "ב.", "ג."]),
    ] as [(String, [String])])
    func outermostScriptLettersAreLevelOne(_ language: String, _ letters: [String]) {
        let text = """
        \(letters[0]) Constructed introduction

        1. The first constructed paragraph.

        2. The second constructed paragraph.

        \(letters[1]) Constructed progress

        3. The third constructed paragraph.

        \(letters[2]) Constructed recommendations

        4. The fourth constructed paragraph.
        """
        let all = blocks(text)
        #expect(all.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "III"], "\(language)")
        #expect(all.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4], "\(language)")
    }

    @Test func annexFootnotesRestartOnPagedText() {
        // Three pages as pdftotext prints them: the body's note 1, then annex I and annex II, each with its own note 1.
        let pages = [
            """
            United Nations                                    A/86/377
                      1.   The present constructed report is submitted pursuant to constructed
                           resolution 85/17.1
                      2.   The constructed survey found 74 constructed foundries in 12 States.



                      1   Adopted on 14 December 2030.
            """,
            """
            Annex I
                           Constructed foundries
                      1.   The constructed team visited 74 foundries between March and June 2031,
                           in the company of the national heritage services of the States.1
                      2.   Forty-one of them cast bronze bells only.



                      1   Two foundries could not be reached because of floods.
            """,
            """
            Annex II
                           Constructed training
                      1.   The foundries train 96 apprentices, each for 4 years, in their own
                           constructed workshops and schools.1
                      2.   Eleven foundries have no apprentice.



                      1   Figures provided by the foundries in April 2031.
            """,
        ]
        let all = blocks(pages.joined(separator: "\n\u{0C}"))
        let notes = all.filter { $0.kind == .footnote }
        #expect(notes.map(\.text) == ["Adopted on 14 December 2030.", "Two foundries could not be reached because of floods.",
                                      "Figures provided by the foundries in April 2031."])
        #expect(notes.allSatisfy { !$0.citedBy.isEmpty })
        #expect(all.filter { $0.kind == .annex }.compactMap(\.label).count == 2)
    }
}
