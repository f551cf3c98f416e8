import Testing
import ParityTestSupport
@testable import ParityCore

/// Lines that are whole units in hard-wrapped and paged plain text
/// (`HardWrapContinuation`, the paged clean-up): a titled article line, a
/// division line after a page break, an editorial note in brackets, a
/// caption whose middle line holds a date; and a thousands group at a line
/// start ("1.000 Lebendgeburten") that is no decimal label. Constructed
/// texts in German, Arabic, English and Hindi.
@Suite struct ConstructedWrappedUnitLineTests {
    static func segment(_ text: String, _ name: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: name))
    }

    @Test func constructedGermanTitledArticleWrappedAtFortyEight() {
        let text = """
            Artikel 4 – Konstruierte Kommission
            1. Die konstruierten Vertragsparteien setzen
            hiermit eine Gemeinsame Kommission ein.
            2. Die konstruierte Kommission tritt jährlich
            zusammen.

            Artikel 5 – Beilegung von Streitigkeiten
            Streitigkeiten zwischen Vertragsparteien werden
            durch Verhandlungen oder, falls dies nicht
            gelingt, durch ein Schiedsverfahren beigelegt.

            """
        let (bytes, document) = Self.segment(text, "constructed-wrapped-articles.de.txt")
        #expect(document.blocks.filter { $0.kind == .article }.map(\.number) == [4, 5])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.label) == ["Artikel 4", "Artikel 5"])
        #expect(document.blocks.contains { $0.id == "art5-u1" && $0.text.hasPrefix("Streitigkeiten zwischen") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedEditorialNoteInBracketsIsItsOwnLine() {
        let text = """
            United Nations
            A/RES/79/999
            General Assembly

            Resolution adopted by the General Assembly on 5 December 2024
            [without reference to a Main Committee (A/79/L.999)]

            79/999. Constructed conservation of coastal wetlands

            The General Assembly,

            Noting with concern that about 35 per cent of the constructed
            coastal wetlands have been lost since 1970,

            1. Calls upon all constructed States to protect the remaining
            coastal wetlands;

            2. Decides to remain seized of the constructed matter.

            """
        let (_, document) = Self.segment(text, "constructed-wrapped-resolution.en.txt")
        #expect(document.blocks.contains { $0.text == "[without reference to a Main Committee (A/79/L.999)]" })
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
    }

    @Test func constructedArabicCaptionWrappedOverADateLine() {
        let text = """
            وتغتنم البعثة الدائمة المصطنعة هذه الفرصة لتعرب مجددا
            للأمين العام عن أسمى آيات تقديرها.

            المرفق الأول للمذكرة الشفوية المصطنعة المؤرخة 28
            أيار/مايو 2025 الموجهة إلى الأمين العام من
            البعثة الدائمة المصطنعة لدى الأمم المتحدة

            1 - في الفترة بين عامي 2020 و 2024، أصلحت البعثة
            المصطنعة 500 12 هكتار من الغابات المتدهورة.

            2 - وارتفع الغطاء الحرجي المصطنع من 31,2 في المائة
            إلى 33,8 في المائة.

            """
        let (_, document) = Self.segment(text, "constructed-wrapped-annex.ar.txt")
        #expect(document.blocks.filter { $0.kind == .annex }.compactMap(\.label) == ["I"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-I-p1", "annex-I-p2"])
        #expect(!document.blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("البعثة الدائمة") })
    }

    @Test(arguments: ["1.000 Lebendgeburten", "1.250 Menschen", "2.05 Konstruiertes"])
    func digitGroupsAreNoDecimalLabels(_ line: String) {
        #expect(DecimalLabel.parse(Array(line.unicodeScalars)) == nil)
    }

    @Test(arguments: [("1.2 Konstruierte Vorgabe", "1.2"), ("17.19 Constructed target", "17.19"), ("2.3.1 Constructed", "2.3.1"), ("1.10 Constructed", "1.10")])
    func decimalLabelsStillRead(_ line: String, _ label: String) {
        #expect(DecimalLabel.parse(Array(line.unicodeScalars))?.normalized == label)
    }

    @Test func constructedHindiGoalAfterAPageBreakOpensItsGoal() {
        let text = """
            लक्ष्य 1. निर्मित सुरक्षित पेयजल
            1.1 2030 तक, सभी के लिए निर्मित सुरक्षित पेयजल तक सार्वभौमिक पहुँच प्राप्त करना
            1.a निर्मित क्षमता निर्माण सहायता का विस्तार करना

            24-13579 1/2
            \u{0C}A/79/999

            लक्ष्य 2. निर्मित जल की गुणवत्ता में सुधार करना
            2.1 2030 तक, अनुपचारित अपशिष्ट जल के अनुपात को आधा करना
            2.a निर्मित प्रयोगशाला क्षमता को सुदृढ़ करना

            2/2 24-13579
            """
        let (_, document) = Self.segment(text, "constructed-paged-goals.hi.txt")
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["g1", "g2"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["g1-t1.1", "g1-t1.a", "g2-t2.1", "g2-t2.a"])
    }

    @Test func constructedContentsEntryWrappedOverLinesIsOneEntry() {
        let text = """
            Índice

            \tPárrafos\tPágina
            I. Introducción construida\t1–7\t3
            II. Segmento construido sobre la promoción de un enfoque amplio de la
            migración internacional y de los derechos en favor del
            Desarrollo\t10–19\t14
            III. Conclusiones construidas\t20–21\t15

            I. Introducción construida

            1. El primer párrafo construido de este informe, que ocupa una línea y
            continúa en la siguiente sin terminar la frase en la primera línea.

            """
        let (_, document) = Self.segment(text, "constructed-wrapped-contents.es.txt")
        let entries = document.blocks.filter { $0.kind == .tocEntry }
        #expect(entries.compactMap(\.labelPath) == ["I", "II", "III"])
        #expect(entries.dropFirst().first?.text.hasSuffix("en favor del Desarrollo") == true)
    }

    @Test(arguments: [
        ("en", "Ms. Álvarez (Freedonia) (spoke in Spanish):", "Freedonia supports the constructed draft resolution and will", "contribute 20 per cent of the cost of the network."),
        ("es", "El Sr. Novak (Ruritania) (habla en inglés):", "Desde el 15 de marzo de 2023, las mujeres ocupan el 38,5 por", "ciento de los escaños construidos del parlamento."),
        ("ru", "Г-н Новак (Руритания) (говорит по-английски):", "С 15 марта 2023 года женщины занимают 38,5 процента мест в", "сконструированном национальном парламенте моей страны."),
        // Languages whose speaker words no table lists: the name with its notes and the colon open the turn.
        ("nl", "Mevrouw Lindqvist (Borduria) (spreekt Spaans):", "Borduria heeft 3,5 miljoen euro bijgedragen aan het", "geconstrueerde duinfonds van de regio."),
        ("sv", "Fru Hafner (Ruritanien) (talade tyska):", "Ruritanien har sedan 2024 återställt 14 konstruerade", "dynområden längs kusten."),
        ("pl", "Pani Nowak (Ruritania) (mówi po angielsku):", "Od 2024 roku mój kraj odtworzył 14 skonstruowanych", "obszarów wydmowych na wybrzeżu."),
    ] as [(String, String, String, String)])
    func wrappedDesignationAloneOpensItsTurn(_ language: String, _ designation: String, _ first: String, _ second: String) {
        let text = """
            \(designation)
            \(first)
            \(second)

            \(designation)
            \(first)
            \(second)

            """
        let (bytes, document) = Self.segment(text, "constructed-wrapped-turns.\(language).txt")
        let turns = document.blocks.filter { $0.kind == .speakerTurn }
        #expect(turns.count == 2, "\(language)")
        #expect(turns.first?.text.hasSuffix(String(second.split(separator: " ").last!)) == true, "\(language)")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [
        ("en", "The President:", "I give the floor to the constructed representative of Ruritania."),
        ("ru", "Председатель (говорит по-английски):", "Предоставляю слово сконструированному представителю Руритании."),
        ("ru", "Председатель:", "Предоставляю слово сконструированному представителю Руритании."),
        ("ru", "Г-н Новак (Руритания) (говорит по-французски):", "С 2025 года моя страна восстановила 14 сконструированных дюн."),
        ("nl", "Mevrouw Lindqvist (Borduria) (spreekt Spaans):", "Borduria heeft 3,5 miljoen euro bijgedragen aan het geconstrueerde duinfonds."),
    ] as [(String, String, String)])
    func designationAloneOnItsLineBeforeOneLineSpeech(_ language: String, _ designation: String, _ speech: String) {
        // Not hard-wrapped: each paragraph on one line, the designation on the line above its speech.
        let text = """
            \(designation)
            \(speech)

            \(designation)
            \(speech)

            """
        let (bytes, document) = Self.segment(text, "constructed-designation-own-line.\(language).txt")
        let turns = document.blocks.filter { $0.kind == .speakerTurn }
        #expect(turns.count == 2, "\(language) \(designation)")
        #expect(turns.allSatisfy { $0.text.hasSuffix(speech) }, "\(language) \(designation)")
        #expect(document.blocks.count == 2, "\(language) \(designation)")
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedMastheadDotLeaderWrappedBeforeTheCountry() {
        let text = """
            United Nations
            A/79/PV.999
            General Assembly
            Seventy-ninth session
            23rd plenary meeting
            Monday, 14 October 2024, 10 a.m.
            New York

            President: Mr. Constructed Lind ................................
            (Borduria)

            The meeting was called to order at 10 a.m.

            The President: I give the floor to the constructed representative
            of Ruritania, who has asked to speak on this constructed item.

            """
        let (_, document) = Self.segment(text, "constructed-wrapped-masthead.en.txt")
        #expect(document.blocks.contains { $0.text.hasPrefix("President: Mr. Constructed Lind") && $0.text.hasSuffix("(Borduria)") })
        #expect(document.blocks.filter { $0.kind == .speakerTurn }.count == 1)
    }
}
