import Foundation
import Testing
@testable import ParityCore

/// `Language` as an open value type: BCP 47 tags (constructed tag strings).
@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("de", "de"), ("DE", "de"), ("deu", "de"), ("ger", "de"), ("pt", "pt"), ("por", "pt"), ("pt-BR", "pt-BR"),
        ("pt_br", "pt-BR"), ("ja", "ja"), ("jpn", "ja"), ("hi", "hi"), ("hin", "hi"), ("ca", "ca"), ("cat", "ca"),
        ("zh-Hant", "zh-Hant"), ("zh-hant-tw", "zh-Hant"), ("pt-br-x-test", "pt-BR-x-test"), ("sr-Latn", "sr-Latn"), ("el", "el"), ("gre", "el"),
        ("yue", "yue"), ("zh-yue", "yue"), ("de-CH-1996", "de-CH-1996"), ("en-x-test", "en-x-test"),
        ("iw", "he"), ("und", "und"), ("qaa", "qaa"), (" ko ", "ko"),
    ])
    func constructedTagsAreNormalized(_ written: String, _ tag: String) throws {
        let language = try #require(Language(code: written), "\(written)")
        #expect(language.tag == tag)
        #expect(language.rawValue == tag)
    }

    /// The six UN languages keep the two-letter code Parity identified their versions by.
    @Test(arguments: [
        ("en", Language.english), ("eng", .english), ("en-GB", .english), ("fra", .french), ("fre", .french),
        ("es-ES", .spanish), ("es-419", .spanish), ("spa", .spanish), ("rus", .russian), ("ru-Cyrl", .russian),
        ("arb", .arabic), ("ara", .arabic), ("zh-Hans", .chinese), ("zh-Hans-CN", .chinese), ("cmn", .chinese),
        ("zho", .chinese), ("chi", .chinese),
    ])
    func constructedUNTagsKeepTheirTwoLetterCode(_ written: String, _ language: Language) {
        #expect(Language(code: written) == language)
        #expect(Language(code: written)?.isUNOfficial == true)
    }

    @Test(arguments: ["", "  ", "12", "123", "de DE", "de--DE", "-de", "de-", "abcdefghij", "de-abcdefghi", "d", "x-private",
                      "de.DE", "日本", "de-DE-x", "de-a", "en-Latn-Latn"])
    func constructedMalformedTagsAreRefusedWithAReason(_ written: String) {
        #expect(Language(code: written) == nil)
        guard case .failure(let error) = Language.parse(written) else {
            Issue.record("\(written) was accepted")
            return
        }
        let message = error.description
        #expect(!message.isEmpty && !message.contains("\n"))
        if case .unknownLanguage = error { Issue.record("\(written): malformed, not unknown: \(message)") }
    }

    @Test(arguments: ["xx", "zz", "zzz-DE", "qzz"])
    func constructedUnknownPrimarySubtagsAreRefused(_ written: String) {
        guard case .failure(.unknownLanguage(_, let primary)) = Language.parse(written) else {
            Issue.record("\(written) was not refused as an unknown language")
            return
        }
        #expect(!primary.isEmpty)
    }

    @Test func constructedMessagesAreOneLine() {
        #expect(String(describing: LanguageTagError.malformed(tag: "12", reason: "the language subtag '12' is not letters"))
                == "malformed language tag '12': the language subtag '12' is not letters")
        #expect(String(describing: LanguageTagError.unknownLanguage(tag: "xx", primary: "xx"))
                == "unknown language 'xx': not an ISO 639 language code")
    }

    @Test func constructedSubtagsAndProperties() throws {
        let brazilian = try #require(Language(code: "pt-BR"))
        #expect(brazilian.primary == "pt")
        #expect(brazilian.regionSubtag == "BR")
        #expect(brazilian.scriptSubtag == nil)
        #expect(brazilian.base == Language(code: "pt"))
        #expect(brazilian != Language(code: "pt"))
        #expect(!brazilian.isUNOfficial)
        #expect(brazilian.englishName == "Portuguese")
        let traditional = try #require(Language(code: "zh-Hant"))
        #expect(traditional.scriptSubtag == "Hant")
        #expect(traditional.isUNOfficial)
        #expect(traditional.conventions.language == .chinese)
        #expect(Language(code: "de")?.englishName == "German")
        #expect(Language(code: "el")?.englishName == "Greek")
        #expect(Language(code: "ca")?.englishName == "Catalan")
        #expect(Language(code: "yue")?.englishName == "yue")
        #expect(Language.english.englishName == "English")
        #expect(Language.chinese.englishName == "Chinese")
    }

    @Test(arguments: [("ar", true), ("fa", true), ("ur", true), ("he", true), ("ps", true), ("yi", true), ("ckb", true),
                      ("ku-Arab", true), ("az-Arab", true), ("ar-Latn", false), ("en", false), ("hi", false), ("de", false),
                      ("zh", false), ("ja", false)])
    func constructedDirectionByScriptThenPrimary(_ tag: String, _ rightToLeft: Bool) {
        #expect(Language(code: tag)?.isRightToLeft == rightToLeft, "\(tag)")
    }

    @Test func constructedLanguagesAreCodableAsTheirTag() throws {
        let languages = [Language.spanish, Language(code: "pt-BR")!, Language(code: "deu")!]
        let data = try JSONEncoder().encode(languages)
        #expect(String(decoding: data, as: UTF8.self) == #"["es","pt-BR","de"]"#)
        #expect(try JSONDecoder().decode([Language].self, from: data) == languages)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Language].self, from: Data(#"["12"]"#.utf8)) }
    }

    @Test(arguments: [
        ("Deutsch", "de"), ("German", "de"), ("Português", "pt"), ("日本語", "ja"), ("हिन्दी", "hi"), ("हिंदी", "hi"),
        ("Español", "es"), ("English", "en"), ("中文", "zh"), ("Englisch", "en"), ("inglês", "en"), ("अंग्रेज़ी", "en"),
    ])
    func constructedLanguageNames(_ name: String, _ tag: String) {
        #expect(Language(name: name)?.tag == tag)
    }
}
