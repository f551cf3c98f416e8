import Testing
@testable import ParityCore

/// Scripts written without capitals although Unicode calls their letters
/// lower case (`CaselessScripts`): decided from the document, so that a
/// Georgian paragraph, caption or opening is read as an Arabic or Hindi one
/// is, while a Latin or Cyrillic text keeps its case.
@Suite struct ConstructedCaselessScriptTests {
    static let georgian = """
    გენერალური ასამბლეა,

    იხსენებს რა თავის წინა რეზოლუციებს სოფლის მეურნეობისა და წყლის შესახებ,

    აღნიშნავს რა, რომ მცირე ფერმერები ამუშავებენ ფართობის დიდ ნაწილს და რომ მათ სჭირდებათ მხარდაჭერა,

    1. მოუწოდებს წევრ სახელმწიფოებს, დაიცვან მცირე ფერმერების უფლებები და გააფართოვონ მათი ხელმისაწვდომობა წყალზე;

    2. სთხოვს გენერალურ მდივანს, წარუდგინოს მოხსენება მომდევნო სესიაზე წინამდებარე რეზოლუციის შესრულების შესახებ.
    """

    @Test func georgianIsWrittenWithoutCapitals() {
        let scripts = CaselessScripts.measured(Array(Self.georgian.utf8))
        #expect(scripts.contains("ა"))
        #expect(!scripts.contains("a"))
        CaselessScripts.$current.withValue(scripts) {
            #expect(ScalarClass.isCaselessLetter("გ"))
            #expect(!ScalarClass.isLowercase("გ"))
            #expect(ScalarClass.isLowercase("g"))
        }
        // Outside a Georgian document its letters keep Unicode's case.
        #expect(ScalarClass.isLowercase("გ"))
        #expect(!ScalarClass.isCaselessLetter("გ"))
    }

    @Test func scriptsWithCapitalsKeepThem() {
        let english = String(repeating: "The Assembly noted that the constructed report was submitted on time. ", count: 12)
        let russian = String(repeating: "Ассамблея отметила, что сконструированный доклад представлен вовремя. ", count: 12)
        let lowerCaseRussian = String(repeating: "отмечает, что сконструированный доклад представлен вовремя, и просит Генерального секретаря. ", count: 12)
        #expect(CaselessScripts.measured(Array(english.utf8)).isEmpty)
        #expect(CaselessScripts.measured(Array(russian.utf8)).isEmpty)
        #expect(CaselessScripts.measured(Array(lowerCaseRussian.utf8)).isEmpty)
        // Too few words decide nothing.
        #expect(CaselessScripts.measured(Array("მუხლი 1. ტერმინები".utf8)).isEmpty)
    }

    @Test func georgianPreambleAndParagraphs() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.georgian), sourceName: "constructed-ka").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
        // The preambular paragraphs are paragraphs of their own, not continuations of the opening.
        #expect(blocks.filter { $0.kind == .unnumberedParagraph }.count == 3)
    }
}
