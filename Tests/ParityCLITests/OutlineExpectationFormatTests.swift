import ParityCore
import ParityTestSupport
import Testing

/// The `.expect` reader and comparison (docs/expectations.md) on small
/// constructed statements and a constructed document.
@Suite struct OutlineExpectationFormatTests {
    @Test func statementsKeysScopesAndRangesAreRead() throws {
        let statements = try OutlineExpectation.parse("""
            # constructed example
            document: x.txt
            paragraphs: 1-3, 5   # a gap the document has
            paragraphs @annex  I art 2: 1.1, 1.a, a-c
            footnotes: none
            """, name: "constructed.expect")
        #expect(statements.map(\.key) == ["document", "paragraphs", "paragraphs", "footnotes"])
        #expect(statements[1].list == ["1", "2", "3", "5"])
        #expect(statements[2].scope == "annex I art 2")
        #expect(statements[2].name == "paragraphs @annex I art 2")
        #expect(statements[2].list == ["1.1", "1.a", "a", "b", "c"])
        #expect(statements[3].list == [])
        #expect(statements[2].line == 4)
    }

    @Test func aLineWithoutColonIsAnErrorNamingTheLine() {
        #expect(throws: ExpectationFormatError.self) {
            _ = try OutlineExpectation.parse("document: a.txt\nparagraphs 1-3\n", name: "constructed.expect")
        }
    }

    @Test func constructedDocumentFactsAreComparedPerScope() throws {
        let document = Document(sourceName: "constructed", language: .spanish, metadata: DocumentMetadata(symbol: "A/RES/1/1"), blocks: [
            Block(id: "u1", kind: .unnumberedParagraph, text: "La Asamblea General,"),
            Block(id: "u2", kind: .unnumberedParagraph, text: "Recordando su resolución 1/1,"),
            Block(id: "p1", kind: .paragraph, number: 1, text: "Decide."),
            Block(id: "fn1", kind: .footnote, label: "¹", text: "Nota."),
            Block(id: "annex-I", kind: .annex, label: "Anexo I", text: "Anexo I"),
            Block(id: "art1", kind: .article, number: 1, text: "Artículo 1"),
            Block(id: "art1-p1", kind: .paragraph, number: 1, text: "Uno.", parent: "art1"),
            Block(id: "art1-p2", kind: .paragraph, number: 2, text: "Dos.", parent: "art1"),
        ])
        let facts = OutlineFacts(document)
        let expectation = try OutlineExpectation.parse("""
            document: x
            language: es-ES
            symbol: A/RES/1/1
            preamble: 1
            paragraphs: 1
            paragraphs @annex I art 1: 1-2
            articles @annex I: 1
            footnotes: 1
            annexes: I
            headings: I
            """, name: "constructed.expect")
        let results = OutlineExpectationCheck.compare(OutlineExpectation(statements: expectation), with: facts)
        #expect(results.filter(\.holds).map(\.statement.key)
            == ["language", "symbol", "preamble", "paragraphs", "paragraphs", "articles", "footnotes", "annexes"])
        #expect(results.filter { !$0.holds }.map(\.detail) == ["found 0 of 1; first difference at item 1: expected I, found end []"])
    }

    /// A language named by its ISO 639-3 code is the one its two-letter code names (`snd` is `sd`, Sindhi); a
    /// different language is no match.
    @Test func aThreeLetterCodeMatchesItsTwoLetterEquivalent() throws {
        let facts = OutlineFacts(Document(sourceName: "constructed", language: Language(code: "snd"), blocks: []))
        let expectation = try OutlineExpectation.parse("""
            language: snd
            language: sd
            language: ur
            """, name: "constructed.expect")
        let results = OutlineExpectationCheck.compare(OutlineExpectation(statements: expectation), with: facts)
        #expect(facts.language == "sd")
        #expect(results.map(\.holds) == [true, true, false])
    }

    /// A preamble without an opening line (an annex of goals whose clauses start under its title): the clauses right
    /// before the first numbered unit are counted; units that end a sentence are no clauses.
    @Test func aPreambleWithoutAnOpeningCountsTheClausesBeforeTheFirstNumberedUnit() {
        let clauses = Document(sourceName: "constructed", language: .english, metadata: DocumentMetadata(), blocks: [
            Block(id: "t1", kind: .title, text: "Regional goals and targets for hillside terraces"),
            Block(id: "u1", kind: .unnumberedParagraph, text: "Recalling the regional strategy on soil and water adopted by its members in 2024,"),
            Block(id: "u2", kind: .unnumberedParagraph, text: "Noting with concern that about 3,600 hectares of terraces have been abandoned since 2015,"),
            Block(id: "u3", kind: .unnumberedParagraph, text: "Determined to restore the terraces of the region by 2035,"),
            Block(id: "g1", kind: .heading, text: "Restore hillside terraces"),
            Block(id: "g1-t1.1", kind: .paragraph, text: "By 2030, rebuild the walls of 1,500 hectares.", parent: "g1"),
        ])
        #expect(OutlineFacts(clauses).preamble == 3)
        let sentences = Document(sourceName: "constructed", language: .english, metadata: DocumentMetadata(), blocks: [
            Block(id: "u1", kind: .unnumberedParagraph, text: "The Permanent Mission presents its compliments to the Secretary-General."),
            Block(id: "annex", kind: .annex, text: "Annex"),
            Block(id: "annex-p1", kind: .paragraph, number: 1, text: "One."),
        ])
        #expect(OutlineFacts(sentences).preamble == nil)
    }
}
