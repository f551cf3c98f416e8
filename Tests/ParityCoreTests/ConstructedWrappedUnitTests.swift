import Testing
import ParityTestSupport
@testable import ParityCore

/// Where a wrapped line continues and where a new block starts, told by the document's own layout and numbering:
/// figures that continue no open count inside units set apart by blank lines or inside an indented annotation; a
/// preamble clause wrapped before a date; item titles as long as their annotations in a layout the other items show;
/// a summary hard-wrapped into long lines under its caption. All texts are constructed.
@Suite struct ConstructedWrappedUnitTests {
    static func segment(_ text: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: "constructed-wrapped-unit.txt"))
    }

    static func ids(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.id)
    }

    static func texts(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.text)
    }

    static let guidelines = """
        Guidelines on joinery workshops

        1.
        The experts counted in the region of Ruritania
        1500 joinery workshops, which should register by
        30 September 2049 at the latest.

        2.
        The Commission is invited to endorse the guidelines.

        Annex

        1
        Workshops. Each State should register its joinery workshops.

        1.1
        Each workshop should have a master joiner.

        1.2
        Every workshop should keep
        60 days of timber in stock.

        2
        Apprentices. Each workshop should train apprentices.

        2.1
        A workshop with more
        25 makers should have a safety officer.

        """

    /// Units set apart by blank lines, labels alone on their lines: a wrapped line that starts with a figure continuing
    /// no open count (`1500`, `30`, `60`, `25`) stays in its unit.
    @Test func constructedFiguresInsideUnitsSetApartByBlankLinesGoOn() {
        let (bytes, document) = Self.segment(Self.guidelines)
        #expect(Self.ids(document, .paragraph) == ["p1", "p2", "annex-p1", "annex-p1.1", "annex-p1.2", "annex-p2", "annex-p2.1"])
        #expect(Self.texts(document, .unnumberedParagraph) == [])
        #expect(document.blocks.first { $0.id == "p1" }?.text
            == "The experts counted in the region of Ruritania 1500 joinery workshops, which should register by 30 September 2049 at the latest.")
        #expect(document.blocks.first { $0.id == "annex-p1.2" }?.text == "Every workshop should keep 60 days of timber in stock.")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// The same in Nepali, in Devanagari digits (`१.२` / `… राख्नुपर्छ` under `६० दिनको …`).
    @Test func constructedDevanagariFiguresInsideUnitsSetApartGoOn() {
        let (bytes, document) = Self.segment("""
            काठका कार्यशालासम्बन्धी मार्गनिर्देशनहरू

            १.
            विज्ञहरूले रुरिटानिया क्षेत्रमा
            १५०० काठका कार्यशालाहरू गनेका छन्, जसले आयोगमा बढीमा
            ३० सेप्टेम्बर २०४९ भित्र दर्ता गर्नुपर्छ।

            २.
            आयोगलाई मार्गनिर्देशनहरू अनुमोदन गर्न आमन्त्रित गरिन्छ।

            अनुसूची

            १
            कार्यशालाहरू। प्रत्येक राज्यले आफ्ना कार्यशालाहरू दर्ता गर्नुपर्छ।

            १.१
            प्रत्येक कार्यशालामा एक जना मुख्य सिकर्मी हुनुपर्छ।

            १.२
            प्रत्येक कार्यशालाले
            ६० दिनको काठ भण्डारमा राख्नुपर्छ।

            २
            प्रशिक्षार्थीहरू। प्रत्येक कार्यशालाले प्रशिक्षार्थीहरूलाई तालिम दिनुपर्छ।

            २.१
            जहाँ
            २५ भन्दा बढी सिकर्मी काम गर्छन्, त्यस कार्यशालामा एक सुरक्षा अधिकृत हुनुपर्छ।

            """)
        #expect(Self.ids(document, .paragraph) == ["p1", "p2", "annex-p1", "annex-p1.1", "annex-p1.2", "annex-p2", "annex-p2.1"])
        #expect(Self.texts(document, .unnumberedParagraph) == [])
        #expect(document.blocks.first { $0.id == "annex-p1.2" }?.text == "प्रत्येक कार्यशालाले ६० दिनको काठ भण्डारमा राख्नुपर्छ।")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A label that continues an open count still opens its unit without a blank line above it (`2.` after `1.`).
    @Test func constructedNextLabelWithoutBlankLineStillOpensAUnit() {
        let (_, document) = Self.segment("""
            Report on the workshops

            1. The experts counted the workshops of the region and
            2. The Commission is invited to endorse the guidelines.

            3. The Commission will review them in 2052.

            4. The secretariat will publish them.

            """)
        #expect(Self.ids(document, .paragraph) == ["p1", "p2", "p3", "p4"])
    }

    /// A preamble hard-wrapped with no blank line: a clause's line that ends with no punctuation goes on into the date
    /// under it (`Recalling the Klow Declaration of` / `18 May 2044,`); the opening and three clauses.
    @Test func constructedPreambleClauseWrappedBeforeItsDateGoesOn() {
        let (bytes, document) = Self.segment("""
            Charter on the Spool-Making Craft between the States of the Klow Basin
            The States Parties to the present Charter,
            Noting that the craft of spool-making gives work to some
            6,300 workshops in their territories and to their families,
            Recalling the Klow Declaration of
            18 May 2044,
            Convinced that the craft deserves to be protected,
            Have agreed as follows:
            Article 1
            The present Charter applies to the workshops that make spools of wood,
            bone or horn for the looms of the States Parties.
            Article 2
            1. Each State Party shall keep a register of its spool-making workshops
            and shall open it to the public free of charge.
            2. The register shall be published for the first time before
            31 March 2046 and every five years thereafter.
            Article 3
            1. The present Charter shall enter into force on the thirtieth day after
            the deposit of the fifth instrument of ratification.
            2. The Government of Ruritania shall be the depositary of the present
            Charter.

            """)
        let firstArticle = document.blocks.firstIndex { $0.kind == .article } ?? document.blocks.count
        #expect(document.blocks[..<firstArticle].filter { $0.kind == .unnumberedParagraph }.map(\.text) == [
            "The States Parties to the present Charter,",
            "Noting that the craft of spool-making gives work to some 6,300 workshops in their territories and to their families,",
            "Recalling the Klow Declaration of 18 May 2044,",
            "Convinced that the craft deserves to be protected,",
        ])
        #expect(Self.ids(document, .article) == ["art1", "art2", "art3"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// An annotated agenda with tabs: item 4's title (60 columns) is as long as the longest annotation lines, yet a
    /// title, as items 3 and 5 show; its annotation wrapped before a figure is one unit.
    @Test func constructedLongItemTitleOverItsAnnotationStaysATitle() {
        let (bytes, document) = Self.segment("""
            Committee on Weaving Crafts
            Annotated provisional agenda
            1.\tOpening of the session
            \tThe Chair of the Committee will open the session.
            2.\tElection of officers
            \tThe Committee will elect a Chair and two Vice-Chairs.
            3.\tAdoption of the agenda and organization of the work
            \tThe Committee will have before it the provisional agenda.
            4.\tReport of the working group on the loom sheds of Syldavia
            \tThe Committee will consider the programme, whose cost is
            \t2.7 million dollars.
            5.\tProvisional agenda for the tenth session
            \tThe Committee will adopt the agenda of its tenth session.
            6.\tAdoption of the report
            \tThe Committee will adopt the report on its ninth session.

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.blocks.first { $0.number == 4 }?.text == "Report of the working group on the loom sheds of Syldavia")
        #expect(Self.texts(document, .unnumberedParagraph) == [
            "The Chair of the Committee will open the session.",
            "The Committee will elect a Chair and two Vice-Chairs.",
            "The Committee will have before it the provisional agenda.",
            "The Committee will consider the programme, whose cost is 2.7 million dollars.",
            "The Committee will adopt the agenda of its tenth session.",
            "The Committee will adopt the report on its ninth session.",
        ])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A title wrapped over two lines is no title over an annotation: its short rest goes on, in a layout whose other
    /// items are titles over annotations (German, nouns capitalised; item 4's full-looking title stays a title).
    @Test func constructedTitleWrappedOverTwoLinesGoesOn() {
        let (bytes, document) = Self.segment("""
            Ausschuss für Webereihandwerk
            Kommentierte vorläufige Tagesordnung
            1.\tEröffnung der Tagung
            \tDer Vorsitz des Ausschusses wird die Tagung eröffnen.
            2.\tWahl des Präsidiums
            \tDer Ausschuss wird einen Vorsitz und zwei Stellvertreter wählen.
            3.\tAnnahme der Tagesordnung und Organisation der Arbeit sowie
            \tWahl der Berichterstatter
            \tDem Ausschuss wird die vorläufige Tagesordnung vorliegen.
            4.\tBericht der Arbeitsgruppe über die Webschuppen Syldaviens
            \tDer Ausschuss wird das Programm prüfen, dessen Kosten
            \t2,7 Millionen Dollar betragen.
            5.\tVorläufige Tagesordnung der zehnten Tagung
            \tDer Ausschuss wird die Tagesordnung seiner zehnten Tagung annehmen.
            6.\tAnnahme des Berichts
            \tDer Ausschuss wird den Bericht über seine neunte Tagung annehmen.

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.blocks.first { $0.number == 3 }?.text
            == "Annahme der Tagesordnung und Organisation der Arbeit sowie Wahl der Berichterstatter")
        #expect(document.blocks.first { $0.number == 4 }?.text == "Bericht der Arbeitsgruppe über die Webschuppen Syldaviens")
        #expect(Self.texts(document, .unnumberedParagraph).count == 6)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// An annotation indented by four spaces under `N) Title.`: its wrapped line that starts with a figure
    /// (`    2,7 millions de dollars.`) goes on.
    @Test func constructedFigureInsideAnIndentedAnnotationGoesOn() {
        let (bytes, document) = Self.segment("""
            Ordre du jour provisoire annoté
            1) Ouverture de la session.
                Le Président du Comité ouvrira la session.
            2) Rapport du groupe de travail sur les ateliers de Syldavie.
                Le Comité examinera le programme du groupe, dont le coût est de
                2,7 millions de dollars.
            3) Adoption du rapport.
                Le Comité adoptera le rapport sur sa neuvième session.

            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3])
        #expect(Self.texts(document, .unnumberedParagraph) == [
            "Le Président du Comité ouvrira la session.",
            "Le Comité examinera le programme du groupe, dont le coût est de 2,7 millions de dollars.",
            "Le Comité adoptera le rapport sur sa neuvième session.",
        ])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A summary hard-wrapped into two long lines under its caption, ending with the script's full stop: one
    /// unnumbered paragraph, no title (Hindi with the danda `।`).
    @Test func constructedSummaryWrappedIntoLongLinesIsOneParagraph() {
        let first = "इस रिपोर्ट में क्लो बेसिन के राज्यों द्वारा नदी से कटी हुई गोखुर झीलों के जीर्णोद्धार के लिए किए गए कार्य, उस पर खर्च की गई धनराशि और प्राप्त परिणामों का वर्णन"
        let second = "किया गया है, और आने वाले वर्षों के लिए ऐसे उपाय प्रस्तावित किए गए हैं जिनसे झीलें फिर से पूरे वर्ष पानी रख सकें और क्षेत्र की मछलियों और पक्षियों को आश्रय दे सकें।"
        let (bytes, document) = Self.segment("""
            क्लो बेसिन में गोखुर झीलों का जीर्णोद्धार

            महासचिव की रिपोर्ट

            सारांश
            \(first)
            \(second)

            1. 2048 में क्लो बेसिन के राज्यों ने 42 गोखुर झीलों का जीर्णोद्धार किया।

            2. महासचिव सिफ़ारिश करते हैं कि यह कार्य 2052 तक जारी रहे।

            """)
        #expect(Self.texts(document, .unnumberedParagraph) == [first + " " + second])
        #expect(!Self.texts(document, .title).contains { $0.hasPrefix("इस रिपोर्ट") })
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// The same in the Saurashtra script, with its own full stop `꣎` (U+A8CE) and digits.
    @Test func constructedSaurashtraSummaryWrappedIntoLongLinesIsOneParagraph() {
        let first = "ꢄ ꢬꢶꢦꣁꢬꢸꢡꢸ ꢒꢭꣁ ꢡꢭ ꢬꢙꢪꢸ ꢥꢶꢣꢶ ꢒꢡ ꢔꢬꢡ ꢡꢭꢮꢸꢥ ꢦꢸꢥꢬꢸꢒꢬꢥ ꢒꢾꢬꢡꢶ ꢒꢾꢭꢪꢸ, ꢡꢾꢪꢸ ꢒꢬꢸꢗꢶ ꢒꢾꢬꢡꢶ ꢣꢥꢪꢸ, ꢡꢾꢪꢸ ꢦꢣꢶꢫ ꢦꢭꢥꢪꢸ ꢫꢾꢭꣁ ꢱꢨꢡꢶꢔ ꢒꢡꢾ, ꢪꢔꢶ ꢮꢾꢬꢶꢱꢪꢸ"
        let second = "ꢡꢭꢮꢸꢥ ꢮꢬꢶꢱ ꢨꢬ ꢥꢶꢬꢸ ꢬꢒꢥꢒꢸ, ꢪꢗꢶꢫ ꢡꢡꢾ ꢦꢒꢶꢫꢥ ꢬꢸꢮꢸꢥ ꢙꢔ ꢣꢶꢫꢥꢒꢸ ꢒꢬꢶꢥꢸ ꢒꢾꢬꢡꢶ ꢒꢫꢪꢸꢥ ꢫꢾꢭꣁ ꢮꢶꢗꢬ ꢒꢬꢶꢥꢸ ꢱꣁꢭꣁꢱꢾ꣎"
        let (bytes, document) = Self.segment("""
            ꢒꢭꣁ ꢡꢭ ꢔꢬꢡ ꢡꢭꢮꢸ ꢦꢸꢥꢬꢸꢒꢬꢥ

            ꢦꢬꢣ ꢱꢗꢶꢮ ꢬꢶꢦꣁꢬꢸꢡꢸ

            ꢱꢸꢬꢸꢒꢪꢸ
            \(first)
            \(second)

            ꣑. ꣒꣐꣔꣘ ꢮꢾꢬꢶꢱꢪꢸ ꢒꢭꣁ ꢡꢭ ꢬꢙꢪꢸ ꣔꣒ ꢔꢬꢡ ꢡꢭꢮꢸꢥ ꢦꢸꢥꢬꢸꢒꢬꢥ ꢒꢾꢬꢾ꣎

            ꣒. ꣒꣐꣕꣒ ꢦꢬꢶꢫꢡ ꢒꢪꢸ ꢗꢭꢥꢒꢸ ꢦꢬꢣ ꢱꢗꢶꢮ ꢱꢶꢦꢬꢶꢱꢶ ꢒꢾꢬꣁꢱꢾ꣎

            """)
        #expect(Self.texts(document, .unnumberedParagraph) == [first + " " + second])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
