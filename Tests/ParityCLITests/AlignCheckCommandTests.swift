import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// `parity align` and `parity check` run as a binary on the real texts.
@Suite struct AlignCheckCommandTests {
    private let english = "Sources-Texts/udhr/udhr_eng.xml"
    private let french = "Sources-Texts/udhr/udhr_fra.xml"
    private let spanishText = "Sources-Texts/un-hearings-2006/es.txt"

    /// The French UDHR sets two English preamble paragraphs as one: the lengths add up and no figure differs, so the
    /// merge is a difference of segmentation only, reported as info.
    @Test func checkEnglishFrenchReportsThePreambleMergeAsInfoAndExitsZero() throws {
        let run = try ParityExecutable.run(["check", english, french])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        #expect(run.outputLines == [
            "version en: \(english) (pivot)",
            "version fr: \(french)",
            "info: merged-paragraphs: fr unnumbered paragraph pre7 holds en unnumbered paragraphs pre7 + pre8 (length ratio 0.94 (typical 1.09); set apart differently only)",
            "  at en pre7+pre8; fr pre7",
            "0 errors, 0 warnings, 1 info",
        ])
    }

    @Test func failOnWarningTurnsTheWarningIntoExitOne() throws {
        let chinese = "Sources-Texts/udhr/udhr_cmn_hans.xml", spanish = "Sources-Texts/udhr/udhr_spa.xml"
        #expect(try ParityExecutable.run(["check", english, spanish, chinese]).exitCode == 0)
        #expect(try ParityExecutable.run(["check", english, spanish, chinese, "--fail-on", "warning"]).exitCode == 1)
        // Info findings alone never fail a run.
        #expect(try ParityExecutable.run(["check", english, french, "--fail-on", "warning"]).exitCode == 0)
    }

    @Test func checkJSONFollowsTheDocumentedSchema() throws {
        let run = try ParityExecutable.run(["check", english, french, "--json"])
        #expect(run.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "pivot", "versions", "summary", "findings"])
        #expect(object["schema"] as? String == "parity-check/1")
        #expect(object["summary"] as? [String: Int] == ["error": 0, "warning": 0, "info": 1])
        let versions = try #require(object["versions"] as? [[String: Any]])
        #expect(versions.map { Set($0.keys) } == Array(repeating: ["index", "sourceName", "language", "blockCount", "isPivot"], count: 2))
        #expect(versions.map { $0["blockCount"] as? Int } == [92, 91])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["kind"] as? String == "merged-paragraphs")
        let locations = try #require(findings.first?["locations"] as? [[String: Any]])
        #expect(locations.map { $0["blockIDs"] as? [String] } == [["pre7", "pre8"], ["pre7"]])
        #expect(Set(locations[0].keys) == ["version", "language", "blockIDs", "labels"])
    }

    @Test func alignJSONListsEveryBlockOnce() throws {
        let run = try ParityExecutable.run(["align", english, french, "--json"])
        #expect(run.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "parity-align/1")
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(Set(links[0].keys) == ["index", "type", "method", "confidence", "blockIDs"])
        let ids = links.compactMap { $0["blockIDs"] as? [[String]] }
        #expect(ids.count == links.count)
        #expect(ids.flatMap { $0[0] }.count == 92)
        #expect(ids.flatMap { $0[1] }.count == 91)
        #expect(links.filter { $0["method"] as? String == "number" }.count == 30)
    }

    @Test func alignListingShowsTypeMethodConfidenceAndFirstWords() throws {
        let run = try ParityExecutable.run(["align", english, french])
        #expect(run.exitCode == 0)
        let lines = run.standardOutput.components(separatedBy: "\n")
        #expect(lines.prefix(3) == ["version en: \(english), 92 blocks (pivot)", "version fr: \(french), 91 blocks", "91 links"])
        let article = try #require(lines.firstIndex { $0.hasPrefix("#") && $0.contains("1-1  number") })
        #expect(lines[article + 1] == "  en  art1  Article 1")
        #expect(lines[article + 2] == "  fr  art1  Article premier")
    }

    @Test func spanishDocumentAgainstItselfIsClean() throws {
        let run = try ParityExecutable.run(["check", spanishText, spanishText])
        #expect(run.exitCode == 0)
        #expect(run.outputLines.last == "0 errors, 0 warnings, 0 info")
    }

    @Test func pivotByLanguageReordersNothingButTheRoles() throws {
        let run = try ParityExecutable.run(["check", english, french, "--pivot", "fr"])
        #expect(run.exitCode == 0)
        #expect(run.outputLines.prefix(2) == ["version en: \(english)", "version fr: \(french) (pivot)"])
        #expect(run.standardOutput.contains("split-paragraphs: fr unnumbered paragraph pre7 is split into en unnumbered paragraphs pre7 + pre8"))
    }

    @Test func threeVersionsAlignInOneListingAndCheckWithoutErrors() throws {
        let chinese = "Sources-Texts/udhr/udhr_cmn_hans.xml", spanish = "Sources-Texts/udhr/udhr_spa.xml"
        let align = try ParityExecutable.run(["align", english, spanish, chinese])
        #expect(align.exitCode == 0)
        #expect(align.outputLines.prefix(4) == [
            "version en: \(english), 92 blocks (pivot)", "version es: \(spanish), 92 blocks",
            "version zh: \(chinese), 92 blocks", "93 links",
        ])
        #expect(align.outputLines.contains("#1  1-1-1  length  0.87"))
        let check = try ParityExecutable.run(["check", english, spanish, chinese])
        #expect(check.exitCode == 0)
        #expect(check.outputLines.last == "0 errors, 4 warnings, 3 info")
    }

    @Test func languageListOverridesPerFile() throws {
        let run = try ParityExecutable.run(["check", english, french, "--lang", ",es", "--json"])
        #expect(run.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let versions = try #require(object["versions"] as? [[String: Any]])
        #expect(versions.map { $0["language"] as? String } == ["en", "es"])
    }

    @Test(arguments: [
        (["check", "Sources-Texts/udhr/udhr_eng.xml"], "parity: error: give at least two files to compare"),
        (["check", "Sources-Texts/udhr/udhr_eng.xml", "Sources-Texts/udhr/udhr_fra.xml", "--pivot", "ru"],
         "parity: error: no file is in the pivot language 'ru'"),
        (["check", "Sources-Texts/udhr/udhr_eng.xml", "Sources-Texts/udhr/udhr_fra.xml", "--lang", "en"],
         "parity: error: --lang lists 1 language for 2 files"),
        (["check", "Sources-Texts/udhr/udhr_eng.xml", "Sources-Texts/udhr/udhr_fra.xml", "--fail-on", "info"],
         "parity: error: --fail-on must be warning or error, not 'info'"),
        (["align", "Sources-Texts/udhr/udhr_eng.xml", "no-such-file.txt"], "parity: no-such-file.txt: cannot read: no such file or directory"),
    ])
    func badUsageOrInputIsOneLineAndExitTwo(_ arguments: [String], _ message: String) throws {
        let run = try ParityExecutable.run(arguments)
        #expect(run.exitCode == 2)
        #expect(run.standardOutput == "")
        // Bad usage: the problem, then which help to read; unreadable input: one line.
        let hint = message.hasPrefix("parity: error: ") ? ["See 'parity \(arguments[0]) --help'."] : []
        #expect(run.errorLines == [message] + hint)
    }
}
