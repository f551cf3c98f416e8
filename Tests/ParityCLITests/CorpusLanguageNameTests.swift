import Foundation
import ParityCore
import ParityTestSupport
import Testing
@testable import parity

/// `parity corpus` on flat files named with codes no table of Parity's knows (`-SKR`, `.gom.`, `-BAL`): each is a
/// version of its set in that language (TMX `xml:lang`), and nothing is reported, since the detector cannot tell
/// those texts from the kin language it reads (`DetectorKin`). A misnamed file is reported: an English text named
/// `-FR`, a Ukrainian text named `-RU` (the detector names Ukrainian from its letters). Constructed texts.
@Suite struct CorpusLanguageNameTests {
    @Test func constructedKinCodesNameTheirVersionsAndMisnamedFilesAreReported() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parity-corpus-kin-\(UUID().uuidString)")
        let source = root.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let files: [(String, String)] = [
            ("A_82_5-EN.txt", ConstructedKinTexts.english), ("A_82_5-SKR.txt", ConstructedKinTexts.saraiki),
            ("A-82-5.gom.txt", ConstructedKinTexts.konkani), ("A_82_5-BAL.txt", ConstructedKinTexts.balochi),
            ("A_82_6-EN.txt", ConstructedKinTexts.english), ("A_82_6-FR.txt", ConstructedKinTexts.english),
            ("A_82_7-EN.txt", ConstructedKinTexts.english), ("A_82_7-RU.txt", ConstructedKinTexts.ukrainian),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: source.appendingPathComponent(name)) }
        let output = root.appendingPathComponent("out")
        let run = try ParityExecutable.run(["corpus", source.path, "-o", output.path, "--quiet"], timeout: 600)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.errorLines == [
            "parity: A_82_6: \(source.path)/A_82_6-FR.txt: warning: named 'fr' but the text reads as 'en'; kept as 'fr'",
            "parity: A_82_7: \(source.path)/A_82_7-RU.txt: warning: named 'ru' but the text reads as 'uk'; kept as 'ru'",
        ])
        let kinLine = try #require(run.outputLines.first { $0.hasPrefix("A_82_5: ") })
        #expect(kinLine.hasPrefix("A_82_5: 4 versions (gom,bal,en,skr), "), "\(kinLine)")
        let tmx = try String(contentsOf: output.appendingPathComponent("A_82_5.tmx"), encoding: .utf8)
        for code in ["skr", "gom", "bal"] { #expect(tmx.contains("xml:lang=\"\(code)\""), "\(code)") }
    }
}
