import Testing
import ParityTestSupport
@testable import ParityCore

/// Parts whose ordinal word comes before the division word, as Portuguese and
/// Spanish treaties caption them (`PRIMEIRA PARTE`, `SEGUNDA PARTE`), are
/// division headings numbered by their series, like `PART ONE`, `PART TWO`.
/// The texts here are constructed.
@Suite struct OrdinalFirstDivisionTests {
    @Test(arguments: [("PRIMEIRA PARTE", true), ("SEGUNDA PARTE: CAPTURAS E FINANCIAMENTO", true), ("Primera Parte", true),
                      ("PREMIÈRE PARTIE", true), ("TERCERA PARTE – DISPOSICIONES FINALES", true), ("Primera parte", true),
                      // Running text: a lower-case division word, or words after it that are no title.
                      ("Primeira parte do relatório", false), ("Segunda Parte do acordo", false), ("Esta Parte contratante", false), ("Segunda parte: título", false),
                      ("a segunda parte", false)])
    func constructedLines(_ line: String, _ isDivision: Bool) {
        let match = DivisionLine.match(Array(line.unicodeScalars))
        #expect((match?.kind == .part) == isDivision)
        // The prefilter never stops a line that matches.
        let bytes = Array(line.utf8)
        if isDivision { #expect(DivisionLine.mayMatch(bytes, 0, bytes.count)) }
    }

    /// dev/treaty-salmonladders pt: two parts captioned by ordinal words, each with its title on the next line, and
    /// five articles numbered on through the parts.
    @Test func portugueseAgreementParts() throws {
        let document = try ConstructedSegmentation.devDocument("treaty-salmonladders", "pt")
        let parts = document.blocks.filter { $0.kind == .heading && $0.labelPath != nil && !$0.labelPath!.hasPrefix("*") }
        #expect(parts.map(\.labelPath) == ["I", "II"])
        #expect(parts.map { String($0.text.prefix(9)) } == ["DISPOSIÇÕ", "CAPTURAS "])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.label) == ["Artigo 1", "Artigo 2", "Artigo 3", "Artigo 4", "Artigo 5"])
    }

    /// A constructed Spanish agreement: parts `PRIMERA PARTE` … `TERCERA PARTE` around articles; a sentence naming
    /// "la segunda parte" stays a paragraph.
    @Test func spanishAgreementParts() {
        let text = """
        ACUERDO ENTRE RURITANIA Y SYLDAVIA (TEXTO CONSTRUIDO)

        PRIMERA PARTE

        DISPOSICIONES GENERALES

        Artículo 1

        El presente Acuerdo se aplica al río Kelva.

        SEGUNDA PARTE

        COMISIÓN

        Artículo 2

        La Comisión examinará la segunda parte del informe.

        TERCERA PARTE

        DISPOSICIONES FINALES

        Artículo 3

        El presente Acuerdo entrará en vigor el 1 de enero de 2030.
        """
        let document = ConstructedSegmentation.segment(text, "constructed-parts.es").document
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.labelPath) == ["I", "II", "III"])
        #expect(headings.map(\.text) == ["DISPOSICIONES GENERALES", "COMISIÓN", "DISPOSICIONES FINALES"])
        #expect(document.blocks.filter { $0.kind == .article }.count == 3)
    }
}
