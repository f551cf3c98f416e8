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
}
