import ParityTestSupport
import Testing
@testable import ParityCore

/// An annotated agenda hard-wrapped with hanging indents, whose item titles end with a full stop: the annotation set
/// under the title's text is a paragraph of its own, as a version that sets titles apart by blank lines reads it,
/// while a sentence the wrap broke goes on under the same indent. Constructed text (Portuguese wording made for the test).
@Suite struct ConstructedHangingAnnotationTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func constructedTitleEndingASentenceOverAHangingAnnotationStandsAlone() {
        let text = """
        Comissão de Ofícios de Tanoaria
        Sexta sessão
        Ordem do dia provisória anotada
        1.  Abertura da sessão.
            A sessão será aberta pela Presidente na segunda-feira, 4 de maio
            de 2061, às 10 horas, na sala de conferências principal do
            edifício da Comissão.
        2.  Eleição da Mesa.
            A Comissão elegerá dois Vice-Presidentes.
            Segundo a prática estabelecida, a Mesa será composta por três
            membros de regiões diferentes, eleitos para a duração da sessão.
        3.  Programa de trabalho para 2062.
            O programa de trabalho será examinado na quarta-feira, 6 de maio
            de 2061, com base numa nota do secretariado que descreve os
            trabalhos de tanoaria previstos.

        """
        let blocks = segment(text).blocks.filter { $0.kind == .paragraph || $0.kind == .unnumberedParagraph }
        #expect(blocks.map(\.text) == [
            "Abertura da sessão.",
            "A sessão será aberta pela Presidente na segunda-feira, 4 de maio de 2061, às 10 horas, na sala de conferências principal do edifício da Comissão.",
            "Eleição da Mesa.",
            "A Comissão elegerá dois Vice-Presidentes.",
            "Segundo a prática estabelecida, a Mesa será composta por três membros de regiões diferentes, eleitos para a duração da sessão.",
            "Programa de trabalho para 2062.",
            "O programa de trabalho será examinado na quarta-feira, 6 de maio de 2061, com base numa nota do secretariado que descreve os trabalhos de tanoaria previstos.",
        ])
        #expect(blocks.map(\.number) == [1, nil, 2, nil, nil, 3, nil])
    }
}
