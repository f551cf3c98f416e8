import ParityTestSupport
import Testing
@testable import ParityCore

/// Captions whose name is of a few words before the numeral (`SURA YA II`,
/// `Phụ lục I`, `ተጨማሪ ሰነድ II`, `Ibara ya 3`), caption words whose syllables
/// a joiner links (`·`, the Tibetan tsheg), and decimal targets lettered in
/// any alphabet (`1.ա`, `൧.ക`), each known by its sequence whatever the
/// language or script. Short constructed texts.
@Suite struct ConstructedCaptionNameTests {
    private func wordFirst(_ text: String) -> String? {
        NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
    }

    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func aCaptionNameOfAFewWordsBeforeItsNumeral() {
        #expect(wordFirst("SURA YA II") == "sura ya 2 false")
        #expect(wordFirst("Phụ lục I") == "phụ lục 1 false")
        #expect(wordFirst("ተጨማሪ ሰነድ II") == "ተጨማሪ ሰነድ 2 false")
        #expect(wordFirst("Ibara ya 3 – Ukaguzi") == "ibara ya 3 true")
        // The words one space apart in the key, however the line spaces them.
        #expect(wordFirst("SURA  YA III") == "sura ya 3 false")
        // One word still comes first: its text after the number is a link, as before.
        #expect(wordFirst("Bilaga I till skrivelsen") == "bilaga 1 true")
        // Running text: a name of more words, a number run on into words without a separator, a year, a number word.
        #expect(wordFirst("Sura ya kwanza ya I") == nil)
        #expect(wordFirst("Ripoti ya mwaka 2026 ilionyesha") == nil)
        #expect(wordFirst("Ripoti ya 3 ilionyesha ongezeko") == nil)
        #expect(wordFirst("Deel van twee") == nil)
        // A capitalized word after the first is a caption word of its own: "Dalam Pasal 5" (in article 5) is text.
        #expect(wordFirst("Dalam Pasal 5") == nil)
    }

    @Test func constructedSwahiliChaptersAndArticlesNamedInTwoWords() {
        let text = "Zimekubaliana kama ifuatavyo:\n\nSURA YA I\nMASHARTI YA JUMLA\n\nIbara ya 1 – Tafsiri\nMaandishi ya ibara.\n\n"
            + "Ibara ya 2 – Lengo\n1. Kwanza.\n2. Pili.\n\nSURA YA II\nWAJIBU\n\nIbara ya 3 – Ukaguzi\n1. Kwanza.\n2. Pili.\n3. Tatu.\n\n"
            + "Ibara ya 4 – Ushirikiano\n1. Kwanza.\n2. Pili.\n"
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3", "art4"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
                == ["art2-p1", "art2-p2", "art3-p1", "art3-p2", "art3-p3", "art4-p1", "art4-p2"])
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.map(\.labelPath) == ["I", "II"])
    }

    @Test func constructedAnnexesNamedInTwoWordsAfterTheBodysCount() {
        // Vietnamese and Amharic: the count restarts under each caption, numbered I, II in sequence.
        let vietnamese = "I. Giới thiệu\n\n1. Đoạn một.\n\n2. Đoạn hai.\n\n3. Đoạn ba.\n\nPhụ lục I\n\nThương tích theo khu vực\n\n1. Một.\n\n2. Hai.\n\n"
            + "Phụ lục II\n\nKhuyến nghị\n\n1. Một.\n\n2. Hai.\n"
        let amharic = "1. አንደኛ አንቀጽ።\n\n2. ሁለተኛ አንቀጽ።\n\n3. ሦስተኛ አንቀጽ።\n\nተጨማሪ ሰነድ I\n\nበክልል የተመዘገቡ ጉዳቶች\n\n1. አንድ።\n\n2. ሁለት።\n\n"
            + "ተጨማሪ ሰነድ II\n\nየባለሙያዎች ምክሮች\n\n1. አንድ።\n\n2. ሁለት።\n"
        for text in [vietnamese, amharic] {
            let document = segment(text)
            #expect(document.blocks.filter { $0.kind == .annex }.map(\.label) == ["I", "II"])
            #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
                    == ["p1", "p2", "p3", "annex-I-p1", "annex-I-p2", "annex-II-p1", "annex-II-p2"])
        }
        // The count goes on after the caption (a figure's caption between paragraphs): no annex.
        let figures = "1. Một.\n\nHình vẽ số I\n\n2. Hai.\n\nHình vẽ số II\n\n3. Ba.\n"
        #expect(segment(figures).blocks.allSatisfy { $0.kind != .annex })
    }

    @Test func constructedSwahiliProtocolOfArticlesAnnexedUnderAWordAlone() {
        // The agreement's articles `Ibara ya 1` … `3` (title on the next line), then `Kiambatisho` over a protocol whose
        // articles count again from 1: the protocol's articles are the annex's.
        let text = "Zimekubaliana kama ifuatavyo:\n\nIbara ya 1\nLengo\nLengo la Mkataba huu ni kulinda samaki wa Ziwa.\n\n"
            + "Ibara ya 2\nUshirikiano\nWanachama watabadilishana takwimu kila mwaka.\n\nIbara ya 3\nKuanza kutumika\n"
            + "Mkataba huu utaanza kutumika tarehe 1 Januari 2028.\n\nUmeandikwa Morava, tarehe 5 Oktoba 2027.\n\nKiambatisho\n\n"
            + "ITIFAKI KUHUSU UKAGUZI WA PAMOJA\n\nIbara ya 1\nWakaguzi\nKila Mwanachama atateua wakaguzi 12.\n\n"
            + "Ibara ya 2\nRipoti\nWakaguzi watatoa ripoti kila baada ya miezi 6.\n"
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3", "annex-art1", "annex-art2"])
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
    }

    @Test func anAnnexWordLinkedByAnotherParticleOfItsScript() {
        // Han script: the particle before the annex word may be another language's (`之` as `的`), in a caption that
        // names its note by a date.
        #expect(CaptionRecognizer.annexCaptionLabel("2027年9月14日致秘書長普通照會之附件") == "")
        #expect(CaptionRecognizer.annexCaptionLabel("2027年9月14日致秘書長的普通照會的附件") == "")
        #expect(CaptionRecognizer.annexCaptionLabel("致秘書長普通照會之附件") == nil)
        #expect(CaptionRecognizer.annexCaptionLabel("詳情見2027年報告之附件。") == nil)
    }

    @Test func syllablesJoinedByAJoinerMakeOneCaptionWord() {
        // Joiners are known by their properties: punctuation that ends nothing.
        #expect(NumberedCaption.isWordJoiner("\u{0F0B}"))   // Tibetan tsheg
        #expect(NumberedCaption.isWordJoiner("\u{00B7}"))   // middle dot
        #expect(!NumberedCaption.isWordJoiner(","))
        #expect(!NumberedCaption.isWordJoiner("\u{1362}"))  // Ethiopic full stop
        #expect(!NumberedCaption.isWordJoiner("\u{1363}"))  // Ethiopic comma
        #expect(!NumberedCaption.isWordJoiner("\u{0F0D}"))  // Tibetan shad
        let joined = Array("Par·lament 2".unicodeScalars)
        #expect(NumberedCaption.wordEnd(joined, from: 0) == 10)
        #expect(wordFirst("Par·lament 2") == "par·lament 2 false")
    }

    @Test func aWordClosedByItsScriptsFullStopIsAnAnnexWordAlone() {
        #expect(BlockClassifier.isScriptStop("\u{1362}"))   // Ethiopic full stop
        #expect(BlockClassifier.isScriptStop("\u{0F0D}"))   // Tibetan shad
        #expect(!BlockClassifier.isScriptStop("\u{1363}"))  // Ethiopic comma
        #expect(!BlockClassifier.isScriptStop("."))
        // Amharic: the annex word closed by `።` before the goals that open the annex's scope.
        let text = "1. አንደኛ አንቀጽ።\n\n2. ሁለተኛ አንቀጽ።\n\nአባሪ።\n\nግቦችና ዒላማዎች\n\nግብ 1. መጠበቅ\n\n1.1 አንደኛ ዒላማ።\n\n1.2 ሁለተኛ ዒላማ።\n\n"
            + "ግብ 2. መመለስ\n\n2.1 አንደኛ ዒላማ።\n"
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "annex-g1-t1.1", "annex-g1-t1.2", "annex-g2-t2.1"])
    }

    @Test func decimalTargetsLetteredInAnyAlphabetFollowTheirScriptsOrder() {
        // Armenian, a cased script: small letters in their order; Malayalam digits and consonants.
        #expect(DecimalLabel.parse(Array("1.ա Աջակցել".unicodeScalars))?.components == ["1", "ա"])
        #expect(DecimalLabel.parse(Array("൩.ഗ കൈമാറുക".unicodeScalars))?.components == ["3", "ഗ"])
        #expect(DecimalSequence.continues(["1", "բ"], previous: ["1", "ա"], goal: 1, lastNumber: 0))
        #expect(!DecimalSequence.continues(["1", "ա"], previous: ["1", "բ"], goal: 1, lastNumber: 0))
        // A capital is no target letter; a letter with a sign after it is a word.
        #expect(DecimalLabel.parse(Array("1.Ա Աջակցել".unicodeScalars)) == nil)
        #expect(DecimalLabel.parse(Array("൧.കാ വാക്ക്".unicodeScalars)) == nil)
        let armenian = "1. Առաջին։\n\n2. Երկրորդ։\n\nՀավելված\n\nՆպատակներ\n\nՆպատակ 1. Պաշտպանել\n\n1.1 Առաջին։\n\n1.ա Աջակցել։\n\n1.բ Վերապատրաստել։\n\n"
            + "Նպատակ 2. Վերականգնել\n\n2.1 Առաջին։\n\n2.ա Հավաքել։\n"
        let malayalam = "൧. ഒന്ന്.\n\n൨. രണ്ട്.\n\nഅനുബന്ധം\n\nലക്ഷ്യങ്ങൾ\n\nലക്ഷ്യം ൧. സംരക്ഷിക്കുക\n\n൧.൧ ഒന്ന്.\n\n൧.ക സഹായിക്കുക.\n\n൧.ഖ പരിശീലനം.\n\n"
            + "ലക്ഷ്യം ൨. പുനഃസ്ഥാപിക്കുക\n\n൨.൧ ഒന്ന്.\n\n൨.ക സമാഹരിക്കുക.\n"
        for text in [armenian, malayalam] {
            let document = segment(text)
            #expect(document.blocks.filter { $0.kind == .paragraph && $0.id.hasPrefix("annex") }.map(\.id)
                    == ["annex-g1-t1.1", "annex-g1-t1.a", "annex-g1-t1.b", "annex-g2-t2.1", "annex-g2-t2.a"])
        }
    }
}
