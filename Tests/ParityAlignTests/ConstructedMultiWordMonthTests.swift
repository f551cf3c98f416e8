import ParityCore
import Testing

/// Months CLDR writes in three words or more (Kalenjin `Kipsuunde ne taai`, November; Luo `Dwe mar ariyo`, February;
/// Lingala `sánzá ya mísáto`, March) are the language's own months: a date that names the same month as the English
/// version's is no finding, another month is a date error. Before, a month list with one form over two words was
/// dropped whole by the CLDR generator, and these languages had no month names at all. Constructed sentences, not
/// translations of a real document.
@Suite struct ConstructedMultiWordMonthTests {
    private func dateErrors(_ english: String, _ other: String, _ code: String) -> [String] {
        let documents = [
            PlainTextSegmenter(language: .english).segment(DecodedText(english), sourceName: "constructed-en"),
            PlainTextSegmenter(language: Language(code: code)!).segment(DecodedText(other), sourceName: "constructed-\(code)"),
        ]
        return ParityChecker().check(Aligner().align(documents))
            .filter { $0.kind == .numberMismatch && $0.severity == .error }.map(\.message)
    }

    private let english = """
    Constructed report

    1. The Council met on 3 November 2042.

    2. It met again on 5 February 2043.

    3. Its report was issued on 9 March 2043.
    """

    @Test func constructedKalenjinLuoAndLingalaMonthsOfSeveralWords() {
        let kalenjin = """
        Constructed report

        1. Kokiigu Council ko 3 Kipsuunde ne taai 2042.

        2. Kokiigu kobwa ko 5 Mulgul 2043.

        3. Kogoonu ripot ko 9 Kiptaamo 2043.
        """
        // February is Ng’atyaato; Mulgul is January: one date error, in paragraph 2 only.
        #expect(dateErrors(english, kalenjin, "kln") == ["kln paragraph 2: en has 5 February 2043 where kln has 5 Mulgul 2043"])
        let luo = """
        Constructed report

        1. Bura ne oyudore 3 Dwe mar gi achiel 2042.

        2. Bura ne oyudore kendo 5 Dwe mar ariyo 2043.

        3. Ripot ne ogol 9 Dwe mar adek 2043.
        """
        #expect(dateErrors(english, luo, "luo").isEmpty)
        let lingala = """
        Constructed report

        1. Likita esanganaki na 3 sánzá ya zómi na mɔ̌kɔ́ 2042.

        2. Esanganaki lisusu na 5 sánzá ya míbalé 2043.

        3. Rapɔ́ro ebimaki na 9 sánzá ya mínei 2043.
        """
        // Mínei is April: one date error, in paragraph 3.
        #expect(dateErrors(english, lingala, "ln") == ["ln paragraph 3: en has 9 March 2043 where ln has 9 sánzá ya mínei 2043"])
    }
}
