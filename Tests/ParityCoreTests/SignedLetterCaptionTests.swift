import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// The caption of a signed letter's annex in a language no table knows, found by where it stands: after the
/// letter's signature, a short line over the annex's title and the count that starts at 1. The signatory's title may
/// be one line of a few long words (an agglutinative language: no sentence, however many letters), and the caption
/// a word with its own number (`Кожулта I`, kept as the annex's label) or a short phrase (`BlockClassifier`
/// `signedLetterCaption`, `isSentenceSized`). Documents `dev/letter-reindeerfences` (alt, krl, ru, en).
@Suite struct SignedLetterCaptionTests {
    private func segment(_ text: String, _ code: String? = nil) -> Document {
        PlainTextSegmenter(language: code.flatMap { Language(code: $0) }).segment(DecodedText(text), sourceName: "constructed")
    }

    private func dev(_ code: String) throws -> Document {
        let url = RepositoryPaths.root.appendingPathComponent(
            "Tests/Fixtures/constructed-documents/dev/letter-reindeerfences.constructed.\(code).txt")
        return segment(try String(contentsOf: url, encoding: .utf8), code)
    }

    private func bodyIDs(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind != .metadata && $0.kind != .title }.map(\.id)
    }

    /// The letter of `dev/letter-reindeerfences` in Altai, with `signature` and `caption` in place of its own.
    private func altaiLetter(signature: String, caption: String) throws -> String {
        let url = RepositoryPaths.root.appendingPathComponent(
            "Tests/Fixtures/constructed-documents/dev/letter-reindeerfences.constructed.alt.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text
            .replacingOccurrences(of: "Бордурияныҥ Бириккен Улустар Организациязындагы турар туружаачызы\n", with: signature + "\n")
            .replacingOccurrences(of: "\nКожулта I\n", with: "\n" + caption + "\n")
    }

    @Test func aWordAndItsNumberAfterALongSignatureLineIsTheAnnexCaption() throws {
        for code in ["alt", "krl"] {
            let document = try dev(code)
            #expect(Array(bodyIDs(document).suffix(7)) == ["u5", "annex-I", "h-Annex-I-u1", "annex-I-p1", "annex-I-p2", "annex-I-p3", "annex-I-p4"],
                    "\(code)")
            #expect(document.block(id: "annex-I")?.label == "I", "\(code)")
            #expect(!bodyIDs(document).contains("u6"), "\(code)")
        }
    }

    @Test func aOneWordCaptionAfterASignatoryTitleOfLongWords() throws {
        let document = segment(try altaiLetter(signature: "Бордурияныҥ Бириккен Улустар Организациязындагы турар туружаачызы",
                                               caption: "Кожулта"), "alt")
        #expect(Array(bodyIDs(document).suffix(6)) == ["annex", "h-Annex-u1", "annex-p1", "annex-p2", "annex-p3", "annex-p4"])
    }

    @Test func aShortPhraseUnderTheSignatureOverTheTitle() throws {
        let document = segment(try altaiLetter(signature: "Турар туружаачы", caption: "Бичикке кожулта"), "alt")
        #expect(Array(bodyIDs(document).suffix(6)) == ["annex", "h-Annex-u1", "annex-p1", "annex-p2", "annex-p3", "annex-p4"])
        #expect(document.block(id: "annex")?.text == "Бичикке кожулта")
    }

    @Test func aFewLongWordsAreNoSentenceARunOfUnspacedTextIs() {
        #expect(!BlockClassifier.isSentenceSized(Array("Бордурияныҥ Бириккен Улустар Организациязындагы турар туружаачызы".unicodeScalars)))
        #expect(BlockClassifier.isSentenceSized(Array("ข้าพเจ้ามีเกียรติที่จะส่งรายงานของคณะกรรมาธิการร่วมว่าด้วยรั้วกวางเรนเดียร์มาพร้อมนี้".unicodeScalars)))
        #expect(BlockClassifier.isSentenceSized(Array("The commission found that 38 workshops had closed.".unicodeScalars)))
    }

    @Test func captionWordNumbers() {
        #expect(BlockClassifier.captionWordNumber(Array("Кожулта I".unicodeScalars)) == "I")
        #expect(BlockClassifier.captionWordNumber(Array("Liitteh 2".unicodeScalars)) == "II")
        #expect(BlockClassifier.captionWordNumber(Array("Liitteh B".unicodeScalars)) == "B")
        #expect(BlockClassifier.captionWordNumber(Array("Kozhulta yok".unicodeScalars)) == nil)
        #expect(BlockClassifier.captionWordNumber(Array("Турар туружаачы".unicodeScalars)) == nil)
    }

    @Test func thePairsAgainstEnglishAreClean() throws {
        let english = try dev("en")
        for code in ["ru", "alt", "krl"] {
            let findings = ParityChecker().check(Aligner().align([english, try dev(code)])).filter { $0.severity >= .warning }
            #expect(findings.map { "\($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" } == [], "\(code)")
        }
    }
}
