import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Constructed documents in German, Portuguese, Japanese and Hindi
/// (`Tests/Fixtures/constructed/languages/constructed-*.txt`, written for
/// these tests) and short constructed snippets: language, header, paragraph
/// numbers, article sequences, Devanagari digits.
@Suite struct ConstructedOtherLanguageTests {
    private func fixture(_ name: String) throws -> Document {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/constructed/languages").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return PlainTextSegmenter().segment(DecodedText(text), sourceName: name)
    }

    private func segment(_ text: String, language: Language? = nil) -> Document {
        PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "constructed")
    }

    @Test(arguments: [("constructed-de.txt", "de", "Artikel"), ("constructed-pt.txt", "pt", "Artigo"),
                      ("constructed-ja.txt", "ja", "第"), ("constructed-hi.txt", "hi", "अनुच्छेद")])
    func constructedDocumentIsSegmentedWithItsNumbersAndArticles(_ file: String, _ tag: String, _ articleWord: String) throws {
        let document = try fixture(file)
        #expect(document.language?.tag == tag)
        #expect(document.numberedParagraphs.compactMap(\.number) == [1, 2, 3])
        #expect(document.numberedParagraphs.map(\.id) == ["p1", "p2", "p3"])
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.compactMap(\.labelPath) == ["I", "II"])
        let articles = document.blocks.filter { $0.kind == .article }
        #expect(articles.map(\.id) == ["art1", "art2", "art3"])
        #expect(articles.compactMap(\.number) == [1, 2, 3])
        #expect(articles.allSatisfy { $0.text.hasPrefix(articleWord) })
        // The article's text is one unnumbered paragraph under it (its id is the segmenter's business).
        #expect(document.blocks.filter { $0.parent == "art2" }.map(\.kind) == [.unnumberedParagraph])
    }

    @Test func constructedGermanHeaderWithADayPeriodDate() throws {
        let document = try fixture("constructed-de.txt")
        #expect(document.metadata.organ == "Generalversammlung")
        #expect(document.metadata.date == "27. Juli 2006")
        #expect(document.metadata.languageName == "Deutsch")
        #expect(document.metadata.originalLanguage == .english)
        #expect(document.metadata.session == "Einundsechzigste Tagung")
        #expect(document.metadata.title == "Konstruierter Bericht über die Zusammenarbeit")
        #expect(document.block(id: "p27") == nil)
    }

    @Test func constructedPortugueseHeader() throws {
        let document = try fixture("constructed-pt.txt")
        #expect(document.metadata.organ == "Assembleia Geral")
        #expect(document.metadata.date == "27 de julho de 2006")
        #expect(document.metadata.originalLanguage == .english)
        #expect(document.metadata.session == "Sexagésima primeira sessão")
        #expect(document.block(id: "art1")?.text == "Artigo 1.º")
    }

    @Test func constructedJapaneseHeaderAndFullWidthNumbers() throws {
        let document = try fixture("constructed-ja.txt")
        #expect(document.metadata.organ == "総会")
        #expect(document.metadata.session == "第61会期")
        #expect(document.block(id: "meta-organization")?.text == "国際連合")
        #expect(document.block(id: "p1")?.label == "１．")
    }

    @Test func constructedHindiDevanagariParagraphNumbers() throws {
        let document = try fixture("constructed-hi.txt")
        #expect(document.metadata.organ == "महासभा")
        #expect(document.metadata.languageName == "हिन्दी")
        #expect(document.metadata.originalLanguage == .english)
        #expect(document.metadata.session == "इकसठवां सत्र")
        #expect(document.numberedParagraphs.map(\.label) == ["१.", "२.", "३."])
        #expect(document.block(id: "p3")?.text == "समिति के सदस्य निम्नलिखित अनुच्छेदों पर सहमत हुए।")
    }

    @Test func constructedHindiSnippetWithDevanagariArticleNumbers() {
        let document = segment("""
        अनुच्छेद १

        पहला निर्मित पाठ।

        अनुच्छेद २

        दूसरा निर्मित पाठ।

        अनुच्छेद ३

        तीसरा निर्मित पाठ।
        """)
        #expect(document.language?.tag == "hi")
        #expect(document.blocks.filter { $0.kind == .article }.compactMap(\.number) == [1, 2, 3])
    }

    @Test func constructedPortugueseOrdinalArticleForms() {
        #expect(ArticleLine.number(Array("Artigo 1.º".unicodeScalars)) == 1)
        #expect(ArticleLine.number(Array("Artigo 2º".unicodeScalars)) == 2)
        #expect(ArticleLine.number(Array("Artigo primeiro".unicodeScalars)) == 1)
        #expect(ArticleLine.number(Array("Artikel 12".unicodeScalars)) == 12)
        #expect(ArticleLine.number(Array("第12条".unicodeScalars)) == 12)
        #expect(ArticleLine.number(Array("अनुच्छेद १२".unicodeScalars)) == 12)
        #expect(ArticleLine.number(Array("Artigo º".unicodeScalars)) == nil)
        #expect(ArticleTitleNumber.number(in: "Artigo 3.º") == 3)
    }

    @Test(arguments: [
        ("Der Ausschuss und die Mitglieder der Gruppe haben sich mit dem Bericht von der Kommission auf eine Lösung geeinigt.", "de"),
        ("O Comité não examinou a proposta e é pela cooperação que os membros da comissão chegaram a uma solução nas reuniões.", "pt"),
        ("委員会は、この報告書を検討した。締約国は協力する。", "ja"),
        ("समिति ने इस रिपोर्ट की जांच की और सदस्यों के साथ चर्चा की।", "hi"),
        ("위원회는 이 보고서를 검토하였다.", "ko"),
        ("Η επιτροπή εξέτασε την έκθεση.", "el"),
        ("הוועדה בחנה את הדוח.", "he"),
        ("คณะกรรมการได้พิจารณารายงานนี้", "th"),
    ])
    func constructedTextsOfOtherLanguagesAreDetected(_ text: String, _ tag: String) {
        #expect(LanguageDetector.detect(Array(text.utf8))?.tag == tag)
    }

    /// A Chinese text with a katakana middle dot stays Chinese; Latin text
    /// without frequent words stays undetected.
    @Test func constructedDetectionStaysConservative() {
        #expect(LanguageDetector.detect(Array("乔治・布什在理事会和工作组的构造文本中。".utf8)) == .chinese)
        #expect(LanguageDetector.detect(Array("Xyzzy plugh frobnicate quux.".utf8)) == nil)
        // A few German words among many English ones do not make it German.
        #expect(LanguageDetector.detect(Array("The Council and the members of the group met in the hall; der Ausschuss.".utf8)) == .english)
    }

    @Test func constructedForcedLanguageWithoutATable() {
        let catalan = Language(code: "ca")!
        let document = segment("""
        I. Introducció

        1. Text construït del primer paràgraf.

        2. Text construït del segon paràgraf.
        """, language: catalan)
        #expect(document.language == catalan)
        #expect(document.numberedParagraphs.compactMap(\.number) == [1, 2])
        #expect(document.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I"])
    }

    @Test func constructedNumbersInGermanHindiAndJapanese() {
        let german = NumberExtractor(language: Language(code: "de")).extract("Am 27. Juli 2006 wurden 1.250,5 Euro und 20 Prozent bereitgestellt.")
        #expect(german.map(\.key) == ["date:2006-07-27", "amount:1250.5", "percentage:20"])
        let hindi = NumberExtractor(language: Language(code: "hi")).extract("समिति ने २७ जुलाई २००६ को ४५ प्रतिशत राशि दी।")
        #expect(hindi.map(\.key) == ["date:2006-07-27", "percentage:45"])
        let japanese = NumberExtractor(language: Language(code: "ja")).extract("委員会は2006年7月27日に1,250.5ユーロを割り当てた。")
        #expect(japanese.map(\.key) == ["date:2006-07-27", "number:1250.5"])
        let portuguese = NumberExtractor(language: Language(code: "pt-BR")).extract("Em 12 de março de 2006, 1.250,5 euros, 30 por cento.")
        #expect(portuguese.map(\.key) == ["date:2006-03-12", "amount:1250.5", "percentage:30"])
    }
}
