import Testing
import ParityTestSupport
@testable import ParityCore

/// A document issued in parts carries its part in parentheses after the symbol
/// (`A/81/6 (Sect. 19)`), in the words and digits of the version's own script: the
/// shape (one to four words, one number) makes it a symbol, whatever the words.
/// Constructed mastheads of a made-up budget fascicle.
@Suite struct ConstructedFascicleSymbolTests {
    @Test(arguments: ["A/81/6 (Sect. 19)", "A/81/6 (Secc. 19)", "A/81/6 (Разд. 19)", "A/81/6 (第19款)",
                      "A/81/6（第19款）", "A/81/6 (Sección presupuestaria 19)", "A/81/6 (खंड १९)",
                      "A/81/6 (Income sect. 1)", "A/81/6 (Part II)", "A/81/6 (الباب 19)"])
    func constructedFascicleSymbolIsTheSymbol(_ symbol: String) {
        let text = "United Nations\n\(symbol)\nGeneral Assembly\nDistr.: General\n1 May 2026\n\n"
            + "Proposed programme budget for 2027\n\n19.1 The programme is responsible for the region.\n\n"
            + "19.2 The programme has 12 posts.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-fascicle-symbol.txt")
        #expect(document.metadata.symbol == symbol)
        #expect(!document.blocks.contains { $0.kind == .heading && $0.text.contains("A/81/6") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [("A/81/6 (Sect. 19)", true), ("A/81/6 (खंड १९)", true), ("A/81/6 (第19款)", true),
                      ("A/81/6 (Part II)", true), ("A/81/6 (Sect. 19 and 20)", false), ("A/81/6 (twenty)", false),
                      ("A/81/6 (see paragraphs 12 to 14 of the report)", false), ("A/81/6 (Sect. 12345)", false),
                      ("A/81/6 (Sect., 19)", false)])
    func constructedPartShapes(_ line: String, _ isSymbol: Bool) {
        #expect(HeaderLineRecognizer.isSymbol(line) == isSymbol)
    }

    /// A two-column masthead (`pdftotext -layout`) whose left column holds names no table knows: the
    /// symbol with its part, at the line's end or between columns, is split off as it is without the part.
    @Test(arguments: ["A/102/6 (Sect. 19)", "A/102/6 (Sección presupuestaria 19)", "A/102/6 (第19款)", "S/RES/2904 (2026)"])
    func constructedTwoColumnMastheadWithAPart(_ symbol: String) {
        let text = "Nasyones Unidos                                   \(symbol)\n"
            + "Kapulungan Heneral                                Distr.: Heneral\n"
            + "                                                  1 Mayo 2046\n\n"
            + "19.1 Say programa et responsable.\n\n19.2 Say programa.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-fascicle-two-column-masthead.txt")
        #expect(document.metadata.symbol == symbol)
        #expect(document.blocks.contains { $0.kind == .metadata && $0.text == "Nasyones Unidos" })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
