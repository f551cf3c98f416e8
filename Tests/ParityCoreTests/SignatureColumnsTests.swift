import Testing
@testable import ParityCore

/// Signatures side by side on one line (`SignatureColumns`): constructed lines (fictional States and names).
@Suite struct SignatureColumnsTests {
    @Test func constructedSignaturesInColumnsOpenAlike() {
        for line in ["For the Republic of Ruritania:            For the Kingdom of Syldavia:",
                     "(Signed) Anton Haller\t(Signed) Milos Varga",
                     "(Kau inoa) Anton Haller (Kau inoa) Milos Varga",
                     "No ka Lepupalika o Ruritania: No ke Aupuni Mōʻī o Syldavia:"] {
            #expect(SignatureColumns.openAlike(Array(line.unicodeScalars)), "\(line)")
        }
    }

    @Test func constructedLinesThatAreNoSignaturesSideBySide() {
        for line in ["For the Republic of Ruritania:", "Rules for the marking of floats",
                     "Anton Haller            Milos Varga", "the net and the float", "For For"] {
            #expect(!SignatureColumns.openAlike(Array(line.unicodeScalars)), "\(line)")
        }
    }

    @Test func constructedCellsAreTheRunsBetweenWideGaps() {
        let cells = SignatureColumns.cells(Array("  For the Republic:   For the Kingdom:  ".unicodeScalars))
        #expect(cells.map { String(String.UnicodeScalarView($0)) } == ["For the Republic:", "For the Kingdom:"])
    }
}
