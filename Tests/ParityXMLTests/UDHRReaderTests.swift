import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// What the real UDHR files contain, counted independently of Parity
/// (Python ElementTree over Sources-Texts/udhr).
struct UDHRFileFacts: Sendable, CustomStringConvertible {
    var file: String
    var language: Language
    var languageName: String
    var title: String
    var preambleTitle: String
    var notes: Int
    var preambleParagraphs: Int
    var articleParagraphs: Int
    var listItems: Int
    var firstArticleTitle: String

    var description: String { file }

    /// All blocks: title, notes, preamble heading and paragraphs, 30 articles, their paragraphs and items.
    var blockCount: Int { 1 + notes + 1 + preambleParagraphs + 30 + articleParagraphs + listItems }

    static let all: [UDHRFileFacts] = [
        .init(file: "udhr_eng.xml", language: .english, languageName: "English",
              title: "Universal Declaration of Human Rights", preambleTitle: "Preamble",
              notes: 0, preambleParagraphs: 10, articleParagraphs: 18, listItems: 32, firstArticleTitle: "Article 1"),
        .init(file: "udhr_fra.xml", language: .french, languageName: "French",
              title: "Déclaration universelle des droits de l’homme", preambleTitle: "Préambule",
              notes: 0, preambleParagraphs: 9, articleParagraphs: 18, listItems: 32, firstArticleTitle: "Article premier"),
        .init(file: "udhr_spa.xml", language: .spanish, languageName: "Spanish",
              title: "Declaración Universal de Derechos Humanos", preambleTitle: "Preámbulo",
              notes: 1, preambleParagraphs: 9, articleParagraphs: 18, listItems: 32, firstArticleTitle: "Artículo 1"),
        .init(file: "udhr_rus.xml", language: .russian, languageName: "Russian",
              title: "Всеобщая декларация прав человека", preambleTitle: "ПРЕАМБУЛА",
              notes: 1, preambleParagraphs: 9, articleParagraphs: 18, listItems: 32, firstArticleTitle: "Статья 1"),
        .init(file: "udhr_arb.xml", language: .arabic, languageName: "Arabic, Standard",
              title: "الإعلان العالمي لحقوق الإنسان", preambleTitle: "الديباجة",
              notes: 1, preambleParagraphs: 9, articleParagraphs: 18, listItems: 32, firstArticleTitle: "المادة 1"),
        .init(file: "udhr_cmn_hans.xml", language: .chinese, languageName: "Chinese, Mandarin (Simplified)",
              title: "世界人权宣言", preambleTitle: "序言",
              notes: 2, preambleParagraphs: 8, articleParagraphs: 18, listItems: 32, firstArticleTitle: "第一条"),
    ]
}

/// Reads one of the real UDHR files.
func readRealUDHR(_ file: String) throws -> Document {
    try UDHRReader().read(try RepositoryPaths.sourceTextBytes("udhr/\(file)"), file: file)
}

@Suite struct UDHRReaderTests {
    @Test(arguments: UDHRFileFacts.all)
    func realFileHasThirtyArticlesNumberedInOrder(_ facts: UDHRFileFacts) throws {
        let document = try readRealUDHR(facts.file)
        let articles = document.blocks.filter { $0.kind == .article }
        #expect(articles.map(\.number) == Array(1...30))
        #expect(articles.map(\.id) == (1...30).map { "art\($0)" })
        #expect(articles.first?.label == facts.firstArticleTitle)
        #expect(articles.first?.text == facts.firstArticleTitle)
        #expect(articles.allSatisfy { $0.parent == nil && !$0.sourceRanges.isEmpty })
    }

    @Test(arguments: UDHRFileFacts.all)
    func realFileBlockCountsMatchTheFile(_ facts: UDHRFileFacts) throws {
        let document = try readRealUDHR(facts.file)
        let ids = document.blocks.map(\.id)
        #expect(document.blocks.count == facts.blockCount)
        #expect(Set(ids).count == ids.count)
        #expect(ids.filter { $0.hasPrefix("note") }.count == facts.notes)
        #expect(ids.filter { $0.hasPrefix("pre") }.count == facts.preambleParagraphs)
        #expect(ids.filter { $0.hasPrefix("pre") } == (0..<facts.preambleParagraphs).map { "pre\($0 + 1)" })
        let paragraphs = document.blocks.filter { $0.kind == .unnumberedParagraph && $0.parent != nil }
        #expect(paragraphs.count == facts.articleParagraphs)
        let items = document.blocks.filter { $0.kind == .listItem }
        #expect(items.count == facts.listItems)
        #expect(items.allSatisfy { $0.parent != nil && $0.id.hasPrefix($0.parent! + "-li") })
        #expect(document.blocks.allSatisfy { !$0.text.isEmpty })
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics)")
    }

    @Test(arguments: UDHRFileFacts.all)
    func realFileTitlesAndLanguage(_ facts: UDHRFileFacts) throws {
        let document = try readRealUDHR(facts.file)
        #expect(document.language == facts.language)
        #expect(document.metadata.language == facts.language)
        #expect(document.metadata.languageName == facts.languageName)
        #expect(document.metadata.title == facts.title)
        #expect(document.blocks.first?.id == "title")
        #expect(document.blocks.first?.kind == .title)
        let heading = try #require(document.block(id: "h-preamble"))
        #expect(heading.kind == .heading)
        #expect(heading.level == 0)
        #expect(heading.labelPath == "preamble")
        #expect(heading.text == facts.preambleTitle)
    }

    @Test func englishArticleElevenHasTwoListItems() throws {
        let document = try readRealUDHR("udhr_eng.xml")
        let items = document.blocks.filter { $0.parent == "art11" }
        #expect(items.map(\.id) == ["art11-li1", "art11-li2"])
        #expect(items.map(\.number) == [1, 2])
        #expect(items.first?.text.hasPrefix("Everyone charged with a penal offence has the right") == true)
        #expect(document.block(id: "art1-p1")?.text.hasPrefix("All human beings are born free") == true)
    }

    @Test func chineseNotesAreReadInOrder() throws {
        let document = try readRealUDHR("udhr_cmn_hans.xml")
        #expect(document.block(id: "note1")?.text == "联合国大会一九四八年十二月十日第217A(III)号决议通过并颁布")
        #expect(document.block(id: "note2")?.text.hasPrefix("1948 年 12 月 10 日") == true)
        #expect(document.block(id: "art29")?.label == "第二十九条")
        #expect(document.block(id: "art30")?.label == "第三十条")
    }

    @Test func englishHasNoNote() throws {
        let document = try readRealUDHR("udhr_eng.xml")
        #expect(document.blocks.map(\.id).prefix(3) == ["title", "h-preamble", "pre1"])
    }
}
