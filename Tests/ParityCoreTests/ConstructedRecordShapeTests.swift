import Testing
@testable import ParityCore

/// Structure known by shape in records, resolutions and treaties written in
/// languages no table covers (constructed texts, not UN documents): speaker
/// words learned from the turns, a masthead symbol in a column of its own, a
/// masthead date that begins with the year, an organ formula on the line of
/// the first preambular paragraph, words of agreement before a chapter no
/// table reads, chapters numbered first with a Roman numeral.
@Suite struct ConstructedRecordShapeTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func constructedSummaryRecordWithTabsLearnsHonorificsOfAnyLetter() {
        let text = "Konstruirani sažeti zapisnik\n\nPredsjedavajući: g. Mwangi\n\n"
            + "1.\tPredsjedavajući je pozdravio konstruiranu delegaciju.\n\n"
            + "2.\tG. Horvat (Syldavija) rekao je da je zakon usvojen.\n\n"
            + "3.\tZakon se primjenjuje na 1.250 zgrada.\n\n"
            + "4.\tGđa Lindqvist (izvjestiteljica) pitala je koliko je zgrada prilagođeno.\n\n"
            + "5.\tG. Horvat (Syldavija) rekao je da ih je 430.\n"
        let speakers = segment(text).blocks.filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        #expect(speakers == ["Predsjedavajući", "G. Horvat (Syldavija)", "-", "Gđa Lindqvist (izvjestiteljica)", "G. Horvat (Syldavija)"])
    }

    @Test func constructedMastheadTitleOpensTurnsWithItsArticle() {
        let text = "Proces-verbal rezumativ construit\n\nPreședinte: dl Mwangi\n\n"
            + "1. Președintele salută delegația construită.\n\n"
            + "2. Președinția a fost asigurată de Syldavia.\n\n"
            + "3. Dl Horvat (Syldavia) spune că legea a fost adoptată.\n"
        let speakers = segment(text).blocks.filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
        // "Președinția" (the presidency) is no ending of "președinte"; "Dl" is the masthead's honorific.
        #expect(speakers == ["Președintele", "-", "Dl Horvat (Syldavia)"])
    }

    @Test func constructedVerbatimRecordLearnsAWordReadOnceBeforeAColon() {
        let text = "Verbale costruito\n\n"
            + "Il Presidente (parla in inglese): Do la parola alla Ruritania.\n\n"
            + "Sig. Novak (Ruritania) (parla in inglese): La Ruritania sostiene il progetto.\n\n"
            + "Il Presidente (parla in inglese): Do la parola alla Freedonia.\n\n"
            + "Sig.ra Álvarez (Freedonia): La Freedonia sostiene il progetto.\n"
        let turns = segment(text).blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label)
        #expect(turns == ["Il Presidente (parla in inglese):", "Sig. Novak (Ruritania) (parla in inglese):",
                          "Il Presidente (parla in inglese):", "Sig.ra Álvarez (Freedonia):"])
    }

    @Test func constructedSymbolInAColumnOfItsOwnBesideAnOrganNoTableKnows() {
        let text = "Birləşmiş Millətlər Təşkilatı\nBaş Assambleya                    A/81/207\n                                  14 may 2026\n\n"
            + "Konstruksiya məktubu\n\nBu konstruksiya mətnidir.\n"
        let document = segment(text)
        #expect(document.metadata.symbol == "A/81/207")
        #expect(document.metadata.organ == "Baş Assambleya")
        // In running text a symbol after one space splits nothing.
        #expect(MastheadLineSplitter.parts(Array("Baş Assambleya A/81/207".utf8), 0, "Baş Assambleya A/81/207".utf8.count,
                                           allowUnrecognizedNames: true) == nil)
    }

    @Test func constructedSymbolBetweenOrganAndDistribution() {
        let line = "Statistikos komisija konstruota   E/CN.3/2027/1   Distr.: bendras"
        let parts = MastheadLineSplitter.parts(Array(line.utf8), 0, line.utf8.count, allowUnrecognizedNames: true)
        let texts = parts?.map { String(decoding: Array(line.utf8)[$0.start..<$0.end], as: UTF8.self) }
        #expect(texts == ["Statistikos komisija konstruota", "E/CN.3/2027/1", "Distr.: bendras"])
    }

    @Test func constructedMastheadDateBeginningWithTheYearIsNoParagraph() {
        let text = "Konstruált levél\nA/81/207\nKözgyűlés\n2026. május 14.\n\n"
            + "2026. május 12-i keltezésű konstruált levél Syldavia állandó képviselőjétől a főtitkárnak\n\n"
            + "Megtiszteltetés számomra, hogy továbbíthatom a konstruált nyilatkozatot.\n"
        let document = segment(text)
        #expect(document.metadata.date == "2026. május 14.")
        #expect(!document.blocks.contains { $0.kind == .paragraph })
    }

    @Test func constructedOrganFormulaOnTheLineOfTheFirstPreambularParagraph() {
        let text = "Konstruovaná rezoluce\n\nRada bezpečnosti, připomínajíc své konstruované rezoluce,\n\n"
            + "vítajíc konstruovanou dohodu,\n\n1.\trozhoduje prodloužit mandát;\n\n2.\trozhoduje zabývat se věcí.\n"
        let blocks = segment(text).blocks
        let unnumbered = blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
        #expect(unnumbered == ["Rada bezpečnosti,", "připomínajíc své konstruované rezoluce,", "vítajíc konstruovanou dohodu,"])
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
    }

    /// A first clause-ending line that opens with a date, or whose text after the comma is capitalized
    /// (no known opening), is left as it is.
    @Test func constructedLinesThatOpenNoPreambleStayWhole() {
        let dated = "Konstruovaná zpráva\n\nV roce 2025, podle konstruovaných údajů, vzrostl počet stížností,\n\nzejména v oblasti bydlení,\n"
        #expect(segment(dated).blocks.contains { $0.text.hasPrefix("V roce 2025, podle") })
        let capitalized = "Konstruovaná zpráva\n\nVýbor pro konstrukci, Jak bylo uvedeno výše,\n\nzejména v oblasti bydlení,\n"
        #expect(segment(capitalized).blocks.contains { $0.text.hasPrefix("Výbor pro konstrukci, Jak") })
    }

    @Test func constructedWordsOfAgreementBeforeAChapterNumberedFirst() {
        let text = "Konstruēts nolīgums\n\nŠā nolīguma Puses,\n\natzīstot konstruētu vajadzību,\n\napņēmušās sadarboties,\n\n"
            + "ir vienojušās par turpmāko:\n\nI NODAĻA\nVISPĀRĪGIE NOTEIKUMI\n\n1. pants\nMērķis\n\n1. Konstruēts teksts.\n\n2. Vēl teksts.\n\n"
            + "II NODAĻA\nSAISTĪBAS\n\n2. pants\nPienākumi\n\n1. Konstruēts teksts.\n\n2. Vēl teksts.\n"
        let blocks = segment(text).blocks
        #expect(blocks.filter { $0.kind == .heading && $0.labelPath != nil && !$0.labelPath!.contains("*") }.compactMap(\.labelPath) == ["I", "II"])
        let formula = blocks.first { $0.text == "ir vienojušās par turpmāko:" }
        #expect(formula?.kind == .heading)
        #expect(NumberedCaption.matchNumberFirst(Array("II. POGLAVLJE".unicodeScalars))?.number == 2)
        #expect(NumberedCaption.matchNumberFirst(Array("I. Uvod u konstruirani tekst.".unicodeScalars)) == nil)
    }

    @Test func constructedVerbatimMastheadWithAnOrdinalMeetingLineAndAMonthNoTableKnows() {
        let text = "Organizacja Narodów Zjednoczonych\nZgromadzenie Ogólne\n9. posiedzenie plenarne\n"
            + "Wtorek, 22 września 2026 r., godz. 10.00\nOficjalne dokumenty\nA/81/PV.9\n\n"
            + "Przewodniczący: Pan Ortega Lind . . . . . . . . . . . . (Borduria)\n\n"
            + "Przewodniczący (mówi po angielsku): Udzielam głosu przedstawicielowi Ruritanii.\n\n"
            + "Pan Novak (Ruritania) (mówi po angielsku): Ruritania popiera konstruowany projekt.\n\n"
            + "Przewodniczący (mówi po angielsku): Udzielam głosu przedstawicielce Freedonii.\n"
        let document = segment(text)
        #expect(document.metadata.symbol == "A/81/PV.9")
        #expect(document.metadata.date == "Wtorek, 22 września 2026 r., godz. 10.00")
        #expect(!document.blocks.contains { $0.kind == .paragraph })
        // The masthead's presiding officer with a spaced dot leader opens no turn.
        #expect(document.blocks.filter { $0.kind == .speakerTurn }.count == 3)
        #expect(SpeakerLine.hasDotLeader(Array("Lind . . . . (Borduria)".unicodeScalars)[...]))
        #expect(!SpeakerLine.hasDotLeader(Array("a. b. c. d.".unicodeScalars)[...]))
    }

    @Test func runningHeaderDates() {
        #expect(PageFurnitureRecognizer.isNumericDate("22/09/2026"))
        #expect(!PageFurnitureRecognizer.isNumericDate("9/19"))
        #expect(!PageFurnitureRecognizer.isNumericDate("32/09/2026"))
        #expect(PageFurnitureRecognizer.isFurnitureText("A/81/PV.9 22/09/2026", pageNumber: 2))
    }
}
