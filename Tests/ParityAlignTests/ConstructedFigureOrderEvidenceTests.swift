import ParityCore
import Testing

/// Two figures of one kind that trade places between two versions (`Of the 500 wells, 120 …` against `De los 120
/// pozos, … 500`) are a warning only where the document shows the two versions keeping the order of their figures
/// elsewhere (`FigureOrderEvidence`: two linked passages or more with two figures of one kind in the same order, none
/// in another order); alone, the same passage is information, since a translation may move a clause. Constructed
/// texts (fictional figures), not a real document.
@Suite struct ConstructedFigureOrderEvidenceTests {
    private func swapFindings(_ english: String, _ spanish: String) -> [Finding] {
        let documents = [
            PlainTextSegmenter(language: .english).segment(DecodedText(english), sourceName: "constructed-en"),
            PlainTextSegmenter(language: .spanish).segment(DecodedText(spanish), sourceName: "constructed-es"),
        ]
        return ParityChecker().check(Aligner().align(documents)).filter { $0.kind == .numberMismatch }
    }

    private let englishOrderKept = """
    1. The survey counted 240 farms and 30 mills in the valley.

    2. The inspectors visited 75 wells and 15 dams.

    3. The programme trained 320 technicians and 64 engineers.

    4. Of the 500 wells, 120 were repaired.
    """

    private let spanishOrderKept = """
    1. El estudio contó 240 granjas y 30 molinos en el valle.

    2. Los inspectores visitaron 75 pozos y 15 presas.

    3. El programa formó a 320 técnicos y 64 ingenieros.

    4. De los 120 pozos, se repararon 500.
    """

    @Test func constructedSwapWhereTheDocumentKeepsItsOrderIsAWarning() throws {
        let findings = swapFindings(englishOrderKept, spanishOrderKept)
        let swap = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(swap.severity == .warning)
        #expect(swap.message.contains("500") && swap.message.contains("120"))
    }

    @Test func constructedSwapWithNoEvidenceOfOrderIsInformation() throws {
        let english = """
        1. The survey covered the whole valley in 2030.

        2. Of the 500 wells, 120 were repaired.
        """
        let spanish = """
        1. El estudio abarcó todo el valle en 2030.

        2. De los 120 pozos, se repararon 500.
        """
        let findings = swapFindings(english, spanish)
        let swap = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(swap.severity == .info)
    }

    @Test func constructedOrderKeptCountsPassagesWithTwoFiguresOfOneKind() {
        // One passage that keeps its order is not evidence enough (`FigureOrderEvidence.minimumKept` is 2).
        let english = """
        1. The survey counted 240 farms and 30 mills in the valley.

        2. Of the 500 wells, 120 were repaired.
        """
        let spanish = """
        1. El estudio contó 240 granjas y 30 molinos en el valle.

        2. De los 120 pozos, se repararon 500.
        """
        #expect(swapFindings(english, spanish).map(\.severity) == [.info])
    }
}
