import Testing
import ParityTestSupport
@testable import ParityCore

/// A text hard-wrapped by hand, unevenly: a line that stops short mid-sentence goes on when the next
/// line starts with a figure that continues no count, or when it belongs to a numbered paragraph of a
/// text that sets its paragraphs apart by blank lines; footnotes, table rows, masthead dates and
/// numbers that continue a count still open units of their own. All texts are constructed.
@Suite struct ConstructedUnevenWrapTests {
    static func segment(_ text: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: "constructed-uneven-wrap.txt"))
    }

    static func texts(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.text)
    }

    /// Italian: wrapped lines beginning `1° ottobre`, `38.500 ettari`, `512.000 tonnellate` stay in their paragraphs.
    @Test func constructedItalianFigureLedLinesGoOn() {
        let (bytes, document) = Self.segment("""
            1. Il presente rapporto è presentato in applicazione della risoluzione
            79/244 dell'Assemblea generale.

            2. Si basa sulle informazioni comunicate da 12 Stati tra il
            1° ottobre 2025 e il 28 febbraio 2026.

            3. I prati umidi censiti coprivano
            38.500 ettari nel 2025, di cui una parte sottoposta a tutela.

            4. Il fieno raccolto ha raggiunto un volume di
            512.000 tonnellate, ossia il 7,5 per cento in più rispetto al 2020.

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4])
        #expect(Self.texts(document, .unnumberedParagraph) == [])
        #expect(document.blocks.first { $0.number == 2 }?.text
            == "Si basa sulle informazioni comunicate da 12 Stati tra il 1° ottobre 2025 e il 28 febbraio 2026.")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Swedish summary record under a heading line longer than the wrap: a speaker's paragraph broken after
    /// its first line before a capital, and lines beginning `30 juni`, `12,5 procent`, `2020.` go on.
    @Test func constructedSwedishSpeakerParagraphsGoOnUnderALongHeading() {
        let (bytes, document) = Self.segment("""
            Syldaviens kombinerade fjärde och femte periodiska rapporter (CRC/C/SYL/4-5)

            1. På ordförandens inbjudan tog Syldaviens delegation plats vid
            kommitténs bord.

            2. Reformen vilade på barnskyddslagen som antogs den
            30 juni 2024 och som inrättade ett nationellt barnombud.

            3. Fru Haddad (landrapportör) sade att kommittén välkomnade att
            Syldavien hade antagit lagen och frågade hur många barn som hade
            placerats i familjehem.

            4. Barnfattigdomen hade minskat: under 2025 fick
            12,5 procent av barnfamiljerna barnbidrag, mot 15,1 procent
            2020.

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4])
        #expect(Self.texts(document, .unnumberedParagraph) == [])
        #expect(document.blocks.first { $0.number == 3 }?.text.hasPrefix("Fru Haddad (landrapportör) sade att kommittén välkomnade att Syldavien hade") == true)
        #expect(document.blocks.first { $0.number == 4 }?.text.hasSuffix("mot 15,1 procent 2020.") == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Danish preamble: a preambular paragraph's last line beginning `1990,` is no preambular paragraph of its own.
    @Test func constructedDanishPreambleLineBeginningWithAYearGoesOn() {
        let (bytes, document) = Self.segment("""
            Republikken Ruritanien og Kongeriget Syldavien, i det følgende benævnt
            "parterne",

            Under henvisning til konventionen om beskyttelse af floden Klow,
            undertegnet den 12. marts 1990, og protokollen hertil fra 2005,

            Idet de konstaterer, at Klows flodsletter har mistet 4.300 hektar våde
            græsarealer siden
            1990, og at 17 af dens 25 hestesko-søer er tilslammede,

            Som ønsker i fællesskab at genoprette flodsletterne,

            Er blevet enige om følgende:

            Artikel 1
            Formål

            1. Formålet med denne aftale er genopretning af de flodsletter, der er
            opført i bilaget.

            """)
        #expect(!Self.texts(document, .unnumberedParagraph).contains { $0.hasPrefix("1990") })
        #expect(Self.texts(document, .unnumberedParagraph).contains { $0.hasSuffix("siden 1990, og at 17 af dens 25 hestesko-søer er tilslammede,") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// Footnotes numbered by bare figures below a rule, a table's rows and a masthead date keep their own units.
    @Test func constructedEnglishFootnotesTableRowsAndDatesStayApart() {
        let (bytes, document) = Self.segment("""
            United Nations
            General Assembly
            14 August 2026

            1. The wet meadows recorded by the reporting States in the mountain
            regions covered
            38,500 hectares in 2025, of which part was under legal protection.

            2. Hay harvested from those meadows reached a volume of
            512,000 tonnes, or 7.5 per cent more than in 2020.

            3. The figures by region were as follows
            North    12 400    13 100
            South    26 100    25 400

            4. Drainage remained the main threat in the region of the
            upper Klow.
            __________________
            1 Data for 2025 were provided by 11 of the
            12 reporting States
            2 Figures for the southern region are estimates

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4])
        #expect(document.blocks.first { $0.number == 1 }?.text.contains("covered 38,500 hectares") == true)
        #expect(document.blocks.first { $0.number == 2 }?.text.contains("volume of 512,000 tonnes") == true)
        #expect(document.blocks.first { $0.number == 3 }?.text == "The figures by region were as follows")
        #expect(!document.blocks.contains { $0.text.contains("as follows North") })
        #expect(document.blocks.contains { $0.text.contains("Data for 2025 were provided by 11 of the 12 reporting States") })
        #expect(document.blocks.contains { $0.text.contains("Figures for the southern region") && !$0.text.contains("reporting States") })
        #expect(document.metadata.date != nil)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A number that continues a count opens a paragraph, also after a numbered heading and a short line;
    /// a real jump after a sentence's end stays a paragraph.
    @Test func constructedEnglishNumbersThatContinueACountStillOpenParagraphs() {
        let (_, document) = Self.segment("""
            1. The report covers the wet meadows of the
            mountain regions in the period from
            1 January 2023 to 31 March 2024.

            2. It draws on information received from the
            ministries of environment of
            27 Member States.

            3. Public financing reached a record level

            4. Expenditure per person ranged widely.

            6. The Secretary-General invites the Assembly to take note of the
            present report.

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4, 6])
    }

    /// English summary record wrapped without blank lines (read as an extracted text): a line that starts with a
    /// figure after a line ending on a comma goes on in its numbered paragraph.
    @Test func constructedEnglishFigureLedLineInARecordWithoutBlankLinesGoesOn() {
        let (bytes, document) = Self.segment("""
            1. At the invitation of the Chair, the delegation of Syldavia took places
            at the Committee table.
            2. Mr. Novak (Syldavia) said that his Government had reformed the child
            protection system since the previous dialogue with the Committee.
            3. Mr. Novak (Syldavia) said that 1,840 children had been placed in
            foster care in 2025.
            4. Child poverty had fallen: in 2025,
            12.5 per cent of families with children received the child allowance,
            against 15.1 per cent in 2020.
            5. The Chair said that the Committee would continue its dialogue with
            the delegation at the next meeting.

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4, 5])
        #expect(document.blocks.first { $0.number == 4 }?.text
            == "Child poverty had fallen: in 2025, 12.5 per cent of families with children received the child allowance, against 15.1 per cent in 2020.")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// German verbatim record: `44. Plenarsitzung` (the meeting number before a capitalised noun) in a record
    /// without numbered paragraphs is a masthead line, no paragraph 44.
    @Test func constructedGermanMeetingLineIsNoParagraph() {
        let (bytes, document) = Self.segment("""
            Vereinte Nationen
            A/81/PV.44
            Generalversammlung
            Einundachtzigste Tagung
            44. Plenarsitzung
            Donnerstag, 22. Oktober 2026, 10.00 Uhr

            Der Präsident (spricht Englisch): Ich erteile der Vertreterin Syldaviens das Wort.

            Frau Lindqvist (Syldavien) (spricht Französisch): Syldavien hat 2 400 Hektar Feuchtwiesen geschützt.

            """)
        #expect(!document.blocks.contains { $0.kind == .paragraph })
        #expect(document.blocks.filter { $0.kind == .speakerTurn }.count == 2)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// The meeting line under a masthead line no table reads as a field (a title line) is a masthead line too.
    @Test func constructedGermanMeetingLineUnderATitleLineIsNoParagraph() {
        let (bytes, document) = Self.segment("""
            Vereinte Nationen
            A/81/PV.44
            Generalversammlung
            Amtliches Wortprotokoll
            Sitzungsfolge der Vollversammlung
            44. Plenarsitzung
            New York

            Der Präsident (spricht Englisch): Ich erteile der Vertreterin Syldaviens das Wort.

            Frau Lindqvist (Syldavien) (spricht Französisch): Syldavien hat 2 400 Hektar Feuchtwiesen geschützt.

            """)
        #expect(!document.blocks.contains { $0.kind == .paragraph })
        #expect(document.blocks.filter { $0.kind == .speakerTurn }.count == 2)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func openedNumberCountContinuesFromTheLastOrAnUntakenNumber() {
        var count = OpenedNumberCount()
        #expect(count.continues(1))
        #expect(!count.continues(2))
        for value in [1, 2, 3, 4, 1] { count.open(value) }
        #expect(count.continues(2) == true)   // after the last, 1
        #expect(count.continues(5))           // after 4, not taken yet
        #expect(!count.continues(3))          // taken
        #expect(!count.continues(1990))
    }
}
