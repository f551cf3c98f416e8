import ParityCore
import Testing

/// Two footnote series that each restart at 1 (a note's own footnote 1 and
/// its annex's footnote 1) pair series by series, by the part of the
/// document the block citing each note belongs to, whatever the order in
/// which a version sets its notes (constructed texts, not UN text). Document
/// set `dev/goals-scythelands` (fr, ar, es: es sets the note's note after
/// the annex's, as an endnote).
@Suite struct ConstructedFootnoteSeriesPairingTests {
    static let french = """
        Note du Secrétariat

        1.\tLe Secrétariat transmet à la Commission les objectifs adoptés par le Forum ministériel des prairies¹.

        2.\tLes objectifs doivent être atteints d'ici à 2040.

        __________________
        ¹ Voir E/2035/31, par. 12.

        Annexe

        Objectifs régionaux pour les prairies de fauche

        Objectif 1.\tProtéger les prairies de fauche

        1.1\tD'ici à 2035, protéger au moins 40 % des prairies cartographiées¹.

        1.2\tD'ici à 2032, former 1 200 faucheurs.

        __________________
        ¹ Selon les cartes établies en 2029 par 14 services nationaux.

        """

    /// The same text with both notes at the end, the annex's first.
    static let spanishEndnotes = """
        Nota de la Secretaría

        1. La Secretaría transmite a la Comisión los objetivos aprobados por el Foro Ministerial de Praderas¹.

        2. Los objetivos deberán alcanzarse para 2040.

        Anexo

        Objetivos regionales para los prados de siega

        Objetivo 1: Proteger los prados de siega

        1.1 Para 2035, proteger al menos el 40 % de los prados cartografiados¹.

        1.2 Para 2032, formar a 1.200 segadores.

        __________________
        ¹ Según los mapas elaborados en 2029 por 14 servicios nacionales.
        ¹ Véase E/2035/31, párr. 12.

        """

    private func document(_ text: String, _ name: String, _ language: Language) -> Document {
        var document = PlainTextSegmenter().segment(DecodedText(text), sourceName: name)
        document.language = language
        return document
    }

    @Test func constructedRestartingSeriesPairPartByPart() throws {
        let french = document(Self.french, "constructed.fr.txt", Language(code: "fr")!)
        let spanish = document(Self.spanishEndnotes, "constructed.es.txt", Language(code: "es")!)
        #expect(french.blocks.filter { $0.kind == .footnote }.count == 2)
        #expect(spanish.blocks.filter { $0.kind == .footnote }.count == 2)
        let alignment = Aligner().align([french, spanish])
        // The note citing E/2035/31 links with the note citing it in the other version, though it stands second there.
        let links = alignment.links.filter { link in
            link.blockIDs(in: 0).contains { id in french.block(id: id)?.kind == .footnote }
        }
        #expect(links.count == 2)
        for link in links {
            let texts = [0, 1].map { version in
                link.blockIDs(in: version).compactMap { id in alignment.versions[version].block(id: id)?.text }.joined()
            }
            #expect(texts[0].contains("E/2035/31") == texts[1].contains("E/2035/31"))
        }
        #expect(ParityChecker().check(alignment).filter { $0.severity == .error }.isEmpty)
    }

    @Test func constructedNotesInTheSameOrderStillPairByMarker() {
        // Without annexes to tell the parts apart (or with as many in each), the k-th note of a marker pairs with the k-th.
        let french = document(Self.french, "constructed.fr.txt", Language(code: "fr")!)
        let alignment = Aligner().align([french, french])
        #expect(ParityChecker().check(alignment).filter { $0.severity != .info }.isEmpty)
    }
}
