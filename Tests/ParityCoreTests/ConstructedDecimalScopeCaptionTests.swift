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
