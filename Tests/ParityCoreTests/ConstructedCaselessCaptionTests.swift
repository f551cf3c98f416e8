import ParityTestSupport
import Testing
@testable import ParityCore

/// Structure read from numbering in scripts written without capitals and in
/// syllabaries: goal captions whose title ends with the script's full stop
/// (`ዕላማ 1. …።`, `ᑐᕌᒐᖅ 1. …᙮`), target and item letters of a syllabary
/// encoded in rows (Ethiopic `1.ሀ`, `1.ለ`, eight code points apart), sections
/// under no other division (level 1, `I`), and caption words no table knows
/// over articles the tables know (`Бүлек 1` / `Статья 1`). Short constructed texts.
@Suite struct ConstructedCaselessCaptionTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func wordFirst(_ text: String) -> String? {
        NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.titleEndsSentence)" }
    }

    @Test func aTitleEndingWithAFullStopAfterACaselessCaptionWord() {
        // A title that ends with the script's full stop starts with a caseless letter, as a capital would in Latin.
        #expect(wordFirst("ዕላማ 2. ዘርኢ ኣብ መንጎ ሓረስቶት ምክፋል።") == "ዕላማ 2 true")
        #expect(wordFirst("ᑐᕌᒐᖅ 1. ᐋᖅᑭᒃᓯᒃᑭᑦ ᓄᓇᖏᑦ᙮") == "ᑐᕌᒐᖅ 1 true")
        #expect(wordFirst("ඉලක්කය 3. ගොවීන් අතර බීජ බෙදා ගැනීම.") == "ඉලක්කය 3 true")
        #expect(wordFirst("Tujuan 1. Mengakhiri kemiskinan.") == "tujuan 1 true")
        // A sentence in lower case after the number is still running text, and so is one with no separator.
        #expect(wordFirst("Pasal 5. mengatur hal itu.") == nil)
        #expect(wordFirst("ዕላማ 5 ዘርኢ ኣብ መንጎ ሓረስቶት ምክፋል።") == nil)
    }

    @Test func constructedSinhalaGoalsWithFullStopsAfterTheBodysParagraphs() {
        // Sinhala (no capitals), no blank lines: the goal titles end with a full stop; the annex word alone on its line.
        let text = """
        කලාපීය ඉලක්ක
        1. සමුළුව මෙම තීරණයේ ඇමුණුමේ දක්වා ඇති ඉලක්ක පිළිගනී.
        2. සමුළුව 2031 දී වාර්තා කරන ලෙස ලේකම් කාර්යාලයෙන් ඉල්ලා සිටී.
        ඇමුණුම
        කලාපීය ඉලක්ක සහ අරමුණු
        ඉලක්කය 1. දේශීය බෝග බීජ ආරක්ෂා කිරීම.
        1.1 2030 වන විට බීජ බැංකු 45 ක් විවෘත කිරීම.
        1.2 2032 වන විට ප්‍රභේද 1,200 ක බීජ ගබඩා කිරීම.
        ඉලක්කය 2. ගොවීන් අතර බීජ බෙදා ගැනීම.
        2.1 2029 වන විට සෑම දිස්ත්‍රික්කයකම බීජ පොළක් පැවැත්වීම.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
                == ["p1", "p2", "annex-g1-t1.1", "annex-g1-t1.2", "annex-g2-t2.1"])
    }

    @Test func aSyllabaryLettersItsListsByRows() {
        // Ethiopic: a consonant with its seven vowels in a row of eight code points; a list takes the rows' first letters.
        #expect(ScriptLetterItems.follows("ለ", "ሀ", maximumStep: 2))
        #expect(ScriptLetterItems.follows("ሐ", "ለ", maximumStep: 2))
        #expect(ScriptLetterItems.place("ሁ") == ScriptLetterItems.place("ሀ"))
        #expect(!ScriptLetterItems.follows("ሁ", "ሀ", maximumStep: 2))
        // An alphabet keeps its code points: Thai ก ข.
        #expect(ScriptLetterItems.follows("ข", "ก", maximumStep: 2))
        #expect(ScriptLetterItems.resolve("ለ", after: ("ሀ", 1)).key == Numerals.itemLetterKey(2))
    }

    @Test func constructedEthiopicTargetsLetteredByRows() {
        let text = """
        ዕላማ 1. ዘርኢ ምዕቃብ
        1.1 ክሳብ 2030 45 ባንክታት ምኽፋት።
        1.ሀ ሓረስቶት ምድጋፍ።
        1.ለ 300 ሓለውቲ ምስልጣን።
        1.ሐ መዛግብቲ ምሕታም።
        ዕላማ 2. ዘርኢ ምክፋል
        2.1 ክሳብ 2029 ባዛር ምግባር።
        2.ሀ ገንዘብ ምእካብ።
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
                == ["g1-t1.1", "g1-t1.a", "g1-t1.b", "g1-t1.c", "g2-t2.1", "g2-t2.a"])
    }

    @Test func sectionsUnderNoOtherDivisionAreLevelOne() {
        let text = """
        Have agreed as follows:

        Section 1
        General provisions

        Article 1
        Definitions

        Constructed text of the first article.

        Section 2
        Obligations

        Article 2
        Inspection

        1. Constructed first paragraph.

        2. Constructed second paragraph.
        """
        let document = segment(text)
        let sections = document.blocks.filter { $0.kind == .heading && $0.id.hasPrefix("sec") }
        #expect(sections.map(\.labelPath) == ["I", "II"])
        #expect(sections.map(\.level) == [1, 1])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2"])
    }

    @Test func captionsNoTableKnowsOverArticlesTheTablesKnowAreNoArticles() {
        // Mongolian section word `Хэсэг` (no table knows it) over `Статья` (the tables know it), paragraphs
        // restarting in each article: the paragraphs are the articles', so `Хэсэг` divides, it numbers no article.
        let text = """
        дараах зүйлийг хэлэлцэн тохиролцов:

        Хэсэг 1
        Ерөнхий заалт

        Статья 1
        Зорилго

        1.\tЭхний догол мөр.

        2.\tХоёр дахь догол мөр.

        Хэсэг 2
        Үүрэг

        Статья 2
        Хяналт

        1.\tЭхний догол мөр.

        2.\tХоёр дахь догол мөр.

        Статья 3
        Тайлан

        1.\tЭхний догол мөр.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
                == ["art1-p1", "art1-p2", "art2-p1", "art2-p2", "art3-p1"])
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.map(\.labelPath) == ["I", "II"])
    }

    @Test func aMarkerGluedToTheCommaAfterADocumentSymbol() {
        func glued(_ text: String, _ start: Int) -> Bool { CitedFootnoteMarker.gluedAsCitation(Array(text.unicodeScalars), start) }
        // `82/231,1 in which`: a symbol's number has no decimal part.
        #expect(glued("resolution 82/231,1 in which", 18))
        #expect(glued("resolution A/RES/82/231;2 and", 24))
        // A decimal comma in a figure stays a figure.
        #expect(!glued("3,1 millions", 2))
        #expect(!glued("de 12,5 pour cent", 6))
    }

    @Test func constructedHebrewLetterWithAnAnnexWordAloneAfterItsSignature() {
        // The body does not name its annex; after the signature a line of one word, then the count from 1.
        let text = """
        מכתב מיום 12 ביוני 2028 מאת הנציג הקבוע של רוריטניה אל המזכיר הכללי
        בשם ממשלת רוריטניה יש לי הכבוד להעביר אליך הצהרה על עבודתם של חוצבי האבן בארץ יחד עם הטקסט שאחריה.
        אודה לך אם מכתב זה והטקסט יופצו כמסמך של העצרת הכללית.
        (חתום) אומרו ג'רה
        הנציג הקבוע
        נספח
        1.	הממשלה ציינה כי עבודתם של חוצבי האבן גדלה מאוד.
        2.	בארץ עובדים 3600 חוצבי אבן.
        3.	הישיבה הבאה תתקיים ב-12 ביוני 2029.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["annex-p1", "annex-p2", "annex-p3"])
        // Without the signature the line is no caption: a report's unnumbered heading stands right after its text.
        let unsigned = text.replacingOccurrences(of: "(חתום) אומרו ג'רה\nהנציג הקבוע\n", with: "")
        #expect(segment(unsigned).blocks.filter { $0.kind == .annex }.isEmpty)
        // A report's summary, then two unnumbered headings: the first is no signature (no dated title above).
        let report = "סקירת חוצבי האבן\nהדוח מתאר את עבודתם של חוצבי האבן בארץ בשנים האחרונות ואת הכלים שהממשלה נתנה להם.\n"
            + "מבוא\nרקע\n1.\tהממשלה ציינה כי עבודתם של חוצבי האבן גדלה מאוד.\n2.\tבארץ עובדים 3600 חוצבי אבן.\n"
        #expect(segment(report).blocks.filter { $0.kind == .annex }.isEmpty)
    }
}
