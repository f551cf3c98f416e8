import Testing
import ParityTestSupport
@testable import ParityCore

/// Chapter headings numbered by ordinal words no table lists (`OrdinalWordHeads`): `یکم. پیشگفتار`, `Primero.
/// Introducción`, `Birinci. Giriş` are chapters I, II, III by their series; a defined term (`Apprentice. A person
/// who …`), a masthead field (`Original: English`) or a note under the body's paragraphs stays what it is. The texts
/// here are constructed.
@Suite struct OrdinalWordHeadingTests {
    @Test(arguments: [("یکم. پیشگفتار", true), ("Primero. Introducción", true), ("Birinci: Giriş", true), ("Segundo – Situación actual", true),
                      // Running text, an abbreviation, a lower-case title, a contents entry, a sentence, a clause; a
                      // Roman numeral is no word (`LabelParser` reads it).
                      ("Apprentice. A person who learns the craft.", false), ("Mr. Ivan Petrov", false), ("Primero. introducción", false),
                      ("Primero. Introducción ........ 3", false), ("Original: English", true), ("I. Introduction", false),
                      ("Note: Figures are rounded.", false), ("Resumen, informe anual", false)])
    func candidateLines(_ line: String, _ isCandidate: Bool) {
        #expect((OrdinalWordHeads.candidate(Array(line.unicodeScalars)) != nil) == isCandidate)
    }

    /// A series: all different words, none on consecutive units, the first before the body's count opens, a word a
    /// table reads as a number read as its place.
    @Test func seriesRules() {
        func head(_ word: String, _ unit: Int, _ headsBody: Bool = true) -> (unit: Int, candidate: OrdinalWordHeads.Candidate, headsBody: Bool) {
            (unit, OrdinalWordHeads.Candidate(word: Array(word.unicodeScalars), separator: .fullStop, labelLength: word.count + 2), headsBody)
        }
        #expect(OrdinalWordHeads.series([head("Primero", 3), head("Segundo", 6), head("Tercero", 9)], firstNumbered: 4)?.words.count == 3)
        // A word used twice, two heads on consecutive units, a series that opens after paragraph 1.
        #expect(OrdinalWordHeads.series([head("Nota", 3), head("Nota", 6)], firstNumbered: 4) == nil)
        #expect(OrdinalWordHeads.series([head("Primero", 3), head("Segundo", 4)], firstNumbered: 5) == nil)
        #expect(OrdinalWordHeads.series([head("Fuente", 8), head("Nota", 12)], firstNumbered: 4) == nil)
        // A line that heads no body text (a masthead field over a date) is no part of the series.
        #expect(OrdinalWordHeads.series([head("Original", 1, false), head("Primero", 3), head("Segundo", 6)], firstNumbered: 4)?.words
                == [Array("Primero".unicodeScalars), Array("Segundo".unicodeScalars)])
        // CLDR's cardinal words read as their place, or no series: "two" cannot number the first chapter.
        #expect(OrdinalWordHeads.series([head("Two", 3), head("Three", 6)], firstNumbered: 4) == nil)
        #expect(OrdinalWordHeads.series([head("One", 3), head("Two", 6)], firstNumbered: 4) != nil)
    }

    /// dev/report-gongmakers fa: chapters `یکم.`, `دوم.`, `سوم.` are I, II, III; annexes `پیوست یکم` / `پیوست دوم` stay
    /// annexes I and II; the glossary's `شاگرد. کسی که …` entries stay running text.
    @Test func persianReport() throws {
        let document = try ConstructedSegmentation.devDocument("report-gongmakers", "fa")
        let headings = document.blocks.filter { $0.kind == .heading && $0.labelPath.map { !$0.contains("*") } == true }
        #expect(headings.map(\.labelPath) == ["I", "II", "III"])
        #expect(headings.map(\.text) == ["پیشگفتار", "وضعیت کارگاه‌ها", "توصیه‌ها"])
        #expect(document.blocks.filter { $0.kind == .title }.allSatisfy { !$0.text.hasPrefix("یکم") })
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.label) == ["I", "II"])
        // The glossary's caption and its three entries.
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 4)
    }

    /// dev/report-sundialers es and tr: `Primero.` … `Tercero.`, `Birinci.` … `Üçüncü.` are I, II, III; the summary
    /// (`Resumen. En el presente informe …`) and the masthead fields stay what they are.
    @Test(arguments: [("es", ["Introducción", "Situación de los relojes de sol", "Recomendaciones"]),
                      ("tr", ["Giriş", "Güneş saatlerinin durumu", "Öneriler"])])
    func spanishAndTurkishReports(_ language: String, _ titles: [String]) throws {
        let document = try ConstructedSegmentation.devDocument("report-sundialers", language)
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.labelPath) == ["I", "II", "III"])
        #expect(headings.map(\.text) == titles)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 6)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 1)
    }

    /// Words used as defined terms (`Apprentices. Each workshop …`) end a sentence: no series, no heading; a note
    /// under a table after the body's paragraphs (`Source: …`, `Note: …`) numbers nothing.
    @Test func definedTermsAndNotesStayText() {
        let text = """
        Report of the Secretary-General (constructed text)

        1. Workshops keep registers of their apprentices.

        Apprentices. Each workshop takes two apprentices a year.

        Masters. Each master trains at most four apprentices.

        2. Registers are kept for 10 years.

        Source: Ruritanian Statistics Office

        3. The figures were collected in 2028.

        Note: Estimates of the Syldavian Crafts Council

        4. The Council may wish to take note of the report.
        """
        let document = ConstructedSegmentation.segment(text, "constructed-terms.en").document
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath.map { !$0.hasPrefix("*") } == true }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4])
    }

    /// A colon after the word: `Birinci: Giriş`, `İkinci: Durum` over numbered paragraphs.
    @Test func colonSeries() {
        let text = """
        Genel Sekreterin raporu (kurgusal metin)

        Birinci: Giriş

        1. Bu rapor 2029 yılında hazırlanmıştır.

        2. Rapor 14 Devletin yanıtlarına dayanmaktadır.

        İkinci: Durum

        3. Devletler 37 atölye saymıştır.
        """
        let document = ConstructedSegmentation.segment(text, "constructed-colon.tr").document
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.labelPath) == ["I", "II"])
        #expect(headings.map(\.text) == ["Giriş", "Durum"])
    }
}
