import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// A document's language from the letters it writes (`LetterEvidence`, CLDR's exemplar characters): languages of
/// the Cyrillic script by the letters of their alphabets, traditional Chinese and Cantonese by their characters.
/// The texts are constructed (made-up States and figures), not UN documents.
@Suite struct ConstructedLetterEvidenceTests {
    private func detect(_ text: String) -> Language? { LanguageDetector.detect(Array(text.utf8)) }

    /// The dev texts in Ukrainian, Belarusian, Kazakh and Cantonese are named by their text alone (the file name not read).
    @Test(arguments: [
        ("dev/resolution-lamplighters.constructed.uk.txt", "uk"),
        ("dev/noteverbale-hedgerows.constructed.be.txt", "be"),
        ("dev/goals-millets.constructed.kk.txt", "kk"),
        ("dev/treaty-lichens.constructed.kk.txt", "kk"),
        ("dev/verbatim-foghorns.constructed.kk.txt", "kk"),
        ("dev/letter-saltpans.constructed.yue.txt", "yue"),
    ])
    func constructedDevTextsAreIdentifiedByTheirLetters(_ file: String, _ code: String) throws {
        let bytes = try RepositoryPaths.fixtureBytes("constructed-documents/" + file)
        #expect(LanguageDetector.detect(bytes) == Language(code: code))
    }

    /// Every Russian and Bulgarian dev text stays Russian by its script: Bulgarian writes no letter Russian's alphabet
    /// lacks, so nothing names it (as before).
    @Test func russianTextsStayRussian() throws {
        let folder = RepositoryPaths.fixture("constructed-documents/dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ru.txt") }
        #expect(files.count >= 3)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            #expect(LanguageDetector.detect(bytes) == .russian, "\(file)")
        }
    }

    @Test func constructedCyrillicSentences() {
        // Ukrainian: і ї є ґ, no ы э ъ ё.
        #expect(detect("Комітет вітає зусилля держави, яка у 2026 році відновила 14 маяків і запровадила ґрунтовні реформи, що їх підтримує населення.") == Language(code: "uk"))
        // Belarusian: ў і, no и щ.
        #expect(detect("Камітэт вітае намаганні дзяржавы, якая ў 2026 годзе аднавіла 14 маякоў і правяла рэформы, што іх падтрымлівае насельніцтва.") == Language(code: "be"))
        // Kazakh: ә і ң ғ ү ұ қ ө.
        #expect(detect("Комитет 2026 жылы 14 маякты қалпына келтірген мемлекеттің күш-жігерін құптайды және халықтың қолдауымен өткізілген реформаларға назар аударады.") == Language(code: "kk"))
        // Sakha: ҕ ҥ һ ө ү.
        #expect(detect("Кэмитиэт 2026 сыллаахха 14 маягы чөлүгэр түһэрбит судаарыстыба үлэтин үрдүктүк сыаналыыр уонна дьоҥҥо көмөлөһөр быраабылаһыа соруктарын ахтар.") == Language(code: "sah"))
        // A Russian sentence that names Київ once stays Russian.
        #expect(detect("Комитет приветствует усилия государства, которое в 2026 году восстановило 14 маяков в районе Київ и провело реформы.") == .russian)
    }

    @Test func constructedHanSentences() {
        // Simplified Chinese stays Chinese.
        #expect(detect("委员会欢迎该国在2026年修复了14座灯塔，并请缔约国在下次报告中提供关于渔民住房的资料。") == .chinese)
        // Traditional characters (員 會 歡 國 復 燈 塔 並 請 約 報 資 關 漁 產): traditional Chinese.
        #expect(detect("委員會歡迎該國在2026年修復了14座燈塔，並請締約國在下次報告中提供關於漁民住房的資料。") == Language(code: "zh-Hant"))
        // Cantonese particles (嘅 喺 啲 咗 佢): Cantonese.
        #expect(detect("委員會歡迎佢哋喺2026年修復咗14座燈塔，仲請締約國喺下次報告入面講下啲漁民嘅住屋情況。") == Language(code: "yue"))
    }

    /// A Latin text whose words name no language is named by its letters beyond ASCII when one alphabet explains them.
    @Test func constructedLatinLetters() {
        #expect(detect("Komitet z zadowoleniem przyjął sprawozdanie państwa, które w 2026 roku odbudowało 14 latarni morskich i zwiększyło środki na ochronę wybrzeża.") == Language(code: "pl"))
    }
}
