import Testing
import ParityTestSupport
@testable import ParityCore

/// The job number's digits repeated at a page's foot (the barcode, with or without its asterisks, and the recycling
/// note beside it or under it, in any language) are page furniture; digits that are not the job number's are not.
/// All texts here are constructed.
@Suite struct JobNumberDigitsTests {
    @Test(arguments: [
        ("24-03805", "2403805"), ("GE.16-21155(E)", "1621155"), ("N0644927", "0644927"), ("N0644927.pdf", "0644927"),
        ("12-27711***", "1227711"), ("*2403805*", "2403805"), ("V.03-80680", "0380680"),
    ])
    func digitsOfAJobNumber(_ token: String, _ digits: String) {
        #expect(JobNumberDigits.digits(ofJobNumber: Substring(token)) == Array(digits.utf8))
    }

    @Test(arguments: ["2403805", "A/78/123", "1.", "*", "(F)"])
    func otherTokensHaveNoJobDigits(_ token: String) {
        #expect(JobNumberDigits.digits(ofJobNumber: Substring(token)) == nil)
    }

    @Test(arguments: [
        ("*2403805*", true), ("2403805*", true), ("*2403805", true), ("2403805", true),
        ("*9999999*", true),  // a whole barcode is one whatever the job number
        ("9999999*", false), ("9999999", false), ("240380", false), ("*", false),
    ])
    func digitsMarks(_ token: String, _ expected: Bool) {
        let bytes = Array(token.utf8)
        #expect(JobNumberDigits.isDigitsMark(bytes, 0, bytes.count, known: [Array("2403805".utf8)]) == expected)
    }

    /// The recycling note beside the barcode (same line), beside its digits without asterisks, or under them (next
    /// line, ending the page) is furniture in any script; a body line quoting other digits, and a line that follows the
    /// barcode but does not end its page, are not.
    @Test(arguments: [
        ("*2403805*    Merci de recycler", nil as String?),
        ("2403805* Merci de recycler", nil),
        ("3804472 Просьба отправить на вторичную переработку", nil),
        ("2403805", "Խնդրում ենք վերամշակել"),
        ("*2403805*", "Se ruega reciclar"),
    ])
    func recyclingNotesAreFurniture(_ mark: String, _ below: String?) {
        let job = mark.hasPrefix("38") ? "38-04472 (R)    120338" : "24-03805 (F)    260324"
        var text = "1.   Le présent rapport porte sur 2403806 tonnes.\n\n" + job + "\n" + mark + "\n"
        if let below { text += below + "\n" }
        text += "\u{0C}A/78/1\n\n2.   Texte.\n"
        let bytes = Array(text.utf8)
        let lines = PDFLine.lines(in: bytes)
        let furniture = PageFurnitureRecognizer.furniture(lines, bytes)
        let texts = furniture.sorted().map { String(decoding: bytes[lines[$0].contentStart..<lines[$0].contentEnd], as: UTF8.self) }
        #expect(texts.contains(mark))
        if let below { #expect(texts.contains(below)) }
        #expect(!texts.contains { $0.hasPrefix("1.") || $0.hasPrefix("2.") })
    }

    /// The barcode beside a footnote's text, after a column gap on either side, leaves the footnote's line; the
    /// recycling note beside the job number on its line is furniture with it.
    @Test(arguments: [
        "          1   Adoptée le 22 juillet 2036.                          *3807214*",
        "*3807214*           1   Adoptée le 22 juillet 2036.",
        "3807214             1   Adoptée le 22 juillet 2036.",
    ])
    func theBarcodeBesideAFootnoteLeavesIt(_ noteLine: String) {
        let text = "                                                    E/2038/44\n\n"
            + "          1.   Le présent rapport porte sur les métiers à tisser.1\n"
            + "          2.   Il repose sur 17 réponses.\n\n\n"
            + "          __________________\n" + noteLine + "\n"
            + "38-07214 (F)    120338                                 Merci de recycler\n"
            + "\u{0C}E/2038/44\n\n          3.   Texte.\n\n38-07214                                   2/2\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-barcode-beside-note.txt")
        let furniture = document.blocks.filter { $0.kind == .pageFurniture }.map(\.text)
        #expect(furniture.contains { $0.hasPrefix("*3807214*") || $0 == "3807214" })
        #expect(furniture.contains { $0.hasPrefix("38-07214 (F)") })
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.text) == ["Adoptée le 22 juillet 2036."])
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    /// A list's last line alone on the page after the barcode's is text, not the recycling note (printed on the
    /// barcode's page).
    @Test func aShortLineOnTheNextPageStays() {
        let text = "1.   Texte.\n\n24-03805 (F)    260324\n*2403805*\n\u{0C}A/78/1\n\nBordurie, Freedonia, Syldavie\n\n2\n"
        let bytes = Array(text.utf8)
        let lines = PDFLine.lines(in: bytes)
        let furniture = PageFurnitureRecognizer.furniture(lines, bytes)
        let texts = furniture.map { String(decoding: bytes[lines[$0].contentStart..<lines[$0].contentEnd], as: UTF8.self) }
        #expect(!texts.contains("Bordurie, Freedonia, Syldavie"))
        #expect(texts.contains("*2403805*"))
    }

    @Test func aLineBelowTheBarcodeThatDoesNotEndItsPageStays() {
        let text = "24-03805 (F)    260324\n*2403805*\nIntroduction\n\n1.   Le présent rapport.\n"
        let bytes = Array(text.utf8)
        let lines = PDFLine.lines(in: bytes)
        let furniture = PageFurnitureRecognizer.furniture(lines, bytes)
        #expect(furniture == [0, 1])
    }
}
