import Foundation
import Testing
@testable import ParityCore

/// Treaty structure read by shape where the tables know no word: paragraphs
/// numbered `§ 1.` that make articles of captions no table knows, chapters
/// over articles known by their nesting, an article's paragraphs numbered
/// `I. –` (French statutes), a preamble opening that names the Parties with
/// their short name in parentheses, and an unnumbered annex after the last
/// article. Short constructed texts; documents `dev/treaty-terraces` (ast, en)
/// and `dev/treaty-cairns` (fr, en).
@Suite struct ConstructedTreatyStructureInferenceTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func ids(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.id)
    }

    @Test(arguments: [
        ("§ 1. Cada Parte construyida fadrá un inventariu.", 1),
        ("§2. Cada Parte construyida fadrá un inventariu.", 2),
        ("§ 12. Cada Parte construyida fadrá un inventariu.", 12),
        // A section heading without a point, a citation, a decimal: no paragraph labels.
        ("§ 3 Geltungsbereich der konstruierten Ordnung", nil),
        ("§ 3 Abs. 2 der konstruierten Ordnung gilt.", nil),
        ("§ 3.5 der konstruierten Ordnung", nil),
        ("§ 1234. Zu lang", nil),
    ] as [(String, Int?)])
    func sectionSignParagraphLabels(_ line: String, _ value: Int?) {
        let scalars = Array(line.unicodeScalars)
        let label = LabelParser.parse(scalars, language: nil)
        if case .number(let number)? = label?.form {
            #expect(number == value)
        } else {
            #expect(value == nil)
        }
        #expect(NumberedCaption.leadingNumber(scalars) == value)
    }

    @Test func sectionSignParagraphsRestartingUnderCaptionsMakeThemArticles() {
        let text = "Artículu 1\nOxetu\n\n§ 1. Primer.\n\n§ 2. Segundu.\n\nArtículu 2\nComisión\n\n§ 1. Primer.\n\n§ 2. Segundu.\n\n§ 3. Terceru.\n"
        let document = segment(text)
        #expect(ids(document, .article) == ["art1", "art2"])
        #expect(ids(document, .paragraph) == ["art1-p1", "art1-p2", "art2-p1", "art2-p2", "art2-p3"])
        // The label is the paragraph's, not its text.
        #expect(document.blocks.first { $0.id == "art1-p1" }?.text == "Primer.")
    }

    @Test func captionsNestedInChapterCaptionsAreArticlesWithoutNumberedParagraphs() {
        let text = "CAPÍTULU I\nDISPOSICIONES XENERALES\n\nArtículu 1\nOxetu\n\nL'oxetu ye construyíu.\n\nArtículu 2\nDefiniciones\n\nEl testu ye construyíu.\n\n"
            + "CAPÍTULU II\nDISPOSICIONES FINALES\n\nArtículu 3\nEntrada en vigor\n\nEsti testu construyíu entra en vigor.\n"
        let document = segment(text)
        #expect(ids(document, .article) == ["art1", "art2", "art3"])
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.compactMap(\.labelPath) == ["I", "II"])
        // Without the nesting (one chapter caption, no numbered paragraph), captions of an unknown word stay text.
        let flat = segment("Artículu 1\nOxetu\n\nL'oxetu ye construyíu.\n\nArtículu 2\nDefiniciones\n\nEl testu ye construyíu.\n")
        #expect(ids(flat, .article).isEmpty)
        // Tables and figures interleaved in a report, numbered in digits, are no chapters and articles.
        let figures = segment("Taula 1\nDatos\n\nEl testu ye construyíu.\n\nFigura 1\nMapa\n\nFigura 2\nMapa\n\nTaula 2\nDatos\n\nFigura 3\nMapa\n\nEl testu ye construyíu.\n")
        #expect(ids(figures, .article).isEmpty)
        let numberedHeadings = figures.blocks.filter { $0.kind == .heading && !($0.labelPath ?? "*").contains("*") }
        #expect(numberedHeadings.isEmpty)
    }

    @Test func sequencesHoldingEachOtherNeedEveryOuterCaptionToHoldOne() {
        let context = NumberedCaptionSequence.Context(
            unitCount: 20, number: { _ in nil }, opensDecimal: { _, _ in false }, restStartsInLowerCase: { _ in false },
            knownArticles: [], knownAnnexes: [])
        func captions(_ indices: [Int]) -> [(index: Int, match: NumberedCaption.Match)] {
            indices.enumerated().map { ($1, NumberedCaption.Match(key: "k", number: $0 + 1, style: .digits, labelLength: 3, hasRest: false)) }
        }
        #expect(NumberedCaptionSequence.holdsEach(captions([0, 6]), captions([2, 4, 8]), context))
        // The second outer caption holds none, or the inner count does not go on across the outer captions.
        #expect(!NumberedCaptionSequence.holdsEach(captions([0, 6, 12]), captions([2, 4, 8]), context))
        #expect(!NumberedCaptionSequence.holdsEach(captions([0, 6]), captions([2, 8]), context))
        #expect(!NumberedCaptionSequence.holdsEach(captions([3, 6]), captions([2, 4, 8]), context))
    }

    @Test func romanNumeralsUnderAnArticleNumberItsParagraphs() {
        let text = "Article 2 – Inventaire\n\nI. – Chaque Partie construite dresse l'inventaire.\n\nII. – L'inventaire construit est public.\n\n"
            + "Article 3 – Commission\n\nI. – Les Parties construites créent une commission.\n"
        let document = segment(text)
        #expect(ids(document, .paragraph) == ["art2-p1", "art2-p2", "art3-p1"])
        #expect(document.blocks.filter { $0.kind == .heading }.isEmpty)
        // Outside an article, or out of the article's count, a Roman numeral is a heading's as before.
        let report = segment("I. Introduction construite\n\n1. Le texte construit.\n\nII. Suite construite\n\n2. Le texte construit.\n")
        #expect(report.blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II"])
        let skipped = segment("Article 2 – Inventaire\n\nII. – L'inventaire construit est public.\n")
        #expect(ids(skipped, .paragraph).isEmpty)
        // The label set alone on its line, its dash opening the next: the dash is the label's, no bullet.
        let apart = segment(text.replacingOccurrences(of: ". – ", with: ".\n– "))
        #expect(ids(apart, .paragraph) == ["art2-p1", "art2-p2", "art3-p1"])
        #expect(apart.blocks.filter { $0.kind == .listItem }.isEmpty)
    }

    @Test func aParentheticalIsNoPartOfAnOpeningsLength() {
        #expect(BlockClassifier.withoutParentheses(Array("Ruritania y Syldavia (d'equí p'alantre, «les Partes»),".unicodeScalars))
            == Array("Ruritania y Syldavia ,".unicodeScalars))
        #expect(BlockClassifier.withoutParentheses(Array("Ruritania (abierta,".unicodeScalars)) == Array("Ruritania (abierta,".unicodeScalars))
        // The first preambular paragraph is shorter than the opening with its parenthetical.
        let text = "Conveniu construyíu ente Ruritania y Syldavia\n\nRuritania y Syldavia (d'equí p'alantre, «les Partes construyíes»),\n\n"
            + "Reconociendo'l valor de les terraces,\n\nAcordaron lo que sigue:\n\nArtículu 1\n\nTestu construyíu.\n"
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .title }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.prefix(2).map(\.text)
            == ["Ruritania y Syldavia (d'equí p'alantre, «les Partes construyíes»),", "Reconociendo'l valor de les terraces,"])
    }

    @Test func aWordAloneAfterTheLastArticlesTextCaptionsAnAnnex() {
        let text = "Article 1 – Objet\n\n1. Le premier construit.\n\n2. Le second construit.\n\nArticle 2 – Entrée en vigueur\n\n"
            + "Le présent Accord construit entre en vigueur demain.\n\nFait à Strelsau, en deux exemplaires.\n\n"
            + "Atodiad\nListe construite\n\n1. Le premier lieu.\n2. Le second lieu.\n"
        let document = segment(text)
        #expect(ids(document, .annex) == ["annex"])
        #expect(ids(document, .paragraph) == ["art1-p1", "art1-p2", "annex-p1", "annex-p2"])
        // Right under the last article's caption, before any text of its own, a word is no annex caption.
        let early = segment("Article 1 – Objet\n\n1. Le premier construit.\n\n2. Le second construit.\n\nArticle 2 – Liste\n\nLieux\n\n1. Le premier lieu.\n\n2. Le second lieu.\n")
        #expect(ids(early, .annex).isEmpty)
        #expect(ids(early, .paragraph) == ["art1-p1", "art1-p2", "art2-p1", "art2-p2"])
    }
}
