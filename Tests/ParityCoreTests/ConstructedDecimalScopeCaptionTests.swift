import Testing
@testable import ParityCore

/// Captions that open the scopes of a decimal numbering whatever their word
/// (`DecimalScopeCaptionLines`): goal lines of one or two words no table knows
/// and a counter N (`Manufa ta 1: …`, `Зорилт 1`, `គោលដៅ ១៖ …`), each followed
/// by its targets `N.1`, `N.a`, start a unit of their own, also in a text
/// with no blank line that is hard-wrapped, and are read as goals.
@Suite struct ConstructedDecimalScopeCaptionTests {
    /// A made-up decision and its annex of goals, no blank line anywhere, hard-wrapped at about 70 columns.
    static let hardWrapped = """
    Taron Bangarorin,
    1. Ya amince da manufofin yanki don injinan ruwa da masu ɗaga ruwan
    kogi waɗanda aka bayyana a ƙarshen wannan shawara;
    2. Ya buƙaci sakatariya ta ba Taron rahoto kan ci gaban manufofin a
    taronsa na biyar, wanda za a yi a shekarar 2031.
    Ƙarin Bayani
    Manufofin yanki don injinan ruwa da masu ɗaga ruwan kogi
    Manufa ta 1: Maido da injinan ruwa na kwarin koguna
    1.1 Nan da shekarar 2032, a gyara injinan ruwa na kwarin Bangarorin,
    240 daga cikinsu a ƙananan kwaruruka.
    1.2 Nan da shekarar 2035, a horar da masassaƙa 1,200 kan kula da ƙafafun
    katako.
    1.a A tallafa wa taron bitar al'umma masu yin filafilan ƙafafu.
    Manufa ta 2: Raba ruwan masu ɗaga ruwan kogi cikin adalci
    2.1 Nan da shekarar 2030, a kafa kwamitin masu amfani ga kowane mai
    ɗaga ruwa.
    2.2 Nan da shekarar 2034, a auna kwararar kowane mai ɗaga ruwa aƙalla sau
    4 a shekara, a kuma buga alkaluman.
    2.a A inganta musayar ilimi tsakanin kwaruruka kan raba ruwa.
    """

    private func found(_ text: String) -> [Int: Bool] {
        let bytes = Array(text.utf8)
        return DecimalScopeCaptionLines.find(bytes, LineScanner.lines(in: bytes))
    }

    private func ids(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.map(\.id)
    }

    @Test func goalLinesOfTwoUnknownWordsAreFoundByTheirTargets() {
        #expect(found(Self.hardWrapped) == [7: false, 13: false])
    }

    @Test func hardWrappedGoalLinesStartUnitsAndOpenGoals() {
        let document = PlainTextSegmenter().segment(DecodedText(Self.hardWrapped), sourceName: "constructed")
        let goals = document.blocks.filter { $0.id.hasSuffix("g1") || $0.id.hasSuffix("g2") }
        #expect(goals.map(\.text) == ["Maido da injinan ruwa na kwarin koguna", "Raba ruwan masu ɗaga ruwan kogi cikin adalci"])
        let targets = document.blocks.map(\.id).filter { $0.contains("g1-t") || $0.contains("g2-t") }
        #expect(targets.map { String($0.split(separator: "-").suffix(2).joined(separator: "-")) }
            == ["g1-t1.1", "g1-t1.2", "g1-t1.a", "g2-t2.1", "g2-t2.2", "g2-t2.a"])
        // No wrapped line that opens with a figure is a unit of its own.
        #expect(!document.blocks.contains { $0.text.hasPrefix("240") || $0.text.hasPrefix("4 a") })
    }

    @Test func aCaptionAloneOnItsLineTakesTheTitleBelow() {
        let text = """
        Зорилт 1
        Голын сав газрын усны дугуйг сэргээх

        1.1 2032 он гэхэд 240 усны дугуйг засварлах.

        1.a Олон нийтийн цехүүдийг дэмжих.

        Зорилт 2
        Голын усыг шударгаар хуваарилах

        2.1 2030 он гэхэд хэрэглэгчдийн хороо байгуулах.
        """
        #expect(found(text) == [0: true, 7: true])
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["g1", "g1-t1.1", "g1-t1.a", "g2", "g2-t2.1"])
        #expect(document.block(id: "g2")?.text == "Голын усыг шударгаар хуваарилах")
    }

    @Test func khmerDigitsAndTheKhmerColon() {
        let text = """
        គោលដៅ ១៖ ស្ដារកង់ទឹកនៃអាងទន្លេឡើងវិញ

        ១.១ ត្រឹមឆ្នាំ ២០៣២ ជួសជុលកង់ទឹក ២៤០។

        ១.ក គាំទ្រសិក្ខាសាលាសហគមន៍។

        គោលដៅ ២៖ ចែករំលែកទឹកដោយយុត្តិធម៌

        ២.១ ត្រឹមឆ្នាំ ២០៣០ បង្កើតគណៈកម្មាធិការ។
        """
        let match = NumberedCaption.match(Array("គោលដៅ ១៖ ស្ដារកង់ទឹក".unicodeScalars))
        #expect(match?.number == 1)
        #expect(match?.hasRest == true)
        #expect(found(text) == [0: false, 6: false])
        #expect(ids(text) == ["g1", "g1-t1.1", "g1-t1.a", "g2", "g2-t2.1"])
    }

    @Test func khmerTargetsWithNoBlankLineEachStartAUnit() {
        // A hard-wrapped text read as extracted from a PDF: `១.២` after `១.១` is a label as `1.2` is.
        let text = """
        អង្គការសហប្រជាជាតិ
        UNEP/CRW/3/7
        សន្និសីទនៃភាគីអនុសញ្ញាស្ដីពីកង់ទឹកទន្លេ
        ការចែកចាយ៖ ទូទៅ
        ១២ មីនា ២០២៨
        ភាសាដើម៖ អង់គ្លេស
        កិច្ចប្រជុំលើកទីបី
        សេចក្ដីសម្រេច ៣/៧
        គោលដៅតំបន់សម្រាប់កង់ទឹក និងឧបករណ៍លើកទឹកទន្លេ
        សន្និសីទនៃភាគី
        ១. អនុម័តគោលដៅតំបន់សម្រាប់កង់ទឹក និងឧបករណ៍លើកទឹកទន្លេ ដែលមានចែងក្នុងឧបសម្ព័ន្ធនៃសេចក្ដីសម្រេចនេះ។¹
        ២. ស្នើសុំឱ្យលេខាធិការដ្ឋានរាយការណ៍អំពីវឌ្ឍនភាពឆ្ពោះទៅរកគោលដៅ ទៅកាន់សន្និសីទនៅកិច្ចប្រជុំលើកទីប្រាំ ដែលនឹងប្រព្រឹត្តទៅនៅឆ្នាំ ២០៣១។
        __________
        1 សូមមើល UNEP/CRW/3/2 ផ្នែកទី II។
        ឧបសម្ព័ន្ធ
        គោលដៅតំបន់សម្រាប់កង់ទឹក និងឧបករណ៍លើកទឹកទន្លេ
        គោលដៅ ១៖ ស្ដារកង់ទឹកនៃអាងទន្លេឡើងវិញ
        ១.១ ត្រឹមឆ្នាំ ២០៣២ ជួសជុលកង់ទឹកនៃអាងទន្លេរបស់ភាគី យ៉ាងហោចណាស់ ២៤០ នៅជ្រលងភ្នំខាងក្រោម។
        ១.២ ត្រឹមឆ្នាំ ២០៣៥ បណ្ដុះបណ្ដាលជាងរោងម៉ាស៊ីន ១ ២០០ នាក់ លើការថែទាំកង់ឈើ។
        ១.ក គាំទ្រសិក្ខាសាលាសហគមន៍ដែលធ្វើស្លាបកង់។
        គោលដៅ ២៖ ចែករំលែកទឹកនៃឧបករណ៍លើកទឹកទន្លេដោយយុត្តិធម៌
        ២.១ ត្រឹមឆ្នាំ ២០៣០ បង្កើតគណៈកម្មាធិការអ្នកប្រើប្រាស់សម្រាប់ឧបករណ៍លើកទឹកនីមួយៗ។
        ២.២ ត្រឹមឆ្នាំ ២០៣៤ វាស់លំហូរនៃឧបករណ៍លើកទឹកនីមួយៗ យ៉ាងហោចណាស់ ៤ ដងក្នុងមួយឆ្នាំ ហើយផ្សព្វផ្សាយតួលេខ។
        ២.ក លើកកម្ពស់ការផ្លាស់ប្ដូរបទពិសោធរវាងអាងទន្លេស្ដីពីការចែករំលែកទឹក។
        គោលដៅ ៣៖ រក្សាចំណេះដឹងរបស់ជាងរោងម៉ាស៊ីន
        ៣.១ ត្រឹមឆ្នាំ ២០២៩ កត់ត្រាវិធីសាស្ត្រសាងសង់កង់ទឹកចាស់ៗចំនួន ៦០។
        ៣.២ រៀបចំពិព័រណ៍តំបន់របស់ជាងរោងម៉ាស៊ីនរៀងរាល់ ២ ឆ្នាំម្ដង។
        """
        let goals = ids(text).filter { $0.contains("g1") || $0.contains("g2") }.map { String($0.split(separator: "-").suffix(2).joined(separator: "-")) }
        #expect(goals == ["annex-g1", "g1-t1.1", "g1-t1.2", "g1-t1.a", "annex-g2", "g2-t2.1", "g2-t2.2", "g2-t2.a"])
    }

    @Test func aSingleCaptionOrOneNotFollowedByItsOwnTargetsIsNone() {
        // One line only: no count.
        #expect(found("""
        Manufa ta 1: Maido da injinan ruwa
        1.1 Nan da shekarar 2032, a gyara.
        """).isEmpty)
        // The decimal labels below do not start with the caption's number: a figure's or table's caption.
        #expect(found("""
        Jadwali 1: Injinan ruwa
        2.1 Nan da shekarar 2032, a gyara.
        Jadwali 2: Masu ɗaga ruwa
        3.1 Nan da shekarar 2030, a kafa.
        """).isEmpty)
        // Numbers that do not count 1, 2: no sequence.
        #expect(found("""
        Manufa ta 3: Maido da injinan ruwa
        3.1 Nan da shekarar 2032, a gyara.
        Manufa ta 5: Raba ruwa
        5.1 Nan da shekarar 2030, a kafa.
        """).isEmpty)
    }
}
