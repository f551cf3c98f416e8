import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// The full width of a text read as extracted is measured on its longer lines: a treaty set without blank lines has
/// more short lines (article captions, short last lines) than full ones of any one length, and the most frequent
/// length of all its lines made a 40-scalar line look full, so the closing formula under the last article's short last
/// line ran into it ("… durante cinco años." / "Hecho en Strelsau …"). Constructed text (a made-up agreement in Spanish).
@Suite struct ConstructedShortLineModeWidthTests {
    private static let spanish = """
        ACUERDO ENTRE LA REPÚBLICA DE RURITANIA Y EL REINO DE SYLDAVIA
        SOBRE LAS FUNDICIONES DE TETERAS DE HIERRO
        La República de Ruritania y el Reino de Syldavia,
        Deseosos de preservar el oficio de fundir teteras de hierro que se
        practica en ambos países,
        Han convenido en lo siguiente:
        Artículo 1. Objeto
        El presente Acuerdo establece un programa de intercambios entre los
        fundidores de teteras de las dos Partes.
        Artículo 2. Intercambios
        1.\tCada Parte acogerá cada año a un máximo de
        24 fundidores de la otra Parte.
        2.\tUna visita no durará más de seis semanas.
        Artículo 3. Financiación
        1.\tLas Partes establecerán un fondo conjunto de
        560.000 euros.
        2.\tCada Parte aportará el 50 % del fondo.
        Artículo 4. Comité mixto
        1.\tUn comité mixto de cuatro miembros, dos nombrados por cada Parte,
        supervisará el programa.
        2.\tEl comité mixto se reunirá al menos una vez al año, alternativamente
        en Strelsau y en Klow.
        Artículo 5. Enmiendas
        Las Partes podrán enmendar el Acuerdo.
        Artículo 6. Controversias
        Las Partes resolverán toda controversia
        mediante consultas.
        Artículo 7. Notificaciones
        Las notificaciones se harán por escrito.
        Artículo 8. Entrada en vigor
        El presente Acuerdo entrará en vigor en la fecha de su firma y
        permanecerá en vigor durante cinco años.
        Hecho en Strelsau el 20 de octubre de 2092, en dos ejemplares, en los
        idiomas español e inglés, siendo ambos textos igualmente auténticos.
        Por la República de Ruritania:
        Por el Reino de Syldavia:
        """

    @Test func constructedClosingFormulaStandsApart() {
        let document = ConstructedSegmentation.segment(Self.spanish, "constructed-short-line-mode-width.es.txt").document
        let article8 = document.blocks.filter { $0.parent == "art8" }.map(\.text)
        #expect(article8.first == "El presente Acuerdo entrará en vigor en la fecha de su firma y permanecerá en vigor durante cinco años.")
        #expect(article8.dropFirst().first?.hasPrefix("Hecho en Strelsau el 20 de octubre de 2092") == true)
    }

    @Test func constructedFullWidthIsMeasuredOnTheLongerLines() {
        // Eleven lines of 20-odd scalars, the full lines between 60 and 71: the full width is one of those.
        let lengths = [21, 22, 24, 24, 24, 24, 25, 25, 25, 26, 28, 30, 30, 31, 38, 39, 40, 40, 40, 41, 42, 44, 45, 47, 49,
                       62, 62, 66, 67, 68, 68, 69, 71]
        #expect(PDFTextCleanupPass.fullLineWidth(lengths) >= 66)
        // Lines of 70-odd scalars with reading-order merges of two or three lines: the merges are left out.
        let merged = Array(repeating: 72, count: 40) + Array(repeating: 75, count: 30) + [150, 151, 160, 215, 220, 222, 230, 231]
        #expect(PDFTextCleanupPass.fullLineWidth(merged) == 75)
    }
}
