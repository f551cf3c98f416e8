import Testing
@testable import ParityCore

/// A resolution set one paragraph a line, its two-column masthead as an extractor writes it (read as PDF-extracted):
/// after the last paragraph's full line, which ends a sentence, the closing lines (`57ª sesión plenaria`, the date)
/// are no tail of that paragraph (`PDFTextCleanupPass`: a short line that opens with a figure and ends no sentence
/// after a sentence's end). Constructed Spanish text (fictional resolution and figures).
@Suite struct ConstructedClosingLineAfterFullLineTests {
    private let resolution = """
        Naciones Unidas\tA/RES/91/57
        Asamblea General\tDistr. general
        \t14 de diciembre de 2036
        Nonagésimo primer período de sesiones
        Tema 44 del programa
        Resolución aprobada por la Asamblea General el 9 de diciembre de 2036
        91/57. Cestería tradicional de mimbre
        La Asamblea General,
        Recordando su resolución 89/12, de 5 de diciembre de 2034,
        Observando que más de 31.000 cesteros trabajan el mimbre en 17 Estados Miembros,
        Consciente de que la cestería sustenta a unos 2,3 millones de personas en las zonas rurales,
        1.\tToma nota del informe del Secretario General sobre la cestería tradicional;
        2.\tAlienta a los Estados Miembros a que registren los talleres de cestería en sus inventarios nacionales;
        3.\tSolicita al Secretario General:
        \ta)\tQue haga un inventario de los talleres existentes;
        \tb)\tQue organice un seminario regional en 2038;
        \tc)\tQue la informe en su nonagésimo tercer período de sesiones;
        4.\tDecide asignar 1,2 millones de dólares al fondo fiduciario para la artesanía rural;
        5.\tDecide incluir la cuestión en el programa provisional de su nonagésimo tercer período de sesiones.
        57ª sesión plenaria
        9 de diciembre de 2036
        """

    @Test func constructedMeetingLineIsNoTailOfTheLastParagraph() throws {
        #expect(PDFExtractionDetector.looksExtracted(Array(resolution.utf8)))
        let document = PlainTextSegmenter().segment(DecodedText(resolution), sourceName: "constructed")
        let last = try #require(document.blocks.last { $0.kind == .paragraph })
        #expect(last.id == "p5")
        #expect(last.text.hasSuffix("período de sesiones."))
        #expect(document.blocks.contains { $0.text == "57ª sesión plenaria" })
    }
}
