import Foundation
import ParityTestSupport
import Testing

/// `--lang` with any BCP 47 tag and the constructed German, Portuguese,
/// Japanese and Hindi fixtures (`Tests/Fixtures/constructed/languages/`)
/// through the commands.
@Suite struct AnyLanguageCommandTests {
    private static let folder = "Tests/Fixtures/constructed/languages/"
    private let germanUDHR = folder + "constructed-udhr-deu.xml"
    private let spanishUDHR = folder + "constructed-udhr-spa.xml"

    private func json(_ run: ParityExecutable.Run) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    @Test(arguments: [("de", "de"), ("pt-BR", "pt-BR"), ("deu", "de"), ("ca", "ca"), ("zh-Hant", "zh-Hant")])
    func constructedOutlineTakesAnyTag(_ tag: String, _ normalized: String) throws {
        let run = try ParityExecutable.run(["outline", "--lang", tag, "--json", Self.folder + "constructed-de.txt"])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        #expect(try json(run)["language"] as? String == normalized)
    }

    @Test(arguments: [
        (["outline", "--lang", "12", "Sources-Texts/udhr/udhr_eng.xml"],
         "parity: error: malformed language tag '12': the language subtag '12' is not letters (give a BCP 47 tag: en, fr, es, ru, ar, zh, de, pt-BR, ja, hi, …)"),
        (["text", "--lang", "de DE", "Sources-Texts/udhr/udhr_eng.xml"],
         "parity: error: malformed language tag 'de DE': a tag has only letters, digits and hyphens (de, pt-BR, zh-Hant) (give a BCP 47 tag: en, fr, es, ru, ar, zh, de, pt-BR, ja, hi, …)"),
        (["outline", "--lang", "xx", "Sources-Texts/udhr/udhr_eng.xml"],
         "parity: error: unknown language 'xx': not an ISO 639 language code (give a BCP 47 tag: en, fr, es, ru, ar, zh, de, pt-BR, ja, hi, …)"),
        (["check", "Sources-Texts/udhr/udhr_eng.xml", "Sources-Texts/udhr/udhr_fra.xml", "--lang", "en,12"],
         "parity: error: --lang: malformed language tag '12': the language subtag '12' is not letters (give a BCP 47 tag: en, fr, es, ru, ar, zh, de, pt-BR, ja, hi, …)"),
    ])
    func constructedMalformedTagIsOneLineAndExitCode2(_ arguments: [String], _ message: String) throws {
        let run = try ParityExecutable.run(arguments)
        #expect(run.exitCode == 2)
        #expect(run.errorLines == [message, "See 'parity \(arguments[0]) --help'."])
        #expect(run.standardOutput == "")
    }

    @Test(arguments: [("constructed-de.txt", "de"), ("constructed-pt.txt", "pt"), ("constructed-ja.txt", "ja"), ("constructed-hi.txt", "hi")])
    func constructedFixtureIsOutlinedInItsLanguage(_ file: String, _ tag: String) throws {
        let run = try ParityExecutable.run(["outline", "--json", Self.folder + file])
        #expect(run.exitCode == 0)
        let object = try json(run)
        #expect(object["language"] as? String == tag)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let ids = blocks.compactMap { $0["id"] as? String }
        #expect(["p1", "p2", "p3", "art1", "art2", "art3"].allSatisfy(ids.contains))
    }

    @Test func constructedGermanUDHRAlignsWithSpanishToATMXWithDe() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-any-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("es-de.tmx").path
        let run = try ParityExecutable.run(["align", spanishUDHR, germanUDHR, "-o", output])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.errorLines == ["parity: wrote \(output)"])
        let tmx = try String(contentsOfFile: output, encoding: .utf8)
        #expect(tmx.contains("srclang=\"es\""))
        #expect(tmx.contains("<tuv xml:lang=\"de\">"))
        #expect(tmx.contains("<seg>Artikel 1</seg>"))
        let reversed = directory.appendingPathComponent("de-es.tmx").path
        let pair = try ParityExecutable.run(["align", spanishUDHR, germanUDHR, "--pair", "de,es", "-o", reversed])
        #expect(pair.exitCode == 0, "\(pair.standardError)")
        let xces = try ParityExecutable.run(["align", spanishUDHR, germanUDHR, "--format", "xces", "-o", directory.path + "/"])
        #expect(xces.exitCode == 0, "\(xces.standardError)")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(written.contains { $0.hasSuffix(".es-de.xml") }, "\(written)")
        #expect(written.contains { $0.hasSuffix(".de.xml") }, "\(written)")
    }

    @Test func constructedGermanUDHRChecksCleanAgainstItsSpanishCounterpart() throws {
        let run = try ParityExecutable.run(["check", spanishUDHR, germanUDHR, "--json", "--fail-on", "warning"])
        #expect(run.exitCode == 0, "\(run.standardOutput)")
        let versions = try #require(try json(run)["versions"] as? [[String: Any]])
        #expect(versions.map { $0["language"] as? String } == ["es", "de"])
    }

    @Test func constructedPivotAndLanguageListTakeAnyTag() throws {
        let run = try ParityExecutable.run(["check", spanishUDHR, germanUDHR, "--lang", ",de-CH", "--pivot", "de", "--json"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let versions = try #require(try json(run)["versions"] as? [[String: Any]])
        #expect(versions.map { $0["language"] as? String } == ["es", "de-CH"])
        #expect(versions.map { $0["isPivot"] as? Bool } == [false, true])
    }

    @Test func constructedGermanUDHRAgainstTheRealSpanishShowsAndReports() throws {
        let show = try ParityExecutable.run(["show", "Sources-Texts/udhr/udhr_spa.xml", germanUDHR, "--width", "100"])
        #expect(show.exitCode == 0, "\(show.standardError)")
        #expect(show.standardOutput.contains("de · constructed-udhr-deu.xml"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-any-language-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("report.html").path
        let report = try ParityExecutable.run(["report", "Sources-Texts/udhr/udhr_spa.xml", germanUDHR, "-o", html])
        #expect(report.exitCode == 0, "\(report.standardError)")
        let text = try String(contentsOfFile: html, encoding: .utf8)
        #expect(text.contains("German (de)"))
        #expect(text.contains("lang=\"de\""))
    }
}
