import Testing
@testable import ParityCore

/// Hard-wrapped contents entries whose dot leader or title the wrap carried
/// over onto the next line: the leader and page alone on their line (spaced
/// ". . . . 3" or dotted "........ 8"), or the title's end before the leader
/// and page. Each entry stays one contents line. Constructed texts.
@Suite struct ConstructedWrappedContentsLeaderTests {
    private func line(_ text: String) -> (bytes: [UInt8], line: TextLine) {
        let bytes = Array(text.utf8)
        return (bytes, LineScanner.lines(in: bytes)[0])
    }

    @Test(arguments: [("I. Introduzione . . . . . . . .", true), ("IV. Conclusioni ........", true), ("Anexo …", false),
                      ("The report ends here.", false), ("Introduction . . .", false), ("Wstęp … …", true)])
    func constructedLineEndingInADotLeader(_ text: String, _ expected: Bool) {
        let (bytes, line) = line(text)
        #expect(HardWrapContinuation.endsInDotLeader(bytes, line) == expected)
    }

    @Test(arguments: [("I. Introduzione . . . . . . . . 3", true), ("II. Wnioski ........ 12", true), ("Sitios . . . .   4", true),
                      ("adopted in 2024", false), ("in resolution 79/188. 3", false)])
    func constructedLineEndingInALeaderAndPage(_ text: String, _ expected: Bool) {
        let (bytes, line) = line(text)
        #expect(HardWrapContinuation.endsInLeaderAndNumber(bytes, line) == expected)
    }

    @Test(arguments: [(". . . . . 3", true), ("........ 12", true), ("…… 4", true), (". . . . 8-22 4", false),
                      ("3", false), ("I. Introduzione . . . . 3", false), (". . 3", false)])
    func constructedLineOfALeaderAndPageOnly(_ text: String, _ expected: Bool) {
        let (bytes, line) = line(text)
        #expect(HardWrapContinuation.isLeaderAndNumberOnly(bytes, line) == expected)
    }

    /// Three dots or an ellipsis make a leader, as `TableOfContentsLineParser` reads one on the page's line.
    @Test(arguments: [("Introduzione . . . . . .", "Introduzione"), ("Wnioski ........", "Wnioski"), ("Stato delle saline", "Stato delle saline"),
                      ("Varia …", "Varia"), ("Varia ..", "Varia ..")])
    func constructedTitleWithoutItsBrokenLeader(_ title: String, _ expected: String) {
        let stripped = TableOfContentsLineParser.withoutTrailingLeader(Array(title.unicodeScalars))
        #expect(String(String.UnicodeScalarView(stripped)) == expected)
    }

    @Test(arguments: [
        ("it", "Indice", "Pagina", ["Introduzione", "Stato delle saline", "Cooperazione regionale", "Conclusioni"],
         ["e scambio di dati", "sulla salinità"]),
        ("pl", "Spis treści", "Strona", ["Wprowadzenie", "Stan salin", "Współpraca regionalna", "Wnioski"],
         ["i wymiana danych", "o zasoleniu"]),
    ] as [(String, String, String, [String], [String])])
    func constructedWrappedContentsEntriesAreOneEntryEach(
        _ language: String, _ caption: String, _ column: String, _ titles: [String], _ wrapped: [String]
    ) {
        let text = """
            Rapporto costruito sulle saline costiere della regione

            \(caption)
                                                                  \(column)
            I. \(titles[0]) . . . . . . . . . . . . . . . . . . . . . . . . .
            . . . . . 3
            II. \(titles[1]) ........................................
            ........ 5
            III. \(titles[2]) \(wrapped[0])
            \(wrapped[1]) . . . . . . . . . . . . . . . . . . . . . . . . 6
            IV. \(titles[3]) . . . . . . . . . . . . . . . . . . . . . . 8

            I. \(titles[0])

            1. Il primo paragrafo costruito di questo rapporto, che occupa
            una riga e continua nella seguente senza finire la frase.

            II. \(titles[1])

            2. Il secondo paragrafo costruito del rapporto.

            III. \(titles[2]) \(wrapped[0]) \(wrapped[1])

            3. Il terzo paragrafo costruito del rapporto, anch'esso breve.

            IV. \(titles[3])

            4. Il quarto paragrafo costruito del rapporto.
            """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-wrapped-contents.\(language).txt").blocks
        let entries = blocks.filter { $0.kind == .tocEntry }
        #expect(entries.map(\.text) == [titles[0], titles[1], "\(titles[2]) \(wrapped[0]) \(wrapped[1])", titles[3]], "\(language)")
        #expect(entries.map(\.label) == ["I.", "II.", "III.", "IV."], "\(language)")
        #expect(blocks.filter { $0.kind == .heading }.compactMap(\.label) == ["I.", "II.", "III.", "IV."], "\(language)")
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.label) == ["1.", "2.", "3.", "4."], "\(language)")
    }

    /// A label alone on its line ("II.") before an entry whose title the wrap broke before its leader.
    @Test func constructedWrappedEntryAfterItsLabelAloneIsOneEntry() {
        let text = """
            Sprawozdanie skonstruowane o przybrzeżnych salinach regionu

            Spis treści
                                                                  Strona
            I.
            Wprowadzenie . . . . . . . . . . . . . . . . . . . . . . . . 3
            II.
            Współpraca regionalna i wymiana danych
            o zasoleniu . . . . . . . . . . . . . . . . . . . . . . . . 6
            III.
            Wnioski . . . . . . . . . . . . . . . . . . . . . . . . . . 8

            I. Wprowadzenie

            1. Pierwszy skonstruowany akapit sprawozdania, który zajmuje
            jeden wiersz i ciągnie się w następnym bez końca zdania.

            II. Współpraca regionalna i wymiana danych o zasoleniu

            2. Drugi skonstruowany akapit sprawozdania.

            III. Wnioski

            3. Trzeci skonstruowany akapit sprawozdania.
            """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-wrapped-contents.pl.txt").blocks
        #expect(blocks.filter { $0.kind == .tocEntry }.map(\.text) == ["Wprowadzenie", "Współpraca regionalna i wymiana danych o zasoleniu", "Wnioski"])
        #expect(blocks.filter { $0.kind == .heading }.compactMap(\.label) == ["I.", "II.", "III."])
    }

    @Test(arguments: [("II.\nStato delle saline", true), ("II.\n\nStato delle saline", true), ("II. Stato\ndelle saline", false),
                      ("II.\n\n\nStato delle saline", false), ("Indice\nStato delle saline", false)])
    func constructedLineAfterALabelAlone(_ text: String, _ expected: Bool) {
        let bytes = Array(text.utf8)
        let lines = LineScanner.lines(in: bytes)
        #expect(HardWrapContinuation.followsLabelAlone(bytes, lines, lines.count - 1) == expected)
    }
}
