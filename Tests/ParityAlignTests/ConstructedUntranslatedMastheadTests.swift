import ParityCore
import Testing

/// A masthead field kept in the original's language ("Economic and Social Council" above a Hmong or Ahom text)
/// is a name the reader judges: `untranslated-block` at info level. The same text left in a body paragraph is
/// still a warning or an error.
@Suite struct ConstructedUntranslatedMastheadTests {
    private func untranslated(_ pivot: String, _ other: String) -> [Finding] {
        let documents = [
            PlainTextSegmenter(language: Language(code: "en")!).segment(DecodedText(pivot), sourceName: "constructed-en"),
            PlainTextSegmenter(language: Language(code: "es")!).segment(DecodedText(other), sourceName: "constructed-es"),
        ]
        return ParityChecker().check(Aligner().align(documents)).filter { $0.kind == .untranslatedBlock }
    }

    private let english = """
    United Nations                                        E/C.91/2042/4

    Economic and Social Council                           Distr.: General
                                                          4 August 2042

    Constructed Committee on Orchard Crafts

    1. The Committee met three times during the constructed period under review.

    2. It adopted two decisions on the training of orchard keepers in Member States.
    """

    @Test func constructedOrganKeptInEnglishIsInfo() {
        let spanish = """
        United Nations                                        E/C.91/2042/4

        Economic and Social Council                           Distr.: General
                                                              4 August 2042

        Comité Construido de Oficios del Huerto

        1. El Comité se reunió tres veces durante el período construido que se examina.

        2. Aprobó dos decisiones sobre la formación de los guardianes de huertos en los Estados Miembros.
        """
        let findings = untranslated(english, spanish)
        #expect(findings.map(\.severity) == [.info])
        #expect(findings.first?.message.contains("Economic and Social Council") == true)
    }

    @Test func constructedBodyParagraphKeptInEnglishStaysAnError() {
        let spanish = """
        United Nations                                        E/C.91/2042/4

        Consejo Económico y Social                            Distr.: General
                                                              4 August 2042

        Comité Construido de Oficios del Huerto

        1. The Committee met three times during the constructed period under review.

        2. Aprobó dos decisiones sobre la formación de los guardianes de huertos en los Estados Miembros.
        """
        #expect(untranslated(english, spanish).map(\.severity) == [.error])
    }

    /// A line of names and titles (every word capitalized) kept as the original writes it: names are the same in every
    /// version, and the one function word ("President:", "Members:") is little to judge on: info. A title in lower-case
    /// words, or set in capitals, left untranslated stays a warning.
    @Test func constructedNamesLineKeptIsInfo() {
        let record = { (presiding: String, title: String) in
            """
            United Nations                                        S/PV.11042

            Security Council                                      Provisional

            11042nd meeting
            Tuesday, 12 March 2104, 10 a.m.
            New York

            \(presiding)

            \(title)

            1. The Council will now consider the item on its agenda concerning the constructed cheese-grater trade.

            2. I give the floor to the representative of Ruritania to introduce the constructed report before the Council.
            """
        }
        let english = record("President: Ms. Moreau (Freedonia)", "The situation of the constructed grater trade")
        let kept = record("President: Ms. Moreau (Freedonia)", "La situación del comercio construido de ralladores")
            .replacingOccurrences(of: "1. The Council will now consider the item on its agenda concerning the constructed cheese-grater trade.",
                                  with: "1. El Consejo examinará ahora el tema de su orden del día relativo al comercio construido de ralladores.")
            .replacingOccurrences(of: "2. I give the floor to the representative of Ruritania to introduce the constructed report before the Council.",
                                  with: "2. Tiene la palabra el representante de Ruritania para presentar el informe construido que el Consejo tiene ante sí.")
        let names = untranslated(english, kept).filter { $0.message.contains("President: Ms. Moreau") }
        #expect(names.map(\.severity) == [.info])
        for title in ["The situation of the constructed grater trade", "THE SITUATION OF THE CONSTRUCTED GRATER TRADE"] {
            let keptTitle = kept.replacingOccurrences(of: "La situación del comercio construido de ralladores", with: title)
            let findings = untranslated(record("President: Ms. Moreau (Freedonia)", title), keptTitle).filter { $0.message.contains(title.prefix(20)) }
            #expect(findings.map(\.severity) == [.warning])
        }
    }
}
