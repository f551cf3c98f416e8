import Testing
@testable import ParityCore

/// Spoken Arabic writes the ordinals with teh where the written language has theh (`تانياً`, `تالتاً`, `التاني` for
/// `ثانياً`, `ثالثاً`, `الثاني`), vowel signs stand in captions (`المُلحق الأوّل`), and `الملحق` names an annex as
/// `المرفق` does. Heading words no table reads are numbered among those it reads, at the places the series gives.
/// Constructed text (a made-up report; the Chadian Arabic is an approximation).
@Suite struct ConstructedSpokenArabicOrdinalTests {
    private static let report = """
    United Nations\tE/2094/36
    Economic and Social Council\tDistr.: General
    \t12 May 2094

    تقرير الأمين العام

    أوّلاً - المقدّمة

    ١ - التقرير دا مقدَّم حسب قرار المجلس ٢٠٩٢/١٤ حق ٢٢ جويلية ٢٠٩٢.

    تانياً - الحالة

    ٢ - قريب ٦٬٢٥٠ صنايعي صفيح بسوّو الفوانيس.

    تالتاً - التوصيات

    ٣ - التقرير الجاي يتقدّم في سنة ٢٠٩٦.

    المُلحق الأوّل

    قائمة المؤسسات اللي ساعدت

    غرفة الصنايع في سيلدافيا

    معهد شغل الصفيح، كلوف

    المُلحق التاني

    التوصيات

    ١ - الدول الأعضاء يكتبو طرق صناعة الفوانيس في قوائم تراثهم.

    ٢ - الأمين العام يقدّم تقرير تاني في سنة ٢٠٩٦.
    """

    @Test func headingsAndAnnexesReadInTheSpokenSpelling() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.report), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .heading && $0.level == 1 }.compactMap(\.labelPath) == ["I", "II", "III"])
        #expect(blocks.filter { $0.kind == .annex }.compactMap(\.label) == ["I", "II"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3", "annex-II-p1", "annex-II-p2"])
    }

    @Test func spokenOrdinalsReadAsTheWrittenOnes() {
        #expect(ArabicNumbering.ordinalValue("تانياً".unicodeScalars) == 2)
        #expect(ArabicNumbering.ordinalValue("تالتا".unicodeScalars) == 3)
        #expect(ArabicNumbering.ordinalValue("تاسعا".unicodeScalars) == 9)
        #expect(ArabicNumbering.ordinalAdjectiveValue("التاني".unicodeScalars) == 2)
        #expect(CaptionRecognizer.annexLabel("المُرفق الثاني") == "II")
    }

    /// `أوّلاً -` read by the table, then two words it does not read: they are the second and third.
    @Test func unknownWordsTakeTheirPlacesAmongKnownOnes() {
        let words: [(unit: Int, word: [Unicode.Scalar], known: Int?)] = [
            (2, Array("أولا".unicodeScalars), 1), (5, Array("دويم".unicodeScalars), nil), (8, Array("سويم".unicodeScalars), nil),
        ]
        let sequence = WordLabelSequence.learn(words)
        #expect(sequence.ordinals[Array("دويم".unicodeScalars)] == 2 && sequence.ordinals[Array("سويم".unicodeScalars)] == 3)
        // A known word out of its place (`ثانيا` first) keeps the unknown ones numbered among themselves.
        let shuffled: [(unit: Int, word: [Unicode.Scalar], known: Int?)] = [
            (2, Array("ثانيا".unicodeScalars), 2), (5, Array("دويم".unicodeScalars), nil), (8, Array("سويم".unicodeScalars), nil),
        ]
        #expect(WordLabelSequence.learn(shuffled).ordinals[Array("سويم".unicodeScalars)] == 2)
    }
}
