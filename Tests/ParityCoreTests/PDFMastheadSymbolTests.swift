import Testing
import ParityTestSupport
@testable import ParityCore

/// The header fields of a PDF's first page — symbol, organ, `Distr.`,
/// date, original language — are found in reading order as well as in
/// `-layout` output. Reading order puts the symbol first, alone on its line
/// (`S/2012/197***` for a third reissue); that is the masthead's symbol,
/// not a running header. All texts here are constructed.
@Suite struct PDFMastheadSymbolTests {
    static let body = "1. The present report is submitted pursuant to resolution 1979 (2011), by which the Council\n"
        + "extended the mandate of the Mission and requested a report on the situation in the Territory.\n\n"

    static let constructedReadingOrderMastheads: [(language: String, masthead: String, organ: String, distribution: String, date: String)] = [
        ("en", "S/2012/197***\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n5 April 2012\nOriginal: English\n\n",
         "Security Council", "General", "5 April 2012"),
        ("fr", "S/2012/197*\n\nNations Unies\n\nConseil de sécurité\n\nDistr. générale\n5 avril 2012\nFrançais\nOriginal : anglais\n\n",
         "Conseil de sécurité", "générale", "5 avril 2012"),
        ("es", "S/2012/197\n\nNaciones Unidas\n\nConsejo de Seguridad\n\nDistr. general\n5 de abril de 2012\nEspañol\nOriginal: inglés\n\n",
         "Consejo de Seguridad", "general", "5 de abril de 2012"),
        ("ru", "S/RES/2803 (2025)\n\nОрганизация Объединенных Наций\n\nСовет Безопасности\n\nDistr.: General\n17 November 2025\n\n",
         "Совет Безопасности", "General", "17 November 2025"),
    ]

    @Test(arguments: constructedReadingOrderMastheads.indices)
    func constructedSymbolFirstInReadingOrderIsTheMastheadSymbol(_ index: Int) {
        let sample = Self.constructedReadingOrderMastheads[index]
        let text = sample.masthead + Self.body + "12-27711 (E) 170412\n\n*1227711*\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-masthead-\(sample.language).txt")
        let expectedSymbol = sample.masthead.hasPrefix("S/RES") ? "S/RES/2803 (2025)" : "S/2012/197"
        #expect(document.metadata.symbol == expectedSymbol)
        #expect(document.metadata.organ == sample.organ)
        #expect(document.metadata.distribution == sample.distribution)
        #expect(document.metadata.date == sample.date)
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["12-27711 (E) 170412", "*1227711*"])
        #expect(document.numberedParagraphs.map(\.number) == [1])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedLayoutMastheadFindsTheSameFields() {
        let text = "                United Nations                                               S/2012/197***\n"
            + "                Security Council                          Distr.: General\n"
            + "                                                          5 April 2012\n\n"
            + "                                                          Original: English\n\n"
            + Self.body + "12-27711*** (E)     170412\n*1227711*\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-masthead-layout.txt")
        #expect(document.metadata.symbol == "S/2012/197")
        #expect(document.metadata.organ == "Security Council")
        #expect(document.metadata.date == "5 April 2012")
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["12-27711*** (E)     170412", "*1227711*"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedSymbolAtTheTopOfABodyPageStaysARunningHeader() {
        // Without header fields after it, a symbol at the top of the first page is a running header
        // (an extract that starts on a later page).
        let text = "S/2012/197\n\n" + Self.body + "12-27711\n\n2\n\u{0C}S/2012/197\n\n" + Self.body.replacingOccurrences(of: "1. ", with: "2. ")
            + "12-27711\n\n3\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-running-symbol.txt")
        #expect(document.metadata.symbol == nil)
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["S/2012/197", "12-27711", "2", "S/2012/197", "12-27711", "3"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Constructed `-layout` mastheads whose right column (date, second organ)
    /// shares a line with the organ, set apart by a column gap.
    static let constructedLayoutColumns: [(language: String, line: String, organ: String, date: String)] = [
        ("en", "General Assembly                                    2 December 2015", "General Assembly", "2 December 2015"),
        ("fr", "Assemblée générale                                  2 décembre 2015", "Assemblée générale", "2 décembre 2015"),
        ("es", "Asamblea General                                    2 de diciembre de 2015", "Asamblea General", "2 de diciembre de 2015"),
        ("ru", "Генеральная Ассамблея                               2 December 2015", "Генеральная Ассамблея", "2 December 2015"),
    ]

    @Test(arguments: constructedLayoutColumns.indices)
    func constructedLayoutOrganAndDateOnOneLine(_ index: Int) {
        let sample = Self.constructedLayoutColumns[index]
        let text = "                United Nations                                               A/RES/70/10\n\n"
            + "                                                                     Distr.: General\n"
            + "                " + sample.line + "\n\n" + Self.body + "15-16764 (E)     021215\n*1516764*\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-layout-columns-\(sample.language).txt")
        #expect(document.metadata.symbol == "A/RES/70/10")
        #expect(document.metadata.organ == sample.organ)
        #expect(document.metadata.date == sample.date)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedSentenceWithAGapIsNoMasthead() {
        // Only recognized header fields on both sides of the gap are split.
        let text = "                United Nations                                               A/RES/70/10\n\n"
            + "                General Assembly                      Report of the Agency\n\n" + Self.body + "15-16764 (E)\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-layout-no-split.txt")
        #expect(document.metadata.date == nil)
        #expect(document.blocks.contains { $0.text.contains("Report of the Agency") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
