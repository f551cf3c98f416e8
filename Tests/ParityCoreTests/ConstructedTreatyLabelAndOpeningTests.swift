import Testing
@testable import ParityCore

/// Portuguese law-style paragraph labels (`1 — O presente …`) and a German
/// treaty opening that ends with a spaced dash, on constructed treaties.
@Suite struct ConstructedTreatyLabelAndOpeningTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .map { "\($0.id) \($0.kind.rawValue) | \($0.text)" }
    }

    @Test(arguments: [
        ("1 — O presente Acordo construído aplica-se às águas.", "1"),
        ("12 – Cada Parte construída adota as medidas.", "12"),
        ("2024 — O ano construído", nil),
        ("3 — e ainda outra coisa construída", nil),
        ("3-4 Partes construídas", nil),
    ] as [(String, String?)])
    func constructedPortugueseDashLabels(_ line: String, _ value: String?) {
        let label = LabelParser.parse(Array(line.unicodeScalars), language: nil)
        if case .number(let number)? = label?.form {
            #expect(String(number) == value)
        } else {
            #expect(value == nil)
        }
    }

    @Test func constructedPortugueseArticleParagraphs() {
        let text = """
        As Partes no presente Acordo construído,

        acordam no seguinte:

        Artigo 1.º
        1 — O presente Acordo construído aplica-se às águas das Partes.
        2 — O presente Acordo construído não prejudica outros direitos.

        Artigo 2.º
        1 — Cada Parte construída adota as medidas necessárias.
        """
        #expect(outline(text).filter { $0.contains(" paragraph ") } == [
            "art1-p1 paragraph | O presente Acordo construído aplica-se às águas das Partes.",
            "art1-p2 paragraph | O presente Acordo construído não prejudica outros direitos.",
            "art2-p1 paragraph | Cada Parte construída adota as medidas necessárias.",
        ])
    }

    @Test(arguments: [
        ("Die Vertragsstaaten dieser konstruierten Charta –", true),
        ("The States Parties to the present constructed Convention,", true),
        ("Die Vertragsstaaten dieser konstruierten Charta", false),
        ("Die Vertragsstaaten dieser konstruierten Charta–", false),
    ])
    func constructedOpenings(_ line: String, _ expected: Bool) {
        #expect(PreambularOpening.isOpening(Array(line.unicodeScalars)) == expected)
    }

    @Test func constructedGermanPreambleKeepsEachParagraph() {
        let text = """
        Präambel

        Die Vertragsstaaten dieser konstruierten Charta –

        im Bewusstsein, dass konstruierte Flüsse unerlässlich sind,

        gewillt, eine konstruierte Organisation zu gründen – sind wie folgt übereingekommen:

        Artikel 1
        1. Ziel der konstruierten Organisation ist die Zusammenarbeit.
        """
        #expect(outline(text).filter { $0.contains("unnumberedParagraph") } == [
            "u1 unnumberedParagraph | Die Vertragsstaaten dieser konstruierten Charta –",
            "u2 unnumberedParagraph | im Bewusstsein, dass konstruierte Flüsse unerlässlich sind,",
            "u3 unnumberedParagraph | gewillt, eine konstruierte Organisation zu gründen – sind wie folgt übereingekommen:",
        ])
    }
}
