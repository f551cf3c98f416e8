import ParityCore
import ParityXML
import Testing

/// Issue 11: the million-input fuzz run (seed 101) found native XML whose
/// `ref blocks` held an id that Parity's name check accepted and libxml2's
/// RelaxNG `NCName` refused. Every block id the writers accept must validate:
/// an export either refuses the id (one-line `ExportError`) or writes valid XML.
@Suite struct NonASCIIBlockIDExportTests {
    /// Letters of several Unicode versions and planes: Latin, Arabic and Han of
    /// XML 1.0's first tables, CJK extension A, Cyrillic and Malayalam added
    /// later, and letters outside the BMP (Deseret, CJK extension B).
    static let letters: [Unicode.Scalar] = ["\u{1E00}", "\u{0628}", "\u{4E00}", "\u{3400}", "\u{A640}", "\u{0D7A}", "\u{10400}", "\u{20000}"]

    @Test(arguments: letters)
    func anIdWithTheLetterIsRefusedOrValid(letter: Unicode.Scalar) throws {
        let id = "p" + String(Character(letter))
        func document(_ language: Language) -> Document {
            Document(sourceName: "constructed-\(language.rawValue).txt", language: language,
                     blocks: [Block(id: id, kind: .paragraph, number: 1, label: "1.", text: "Constructed text.")])
        }
        let alignment = Aligner(pivot: 0).align([document(.english), document(.french)])
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        do {
            let native = try NativeAlignmentWriter().write(content)
            #expect(try ExportTestFiles.relaxNGErrors(native.bytes, "parity-alignment.rng") == [], "U+\(String(letter.value, radix: 16))")
        } catch let error as ExportError {
            guard case .invalidBlockID = error else {
                Issue.record("unexpected \(error)")
                return
            }
        }
    }
}
