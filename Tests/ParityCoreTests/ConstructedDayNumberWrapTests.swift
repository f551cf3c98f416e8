import Testing
@testable import ParityCore

/// A numbered paragraph's first line that fills the width and stops on a word mid-sentence goes on into a line that
/// opens with a day written as an ordinal with its point ("4. … bildete 385 Lehrlinge vom" / "1. September 2091 bis
/// …"), in text read as PDF-extracted: the 1 continues no count (the next paragraph is 5), so it opens no unit.
/// Constructed text (a made-up German report).
@Suite struct ConstructedDayNumberWrapTests {
    private static let report = """
    Vereinte Nationen                                              A/147/215
    Generalversammlung                                   Verteilung: Allgemein
                                                         14. August 2092

    Hundertsiebenundvierzigste Tagung
    Punkt 63 der vorläufigen Tagesordnung

    Schutz der Webgewichte und ihrer Handwerkstraditionen

    Bericht des Generalsekretärs

    I. Einleitung
    1. Dieser Bericht wird gemäß Resolution 145/212 der Generalversammlung
    vorgelegt und behandelt die Werkstätten der Webgewichte in drei Staaten.
    2. Er stützt sich auf die Antworten von 27 Mitgliedstaaten, die bis zum
    31. Mai 2092 eingegangen sind, und auf eine Erhebung des Instituts.
    II. Werkstätten und Ausbildung
    3. Die Erhebung ergab 1 460 Werkstätten, in denen 38 Prozent der
    Beschäftigten Frauen sind; ihre Jahresproduktion beträgt 2 350 Gewichte.
    4. Das Ausbildungsprogramm Ruritaniens bildete 385 Lehrlinge vom
    1. September 2091 bis zum 28. Februar 2092 in den Werkstätten aus.
    5. Ein regionales Ausbildungszentrum wurde am 12. Oktober 2091 in
    Marinburg eröffnet; sein Haushalt betrug 740 000 Dollar.

    92-14230 (G)
    \u{0C}A/147/215

    III. Empfehlungen
    6. Der Generalsekretär empfiehlt den Mitgliedstaaten, die Ausbildung in
    den Werkstätten bis zum 30. Juni 2094 fortzusetzen.
    """

    @Test func aDayNumberUnderAFullFirstLineGoesOn() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.report), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(blocks.first { $0.id == "p4" }?.text
            == "Das Ausbildungsprogramm Ruritaniens bildete 385 Lehrlinge vom 1. September 2091 bis zum 28. Februar 2092 in den Werkstätten aus.")
    }
}
