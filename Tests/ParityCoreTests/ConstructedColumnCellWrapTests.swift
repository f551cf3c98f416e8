import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A text set one paragraph a line (no wrap width, lines far longer than any wrap) whose masthead holds a line set in
/// two columns, its left cell wrapped onto the next line in lower case ("Centésimo … octavo período   Centésimo … noveno
/// año" / "de sesiones"): that wrap is the cell's, not the text's, so the text's lines
/// stay whole, and a long annex caption that ends no sentence does not run on into the long title under it.
/// Constructed letters (made-up symbols, bodies and meeting) in Spanish and English.
@Suite struct ConstructedColumnCellWrapTests {
    private static let spanish = """
    Naciones Unidas                                            A/158/792–S/2104/142
    Asamblea General                                           Distr. general
    Consejo de Seguridad                                       5 de marzo de 2104
    Asamblea General                              Consejo de Seguridad
    Centésimo quincuagésimo octavo período        Centésimo quincuagésimo noveno año
    de sesiones
    Tema 64 del programa
    Carta de fecha 3 de marzo de 2104 dirigida al Secretario General por la Representante Permanente de Syldavia ante las Naciones Unidas
    Tengo el honor de transmitirle adjunto el comunicado conjunto aprobado por las asociaciones de alfareros de Syldavia y Borduria en la reunión que celebraron en Klow los días 18 y 19 de febrero de 2104.
    Le agradecería que tuviera a bien hacer distribuir la presente carta y su anexo como documento de la Asamblea General, en relación con el tema 64 del programa, y del Consejo de Seguridad.
    Anexo de la carta de fecha 3 de marzo de 2104 dirigida al Secretario General por la Representante Permanente de Syldavia ante las Naciones Unidas
    Comunicado conjunto de la reunión de las asociaciones de alfareros de Syldavia y Borduria, celebrada en Klow los días 18 y 19 de febrero de 2104
    1.\tLas asociaciones representan a 1730 talleres que fabrican cántaros, tejas y ladrillos a ambos lados de la frontera.
    2.\tLas asociaciones volverán a reunirse en Szohôd el 9 de septiembre de 2104.

    """

    private static let english = """
    United Nations                                             A/158/792–S/2104/142
    General Assembly                                           Distr.: General
    Security Council                                           5 March 2104
    General Assembly                              Security Council
    One hundred and fifty-eighth regular          One hundred and fifty-ninth year
    session
    Agenda item 64
    Letter dated 3 March 2104 from the Permanent Representative of Syldavia to the United Nations addressed to the Secretary-General
    I have the honour to transmit herewith the joint communiqué adopted by the potters' associations of Syldavia and Borduria at their meeting held in Klow on 18 and 19 February 2104.
    I should be grateful if the present letter and its annex could be circulated as a document of the General Assembly, under agenda item 64, and of the Security Council.
    Annex to the letter dated 3 March 2104 from the Permanent Representative of Syldavia to the United Nations addressed to the Secretary-General
    Joint communiqué of the meeting of the potters' associations of Syldavia and Borduria held in the town of Klow on 18 and 19 February 2104
    1.\tThe associations represent 1,730 workshops that make jugs, tiles and bricks on both sides of the border.
    2.\tThe associations will meet again in Szohôd on 9 September 2104.

    """

    @Test(arguments: [("es", "Anexo de la carta", "Comunicado conjunto"), ("en", "Annex to the letter", "Joint communiqué")])
    func constructedAnnexCaptionStaysApartFromItsTitle(language: String, caption: String, title: String) {
        let text = language == "es" ? Self.spanish : Self.english
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-column-cell-\(language).txt")
        let annex = document.blocks.first { $0.kind == .annex }
        #expect(annex?.text.hasPrefix(caption) == true)
        #expect(annex?.text.contains(title) == false)
        #expect(document.blocks.contains { $0.text.hasPrefix(title) && $0.kind != .annex })
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
    }

    /// The test itself: a line with a column gap that runs on into lower case tells nothing; a line of text does.
    @Test func constructedColumnLineRunningIntoLowerCaseTellsNoWrap() {
        let bytes = Array("Centésimo período        Centésimo año\nde sesiones\nTitle line\n".utf8)
        #expect(!RawBlockBuilder.runsOnIntoLowercase(bytes, LineScanner.lines(in: bytes)))
        let running = Array("Centésimo período de\nsesiones\nTitle line\n".utf8)
        #expect(RawBlockBuilder.runsOnIntoLowercase(running, LineScanner.lines(in: running)))
    }
}
