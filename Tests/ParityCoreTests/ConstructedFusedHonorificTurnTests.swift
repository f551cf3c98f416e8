import Testing
@testable import ParityCore

/// Verbatim records in scripts without spaces or case, whose designations fuse the name with the honorific the
/// record writes with every name — after it (Japanese `ノヴァク氏（ルリタニア）：`) or before it (Burmese
/// `ဦးကိုဗက် (ဘော်ဒူးရီးယား):`): no table lists the name, and each name is read once, but the honorific the names share
/// tells them, so each opens a turn as `議長：` does. Constructed records (made-up meetings, names and figures).
@Suite struct ConstructedFusedHonorificTurnTests {
    private func speakers(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label)
    }

    @Test func japaneseNamesWithTheHonorificAfterThemOpenTurns() {
        let text = """
        United Nations\tA/91/PV.17

        General Assembly
        Ninety-first session
        17th plenary meeting
        Monday, 3 October 2076, 3 p.m.
        New York

        議長：\tリンデン氏\t（フリードニア）

        午後３時５分開会。

        議長：総会は決議案A/91/L.8を審議する。

        コヴァチ氏（ボルドゥリア）：ボルドゥリアは、１２０の村で井戸を修理した。

        ハダド氏（シルダビア）（フランス語で発言）：シルダビアは決議案を支持する。

        オカフォー氏（ルリタニア）：ルリタニアは３５０万ドルを拠出した。

        議長：総会は決議案A/91/L.8を採択する。

        午後４時１０分散会。
        """
        #expect(speakers(text) == ["議長：", "コヴァチ氏（ボルドゥリア）：", "ハダド氏（シルダビア）（フランス語で発言）：", "オカフォー氏（ルリタニア）：", "議長："])
    }

    @Test func burmeseNamesWithTheHonorificBeforeThemOpenTurns() {
        let text = """
        United Nations\tS/PV.9120

        Security Council
        Eighty-first year
        9120th meeting
        Tuesday, 9 May 2071, 10 a.m.
        New York

        ဥက္ကဋ္ဌ:\tဒေါ်လင်ဒင်\t(ဖရီးဒိုးနီးယား)

        နံနက် ၁၀ နာရီ ၅ မိနစ်တွင် အစည်းအဝေးစတင်သည်။

        ဥက္ကဋ္ဌ: လုံခြုံရေးကောင်စီသည် အစီအစဉ် ၂ ကို စတင်ဆွေးနွေးမည်။

        ဦးကိုဗက် (ဘော်ဒူးရီးယား): ဘော်ဒူးရီးယားသည် ရေတွင်း ၁၂၀ ကို ပြုပြင်ခဲ့သည်။

        ဦးဟဒ်ဒဒ် (ဆီလ်ဒေးဗီးယား) (ပြင်သစ်ဘာသာဖြင့် ပြောဆိုသည်): ဆီလ်ဒေးဗီးယားသည် ဆုံးဖြတ်ချက်မူကြမ်းကို ထောက်ခံသည်။

        ဦးအိုကာဖော် (ရူရီတေးနီးယား): ရူရီတေးနီးယားသည် ဒေါ်လာ ၃.၅ သန်း ထည့်ဝင်ခဲ့သည်။

        ဥက္ကဋ္ဌ: နံနက် ၁၁ နာရီ ၁၀ မိနစ်တွင် အစည်းအဝေးပြီးဆုံးသည်။
        """
        #expect(speakers(text) == ["ဥက္ကဋ္ဌ:", "ဦးကိုဗက် (ဘော်ဒူးရီးယား):", "ဦးဟဒ်ဒဒ် (ဆီလ်ဒေးဗီးယား) (ပြင်သစ်ဘာသာဖြင့် ပြောဆိုသည်):",
                                   "ဦးအိုကာဖော် (ရူရီတေးနီးယား):", "ဥက္ကဋ္ဌ:"])
    }

    @Test func aReportWithNotedHeadsOpensNoTurns() {
        // Two heads of a word and a note and a colon, in a report (no record of turns): no designations.
        let text = """
        United Nations\tA/91/204

        General Assembly

        1.\t井戸の修理が進んだ。

        結果（水資源省）：１２０の村で井戸を修理した。

        課題（地方政府）：予算が不足している。

        2.\t報告は以上である。
        """
        #expect(speakers(text).isEmpty)
    }
}
