import Foundation
import ParityCore
import ParityIO
import ParityTestSupport
import ParityXML
import Testing

/// The library's way to open input files (`ParityIO.InputLoader`), as a
/// library user calls it, on the real texts of the repository.
@Suite struct InputLoaderTests {
    /// Loads `text` written to `folder` under the file name `name`.
    private func load(_ text: String, as name: String, in folder: TemporaryFolder) throws -> Document {
        try InputLoader().load(try folder.write(text, to: name))
    }

    /// The language-mismatch diagnostics of a loaded document.
    private func reported(_ document: Document) -> [String] {
        document.diagnostics.filter { $0.message.hasPrefix(InputLoader.languageMismatchPrefix) }.map(\.message)
    }

    @Test func constructedFileOverTheLimitIsTooLarge() throws {
        let folder = try TemporaryFolder("constructed-large")
        defer { folder.remove() }
        let path = try folder.write(Array(repeating: UInt8(ascii: "a"), count: 100), to: "large.txt")
        #expect(throws: InputError.tooLarge(file: path, bytes: 100, limit: 64)) {
            try InputLoader(sizeLimit: 64).load(path)
        }
        #expect(throws: InputError.tooLarge(file: "<stdin>", bytes: 100, limit: 64)) {
            try InputLoader(sizeLimit: 64).load(bytes: Array(repeating: UInt8(ascii: "a"), count: 100), name: "<stdin>")
        }
    }

    @Test func formatComesFromExtensionOrContent() {
        #expect(InputFormat.detect(path: "a.XML", bytes: Array("text".utf8)) == .udhrXML)
        #expect(InputFormat.detect(path: "a.txt", bytes: Array("\n  <?xml version='1.0'?><udhr/>".utf8)) == .udhrXML)
        #expect(InputFormat.detect(path: "a", bytes: [0xEF, 0xBB, 0xBF] + Array("<udhr>".utf8)) == .udhrXML)
        let utf16: [UInt8] = [0xFF, 0xFE] + "<?xml".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(InputFormat.detect(path: "a", bytes: utf16) == .udhrXML)
        #expect(InputFormat.detect(path: "es.txt", bytes: Array("Asamblea General".utf8)) == .plainText)
        #expect(InputFormat.detect(path: "x.txt", bytes: Array("<b>bold</b>".utf8)) == .plainText)
        #expect(InputFormat.detect(path: "<stdin>", bytes: Array("%PDF-1.7".utf8)) == .pdf)
    }

    @Test func languageOptionWinsElseTheFileDecides() throws {
        let path = RepositoryPaths.sourceText("udhr/udhr_rus.xml").path
        #expect(try InputLoader().load(path).language == .russian)
        #expect(try InputLoader(language: .chinese).load(path).language == .chinese)
    }

    /// A language in the file name (`report.sw.txt`, `A_61_187-NL.txt`) wins over the
    /// guess from the words, which can only choose among languages with word tables;
    /// `--lang` wins over both. Constructed Swahili and Dutch lines.
    @Test func constructedFileNameLanguageWinsOverTheGuess() throws {
        let folder = try TemporaryFolder("constructed-names")
        defer { folder.remove() }
        let swahili = "1. Mkutano unakumbusha azimio lake la tarehe 10 Juni 2026 na unasisitiza umuhimu wa bahari.\n\n"
            + "2. Mkutano unaomba Katibu Mkuu kuwasilisha ripoti kuhusu utekelezaji wa azimio hili.\n"
        let dutch = "1. De Vergadering herinnert aan haar resolutie van 10 juni 2026 en benadrukt het belang van de oceanen.\n"
        for (name, text, expected) in [("report.constructed.sw.txt", swahili, "sw"), ("A_61_187-NL.txt", dutch, "nl")] {
            let path = try folder.write(text, to: name)
            #expect(try InputLoader().load(path).language?.tag == expected)
            #expect(try InputLoader(language: Language(code: "de")).load(path).language?.tag == "de")
            #expect(try InputLoader().load(bytes: Array(text.utf8), name: path).language?.tag == expected)
        }
        // A name without a language code leaves the choice to the words.
        let unnamed = try folder.write(swahili, to: "notes.txt")
        #expect(try InputLoader().load(unnamed).language?.tag != "sw")
    }

    /// The file name's language wins over the text's, and a text that reads as another language the detector
    /// can tell apart is reported: a Ukrainian text named `-RU.txt` (one script, but Ukrainian's letters name it)
    /// stays `ru` with a diagnostic, an English text named `-FR.txt` stays `fr` with one; named `-UK.txt`, nothing
    /// is reported.
    @Test func constructedNameAndTextLanguageMismatchIsReported() throws {
        let folder = try TemporaryFolder("constructed-mismatch")
        defer { folder.remove() }
        let ukrainian = "1. Комітет вітає зусилля держави, яка у 2026 році відновила 14 маяків і запровадила ґрунтовні реформи.\n\n"
            + "2. Комітет заохочує державу поширювати інформацію про її досвід серед інших країн регіону.\n"
        let misnamed = try folder.write(ukrainian, to: "A_82_417-RU.txt")
        let document = try InputLoader().load(misnamed)
        #expect(document.language == .russian)
        #expect(reported(document) == ["language: named 'ru' but the text reads as 'uk'; kept as 'ru'"])
        let named = try folder.write(ukrainian, to: "A_82_417-UK.txt")
        let right = try InputLoader().load(named)
        #expect(right.language?.tag == "uk")
        #expect(reported(right).isEmpty)
        let english = try folder.write("1. The Committee welcomes the efforts of the State, which in 2026 restored 14 lighthouses and carried out reforms.\n",
                                       to: "A_82_417-FR.txt")
        let misfiled = try InputLoader().load(english)
        #expect(misfiled.language == .french)
        #expect(reported(misfiled) == ["language: named 'fr' but the text reads as 'en'; kept as 'fr'"])
        // Without a name that gives a language, the text decides and nothing is reported.
        let unnamed = try folder.write(ukrainian, to: "notes.txt")
        #expect(try InputLoader().load(unnamed).language?.tag == "uk")
    }

    /// A constructed Upper Sorbian paragraph: its words name no language the detector knows, and its letters
    /// beyond ASCII fit another alphabet too. A three-letter code in the file name (`hsb`) names it before any
    /// guess from those letters; without the code the letters may still name it.
    @Test func constructedThreeLetterNameCodeComesBeforeALetterGuess() throws {
        let folder = try TemporaryFolder("constructed-hsb")
        defer { folder.remove() }
        let sorbian = "1. Wuběrk witaše prócowanja knježerstwa, kotrež je w lěće 2026 štyrnaće rěčnych přistawow wobnowiło.\n\n"
            + "2. Wuběrk poruča, zo by so dožiwjenja z tutym dźěłom ze susodnymi krajemi dźělili.\n"
        let named = try folder.write(sorbian, to: "minutes.constructed.hsb.txt")
        #expect(try InputLoader().load(named).language?.tag == "hsb")
        #expect(LanguageDetector.detect(Array(sorbian.utf8), namingByLetters: false) == nil)
        // The letters alone name a language (Lower Sorbian's alphabet explains them as well): the name must win.
        #expect(LanguageDetector.detect(Array(sorbian.utf8)) != nil)
    }

    /// A three-letter code names a text its words read as another language of the code's script (CLDR's likely
    /// script): a constructed Newari paragraph (Devanagari, read as Hindi) named `.new.txt` is `new` without a word
    /// (the detector cannot tell Newari from Hindi: `DetectorKin`), a constructed Venetian one (Latin, Venetian has
    /// CLDR locale data) named `.vec.txt` is `vec`;
    /// an English paragraph named `report.new.txt` (Newari is written in Devanagari) or `notes.old.txt` (Mochi:
    /// Latin, no CLDR locale data, so the code may be an ordinary word) stays English.
    @Test func constructedThreeLetterCodeNamesATextOfItsScript() throws {
        let folder = try TemporaryFolder("constructed-codes")
        defer { folder.remove() }
        let newari = "१. समितिं सरकारया प्रयासयात लसकुस यात, गुकिं २०२६ स १४ गू लाइटहाउस न्हूगु यानाः सुधार यात।\n\n"
            + "२. समितिं सरकारयात थ्व अनुभव लिक्कसया देशतयत नं कनेत इनाप यात।\n"
        let venetian = "1. El Comitato el saluda i sforsi del Governo, che nel 2026 el ga rinovà 14 fari e el ga fato de łe riforme.\n\n"
            + "2. El Comitato el invita el Governo a far conóser sta esperiensa ai paesi vissini.\n"
        let english = "1. The Committee welcomes the efforts of the Government, which in 2026 restored 14 lighthouses.\n\n"
            + "2. The Committee invites the Government to share this experience with the countries of the region.\n"
        let named = try load(newari, as: "minutes.constructed.new.txt", in: folder)
        #expect(named.language?.tag == "new")
        #expect(reported(named).isEmpty)
        #expect(try load(venetian, as: "minutes.constructed.vec.txt", in: folder).language?.tag == "vec")
        #expect(try load(english, as: "report.new.txt", in: folder).language == .english)
        #expect(try load(english, as: "notes.old.txt", in: folder).language == .english)
        #expect(LikelyScript.script(of: Language(code: "new")!) == "Deva")
        #expect(LikelyScript.fileCode(Language(code: "yue")!, canName: .chinese))
        #expect(!LikelyScript.fileCode(Language(code: "old")!, canName: .english))
        #expect(!LikelyScript.fileCode(Language(code: "new")!, canName: .english))
    }

    /// A three-letter code of a Latin language without CLDR locale data names a text whose words reach the share that
    /// names a text without a name, but not the share of a language's own running text (one word in ten,
    /// `LanguageDetector.shareAgainstName`): a constructed Tedim Chin record (an approximation, made up), which writes
    /// `in` and `a` as words and borrows `report`, `Committee` and an English masthead, named `.ctd.txt` is `ctd`, where
    /// before it was read as English; a long English passage named `report.new.txt` stays English.
    @Test func constructedCodeOutweighsAFewEnglishWords() throws {
        let folder = try TemporaryFolder("constructed-code-share")
        defer { folder.remove() }
        let tedim = """
            United Nations\tE/C.19/2099/SR.11
            Economic and Social Council\tDistr.: General
            \t21 April 2099
            \tOriginal: English
            Committee on Traditional Crafts
            Summary record of the 11th meeting
            Held at the Palais des Nations, Geneva, on 14 April 2099, at 10 a.m.
            Makaipa: Pi Vasquez (Freedonia)

            1. Pu Novak (Borduria) in a gam report masa a pulak ciangin, Borduria ah thalngal bawlmi 1,870 kiziak a, \
            amau sung pan 29 percent pen numei hi ci hi.

            2. Kum 2096 apan, euro 640,000 a tam gam sum in ngangtang te thalngal bawl dan sin sak hi.

            3. Pi Lindqvist in 3 March 2097 a Khutsiam Nasep Thukham pen lungdam huai hi ci a, thalngal bawlmi \
            bangzah in phattuamna ngah uh hiam ci in dong hi.

            4. Pu Haddad in report sung a kigen mun 12 te kibang lo in kizel hi ci a, mun thak te bawl ding om \
            hiam ci in dong hi.

            5. Makaipa in Borduria mi sawlte Committee tawh kiho khopna hoih a neih uh hangin lungdam ko hi.

            """
        let english = String(repeating: "The Committee welcomes the efforts of the Government, which in 2026 restored 14 lighthouses "
            + "and invites it to share this experience with the countries of the region. ", count: 4)
        #expect(try load(tedim, as: "summary.constructed.ctd.txt", in: folder).language?.tag == "ctd")
        #expect(try load(english, as: "report.new.txt", in: folder).language == .english)
    }

    /// A language of South Asia that CLDR gives one of the region's scripts but no locale data (Rajbanshi, `rjs`,
    /// Devanagari) names a text in another of them (the Bengali script, as Rajbanshi is written in India and
    /// Bangladesh); Hindi, which CLDR has locale data for, contradicts a Bengali text, and Newari names no Cyrillic one.
    /// Constructed paragraphs.
    @Test func constructedSouthAsianCodeNamesATextInAnotherScriptOfTheRegion() throws {
        let folder = try TemporaryFolder("constructed-south-asian")
        defer { folder.remove() }
        let rajbanshi = "১. কমিটি সরকারের চেষ্টাক স্বাগত জানায়, যেইটা ২০২৬ সালত ১৪টা বাতিঘর ঠিক করিসে।\n\n"
            + "২. কমিটি সরকারক এই অভিজ্ঞতা আশপাশের দেশের সাথত ভাগ করির অনুরোধ করে।\n"
        let named = try load(rajbanshi, as: "minutes.constructed.rjs.txt", in: folder)
        #expect(named.language?.tag == "rjs")
        #expect(reported(named).isEmpty)
        // A Hindi name over the Bengali script is kept as given, and the mismatch is reported.
        #expect(!reported(try load(rajbanshi, as: "minutes.constructed.hi.txt", in: folder)).isEmpty)
        #expect(LikelyScript.fileCode(Language(code: "rjs")!, canName: Language(code: "bn")!))
        #expect(!LikelyScript.fileCode(Language(code: "hi")!, canName: Language(code: "bn")!))
        // Sherpa, which CLDR gives Devanagari, over a text in the Tibetan script; Tibetan itself stays Tibetan only.
        #expect(LikelyScript.fileCode(Language(code: "xsr")!, canName: Language(code: "bo")!))
        #expect(!LikelyScript.fileCode(Language(code: "ne")!, canName: Language(code: "bo")!))
        let sherpa = "༡. ཚོགས་ཆུང་གིས་ གཞུང་གི་ འབད་བརྩོན་ལ་ དགའ་བསུ་ ཞུ་གི། སྤྱི་ལོ་ ༢༠༢༦ ལོར་ བཟོ་ཁང་ ༡༤ བསྐྱར་གསོ་ བྱས།\n\n"
            + "༢. ཚོགས་ཆུང་གིས་ ཉམས་མྱོང་འདི་ ས་ཁུལ་གྱི་ རྒྱལ་ཁབ་ གཞན་ དང་ མཉམ་སྤྱོད་ ཞུ་ རོགས།\n"
        let sherpaNamed = try load(sherpa, as: "minutes.constructed.xsr.txt", in: folder)
        #expect(sherpaNamed.language?.tag == "xsr")
        #expect(!LikelyScript.fileCode(Language(code: "new")!, canName: .russian))
    }

    /// A language CLDR has no locale data for is written in the script of the country CLDR places it in too: Pattani
    /// Malay (`mfa`, given the Arabic script, in Thailand) in the Thai script. A constructed paragraph (an approximation
    /// of Pattani Malay in Thai letters, which the detector reads as Thai) named `.mfa.txt` is `mfa`, with nothing
    /// reported; Urdu, which CLDR has locale data for, names no Thai text.
    @Test func constructedCodeNamesATextInItsCountrysScript() throws {
        let folder = try TemporaryFolder("constructed-country-script")
        defer { folder.remove() }
        let pattaniMalay = "๑. ญาวาตันกวาซา ซูกอ เงาะ อูซาฮอ กือราจาอัน, ยาง ดาละ ตาฮง ๒๐๒๖ บาอิก ๑๔ รูมะ ปือลีตอ.\n\n"
            + "๒. ญาวาตันกวาซา มินตอ กือราจาอัน บาฆี ปืองาลามัน นี ดืองัน เนอฆือรี ยาง ดือกะ.\n"
        let named = try load(pattaniMalay, as: "minutes.constructed.mfa.txt", in: folder)
        #expect(named.language?.tag == "mfa")
        #expect(reported(named).isEmpty)
        #expect(LikelyScript.script(of: Language(code: "mfa")!) == "Arab")
        #expect(LikelyScript.countryScript(of: Language(code: "mfa")!) == "Thai")
        #expect(LikelyScript.fileCode(Language(code: "mfa")!, canName: Language(code: "th")!))
        #expect(!LikelyScript.fileCode(Language(code: "ur")!, canName: Language(code: "th")!))
        #expect(LikelyScript.countryScript(of: Language(code: "ur")!) == nil)
    }

    /// Constructed paragraphs in languages the detector reads as another language of their script (or of the
    /// script's kin): Laz in the Georgian script (read as Georgian; CLDR gives Laz the Latin script but no locale
    /// data), Ainu in Katakana (read as Japanese; kana are Japanese-like writing), Kabardian and Yakut in Cyrillic,
    /// Abaza in Cyrillic (a valid ISO 639-3 code CLDR does not list). Named with their codes, they take them, with
    /// nothing reported. A Russian name over an Arabic text is a real conflict: kept and reported. A Newari name
    /// (Devanagari in CLDR) over a Cyrillic text names nothing, and a made-up code that only looks like one
    /// (`zqx`, in no ISO 639 list) gives no language: the text decides.
    @Test func constructedFileNameCodeWinsUnlessTheScriptContradictsIt() throws {
        let folder = try TemporaryFolder("constructed-script-kin")
        defer { folder.remove() }
        let laz = "მუხლი 1\n\nმხარეფექ გეჩამეს 2026 წანაშ 14 შუქურაშ ხელახალა დოდგინუაშ ოხოშქუა.\n\nმუხლი 2\n\nნა ოხოშქუაქ ძალაშა გეშულუნ ხელმოწერაშ დღაშე.\n"
        let ainu = "第1条\n\nウタリ アナクネ 2026 パ タ トゥペサン チセ エカラ クス ウコラムコロ。\n\nシネ ウタラ アナクネ ウコイタク ヌカラ。\n"
        let kabardian = "1. Комитетым къэралыгъуэм и лэжьыгъэр егъэлъапIэ, абы 2026 гъэм маяк 14 зэфIигъэувэжащ.\n\n"
            + "2. Комитетым къэралыгъуэм и IуэхущIафэхэр гъунэгъу къэралхэм ящигъэщIэну къелъэIу.\n"
        let yakut = "1. Кэмитиэт судаарыстыба үлэтин сөбүлүүр, кини 2026 сыллаахха 14 маайагы өрөмүөннээбитэ.\n\n"
            + "2. Кэмитиэт судаарыстыбаттан бу уопуту ыаллыы дойдуларга үллэстэригэр көрдөһөр.\n"
        let abaza = "1. Комитет ахъвымчIвы ауаажвкIуа ааилыргахуа, 2026 шыкъвсазы 14 маяк ачIвыхьайт.\n\n"
            + "2. Комитет ауаажвкIуа ари апхьарта ачIвы амчIвы рыла ааилыргахуа.\n"
        let cases: [(text: String, names: [String], code: String)] = [
            (laz, ["treaty.constructed.lzz.txt", "treaty-LZZ.txt"], "lzz"),
            (ainu, ["treaty.constructed.ain.txt", "treaty_AIN.txt"], "ain"),
            (kabardian, ["report.constructed.kbd.txt"], "kbd"),
            (yakut, ["report.constructed.sah.txt"], "sah"),
            (abaza, ["report.constructed.abq.txt"], "abq"),
        ]
        for (text, names, code) in cases {
            for name in names {
                let document = try load(text, as: name, in: folder)
                #expect(document.language?.tag == code, "\(name): \(String(describing: document.language))")
                #expect(reported(document).isEmpty, "\(name): \(reported(document))")
            }
        }
        #expect(try load(laz, as: "treaty.txt", in: folder).language?.tag == "ka")
        #expect(try load(ainu, as: "treaty.txt", in: folder).language?.tag == "ja")
        #expect(LikelyScript.mayWrite(Language(code: "lzz")!, script: "Geor"))
        #expect(LikelyScript.mayWrite(Language(code: "ain")!, script: "Jpan"))
        #expect(!LikelyScript.mayWrite(.russian, script: "Arab"))
        #expect(!LikelyScript.mayWrite(Language(code: "new")!, script: "Cyrl"))
        // A real conflict: a Russian name over an Arabic text is kept and reported.
        let arabic = "1. ترحب اللجنة بجهود الدولة التي رممت في عام 2026 أربع عشرة منارة.\n\n2. وتشجع اللجنة الدولة على تبادل خبرتها مع بلدان المنطقة.\n"
        let misnamed = try load(arabic, as: "report.ru.txt", in: folder)
        #expect(misnamed.language == .russian)
        #expect(reported(misnamed) == ["language: named 'ru' but the text reads as 'ar'; kept as 'ru'"])
        // A three-letter code of a language written in another script than the text's is a word of the name.
        #expect(try load(yakut, as: "report.new.txt", in: folder).language?.tag != "new")
        // A made-up code names nothing: the text decides.
        #expect(FileNameLanguage.split("report.zqx.txt") == nil)
        #expect(try load(yakut, as: "report.zqx.txt", in: folder).language?.tag != "zqx")
    }

    /// Constructed Saraiki and Balochi paragraphs (Arabic script; the detector reads them as Urdu or another
    /// Arabic-script language it profiles, or leaves them unnamed) and a constructed Konkani one (Devanagari, read
    /// as Hindi): a name with their codes, in any case and position (`report.constructed.skr.txt`,
    /// `report-SKR.txt`, `A_82_417.gom.txt`, `A-82-417_GOM.txt`), gives the version that language, and nothing is
    /// reported, since the detector cannot tell them from its reading (`DetectorKin`). Konkani, which CLDR gives
    /// no script, is read with the rules of its reading (Hindi's). Named without a code, the text decides.
    @Test func constructedCodesNoTableKnowsNameTheirKinTexts() throws {
        let folder = try TemporaryFolder("constructed-kin")
        defer { folder.remove() }
        let cases: [(text: String, names: [String], code: String)] = [
            (ConstructedKinTexts.saraiki, ["report.constructed.skr.txt", "report-SKR.txt", "A_82_417_skr.txt"], "skr"),
            (ConstructedKinTexts.konkani, ["report.constructed.gom.txt", "A_82_417.gom.txt", "A-82-417_GOM.txt"], "gom"),
            (ConstructedKinTexts.balochi, ["report.bal.txt", "report-BAL.txt"], "bal"),
        ]
        for (text, names, code) in cases {
            for name in names {
                let document = try load(text, as: name, in: folder)
                #expect(document.language?.tag == code, "\(name)")
                #expect(reported(document).isEmpty, "\(name): \(reported(document))")
            }
            #expect(try load(text, as: "report.txt", in: folder).language?.tag != code)
        }
        // An English text named with such a code: the code is a word of the name in another script; the text decides.
        #expect(try load(ConstructedKinTexts.english, as: "report.skr.txt", in: folder).language == .english)
        let settled = InputLoader.settle(named: Language(code: "gom")!, text: Array(ConstructedKinTexts.konkani.utf8))
        #expect(settled.language?.tag == "gom")
        #expect(settled.reading?.tag == "hi")
        #expect(settled.warning == nil)
        // Codes without a table of their own to which CLDR does give a script are read with their reading's rules
        // too (Magahi and Braj in Devanagari with Hindi's; Balochi in the Arabic script with its reading's, or its
        // own code's, which is no table's either, when the detector names nothing), the version keeping its code.
        for (code, text) in [("mag", ConstructedKinTexts.konkani), ("bra", ConstructedKinTexts.konkani), ("bal", ConstructedKinTexts.balochi)] {
            let read = LanguageDetector.detect(Array(text.utf8), namingByLetters: false)
            let kin = InputLoader.settle(named: Language(code: code)!, text: Array(text.utf8))
            #expect(kin.language?.tag == code, "\(code)")
            #expect(kin.reading == (read ?? Language(code: code)), "\(code): read with \(String(describing: kin.reading))")
            #expect(kin.warning == nil, "\(code)")
        }
        #expect(InputLoader.settle(named: Language(code: "mag")!, text: Array(ConstructedKinTexts.konkani.utf8)).reading?.tag == "hi")
        // A code with a table of its own is read with its own rules.
        #expect(InputLoader.settle(named: Language(code: "hi")!, text: Array(ConstructedKinTexts.konkani.utf8)).reading?.tag == "hi")
    }

    /// Bytes read elsewhere (standard input) give the same document as the
    /// file, under the name given: UDHR XML and plain text, detected by content.
    @Test func bytesGiveTheSameDocumentAsTheFile() throws {
        for relative in ["udhr/udhr_eng.xml", "un-hearings-2006/es.txt"] {
            let path = RepositoryPaths.sourceText(relative).path
            var fromFile = try InputLoader().load(path)
            let fromBytes = try InputLoader().load(bytes: try RepositoryPaths.sourceTextBytes(relative), name: "<stdin>")
            #expect(fromBytes.sourceName == "<stdin>")
            fromFile.sourceName = "<stdin>"
            #expect(fromBytes == fromFile, "\(relative)")
        }
    }

    /// `open` tells an alignment file from a document: Alignments/udhr.xml
    /// (native, six versions, README: 94 links) and Alignments/udhr.tmx
    /// (all six languages), against udhr_eng.xml (a UDHR document).
    @Test func openTellsAlignmentFilesFromDocuments() throws {
        let root = RepositoryPaths.root
        guard case .alignment(let native) = try InputLoader().open(root.appendingPathComponent("Alignments/udhr.xml").path) else {
            Issue.record("Alignments/udhr.xml is not opened as an alignment")
            return
        }
        #expect(native.alignment.versions.count == 6)
        #expect(native.alignment.links.count == 94)
        #expect(native.alignment.versions.map { $0.language?.rawValue } == ["ar", "zh", "en", "fr", "ru", "es"])
        guard case .alignment(let tmx) = try InputLoader().open(root.appendingPathComponent("Alignments/udhr.tmx").path) else {
            Issue.record("Alignments/udhr.tmx is not opened as an alignment")
            return
        }
        #expect(tmx.alignment.versions.count == 6)
        guard case .document(let english) = try InputLoader().open(RepositoryPaths.sourceText("udhr/udhr_eng.xml").path) else {
            Issue.record("udhr_eng.xml is not opened as a document")
            return
        }
        #expect(english.language == .english)
        #expect(english.blocks.count == 92)
    }

    /// A real ODS PDF read from bytes (as from standard input) goes through
    /// pdftotext by way of a temporary file and gives the file's document.
    @Test(.enabled(if: PDFTextExtractor.executable(named: "pdftotext", searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil))
    func pdfBytesGiveTheSameDocumentAsTheFile() throws {
        let path = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/real/un-ods-pdf/A_RES_70_10-EN.pdf").path
        var fromFile = try InputLoader().load(path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let fromBytes = try InputLoader().load(bytes: bytes, name: "<stdin>")
        fromFile.sourceName = "<stdin>"
        #expect(fromBytes == fromFile)
        #expect(fromBytes.blocks.contains { $0.kind == .paragraph })
    }
}
