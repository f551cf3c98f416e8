import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// Canonically equivalent texts are one text (Unicode NFC and NFD): every dev document rendered decomposed (NFD: `é`
/// as `e` and U+0301, Yoruba `ọ́` as `o`, U+0323 and U+0301) and composed again (NFC of that rendering) must give
/// the outline of the document as written: the same blocks, kinds, labels and counts. A combining mark continues the
/// word it follows (`ScalarClass.isWordLetter`) wherever words are tested.
///
/// Renderings that do not yet are listed in `Tests/Fixtures/nfd-known-failures.txt` (`document form`, with the
/// reason in a comment); the test fails on an unlisted failure and on a listed rendering that now passes.
/// `PARITY_PRINT_NFD_DIFFERENCES=1` prints the first differences of each failure.
@Suite struct CanonicalEquivalenceTests {
    static let knownFailuresPath = "Tests/Fixtures/nfd-known-failures.txt"

    /// The dev documents of the harness (`MetamorphicLayoutTests.documents`), hold-outs never.
    static func devDocuments() throws -> [MetamorphicLayoutTests.CleanDocument] {
        try MetamorphicLayoutTests.documents().filter { $0.relativePath.contains("constructed-documents/dev/") }
    }

    /// `document form` for every rendering (`nfd`, `nfc`) whose outline differs from the document's as written, with
    /// the first differences. A rendering identical to the text (a text with no letter that decomposes) is skipped.
    static func failures(_ document: MetamorphicLayoutTests.CleanDocument) throws -> [(key: String, detail: String)] {
        let clean = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(document.relativePath), encoding: .utf8)
        let decomposed = clean.decomposedStringWithCanonicalMapping
        let composed = decomposed.precomposedStringWithCanonicalMapping
        var failures: [(key: String, detail: String)] = []
        var expected: OutlineComparison?
        for (form, text) in [("nfd", decomposed), ("nfc", composed)] where !text.unicodeScalars.elementsEqual(clean.unicodeScalars) {
            if expected == nil { expected = OutlineComparison(try MetamorphicLayoutTests.segment(clean, name: document.relativePath)) }
            let rendered = OutlineComparison(try MetamorphicLayoutTests.segment(text, name: "\(document.relativePath) \(form)"))
            let differences = expected!.differences(to: rendered)
            if !differences.isEmpty { failures.append(("\(document.relativePath) \(form)", differences.prefix(4).joined(separator: " / "))) }
        }
        return failures
    }

    @Test func everyDevDocumentDecomposedOrRecomposedGivesItsOutlineExceptTheKnownFailures() throws {
        let documents = try Self.devDocuments()
        #expect(documents.count > 700)
        var failing: [String: String] = [:]
        for document in documents {
            for failure in try Self.failures(document) { failing[failure.key] = failure.detail }
        }
        print("NFD renderings: \(documents.count - Set(failing.keys.map { $0.components(separatedBy: " ")[0] }).count)/\(documents.count) documents give their outline")
        try KnownFailureList.printRequested(failing, differencesVariable: "PARITY_PRINT_NFD_DIFFERENCES")
        for problem in try KnownFailureList(Self.knownFailuresPath).problems(failing) {
            Issue.record(Comment(rawValue: problem))
        }
    }

    /// The Mansi version of `dev/verbatim-reindeerpens` writes its honorifics after the name with a combining macron
    /// that no precomposed letter gives (`о̄йка`, о and U+0304): its five turns are found, as written and in NFD.
    @Test func honorificWithACombiningMacronOpensTurns() throws {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/constructed-documents/dev/verbatim-reindeerpens.constructed.mns.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.unicodeScalars.contains("\u{0304}"))
        for form in [text, text.decomposedStringWithCanonicalMapping] {
            let document = PlainTextSegmenter(language: Language(code: "mns")).segment(DecodedText(form), sourceName: "reindeerpens.mns")
            let turns = document.blocks.filter { $0.kind == .speakerTurn }
            #expect(turns.map(\.id) == ["sp1", "sp2", "sp3", "sp4", "sp5"])
            #expect(turns.compactMap(\.label).map { $0.split(separator: " ").first.map(String.init) ?? "" }
                    == ["Президент:", "Новак", "Ковальчик", "Хаддад", "Президент:"])
        }
    }

    @Test func aCombiningMarkContinuesItsWord() {
        let designation = Array("Новак о\u{0304}йка (Руритания) (англи ла\u{0304}тыӈыл потыртас):".unicodeScalars)
        let noted = SpeakerLine.notedDesignation(designation)
        #expect(noted?.honorificAfterName.map { String(String.UnicodeScalarView($0)) } == "о\u{0304}йка")
        #expect(noted?.noteWords.contains(Array("ла\u{0304}тыӈыл".unicodeScalars)) == true)
        #expect(ScalarClass.isWordLetter("\u{0304}") && ScalarClass.isWordLetter("\u{0323}"))
        #expect(!ScalarClass.isWordLetter("-") && !ScalarClass.isWordLetter("1"))
    }

    @Test func theVersionsAgainstEnglishAreClean() throws {
        for code in ["mns", "yo"] {
            let findings = ParityChecker().check(Aligner().align([
                try ConstructedSegmentation.devDocument("verbatim-reindeerpens", "en"),
                try ConstructedSegmentation.devDocument("verbatim-reindeerpens", code),
            ])).filter { $0.severity >= .warning }
            #expect(findings.map { "\(code) \($0.kind.rawValue)" } == [])
        }
    }
}
