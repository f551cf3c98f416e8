import Foundation
import ParityTestSupport
import Testing

/// `parity align --format tmx` with `--tmx-lang` and `SOURCE_DATE_EPOCH`.
@Suite struct TMXOptionsCommandTests {
    private static func environment(_ epoch: String) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": epoch]) { _, new in new }
    }

    @Test func regionalTagsAndFixedDateAreWritten() throws {
        let run = try ParityExecutable.run(
            ["align", "Sources-Texts/udhr/udhr_spa.xml", "Sources-Texts/udhr/udhr_cmn_hans.xml", "--format", "tmx", "--tmx-lang", "es=es-ES,zh=zh-CN"],
            environment: Self.environment("1795996800"))
        #expect(run.exitCode == 0, "\(run.standardError)")
        let text = run.standardOutput
        #expect(text.contains(" srclang=\"es-ES\" datatype=\"plaintext\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">"))
        #expect(text.contains("<tuv xml:lang=\"zh-CN\">"))
        #expect(!text.contains("xml:lang=\"es\""))
        #expect(text.contains("<tu tuid=\"udhr_spa:art1\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">"))
    }

    @Test func badMappingsAndDatesAreOneLineErrors() throws {
        let files = ["align", "Sources-Texts/udhr/udhr_spa.xml", "Sources-Texts/udhr/udhr_eng.xml", "--format", "tmx"]
        let wrong = try ParityExecutable.run(files + ["--tmx-lang", "es=fr-FR"])
        #expect(wrong.exitCode != 0)
        #expect(wrong.standardError.contains("--tmx-lang: 'es=fr-FR': fr-FR is not a tag of the language es"))
        let notTMX = try ParityExecutable.run(["align", "Sources-Texts/udhr/udhr_spa.xml", "Sources-Texts/udhr/udhr_eng.xml", "--format", "native", "--tmx-lang", "es=es-ES"])
        #expect(notTMX.exitCode != 0)
        #expect(notTMX.standardError.contains("--tmx-lang applies to --format tmx only"))
        let badDate = try ParityExecutable.run(files, environment: Self.environment("yesterday"))
        #expect(badDate.exitCode != 0)
        #expect(badDate.standardOutput == "")
        #expect(badDate.standardError.contains("SOURCE_DATE_EPOCH=yesterday is not a number of seconds since 1970"))
    }
}
