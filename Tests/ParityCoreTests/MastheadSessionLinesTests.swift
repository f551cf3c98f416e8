import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// A resolution's masthead in a language no table knows, read by the
/// document's own evidence (`MastheadSessionLines`): the session its symbol
/// names, the agenda-item line under the session line, the adoption line over
/// the numbered title; and an adoption line written date first that stays a
/// line of its own once paged (`AdoptionLine.opensWithDateThenFigure`). The
/// texts are made up (issue 9).
@Suite struct MastheadSessionLinesTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func theSymbolNamesTheSession() {
        #expect(MastheadSessionLines.session(ofSymbol: scalars("A/RES/87/12")) == 87)
        #expect(MastheadSessionLines.session(ofSymbol: scalars("A/87/L.3")) == 87)
        #expect(MastheadSessionLines.session(ofSymbol: scalars("A/HRC/7/L.1/Rev.1")) == 7)
        #expect(MastheadSessionLines.session(ofSymbol: scalars("A/C.3/79/L.5")) == 79)
        // A year, or the last component (a resolution's or document's number), is no session.
        #expect(MastheadSessionLines.session(ofSymbol: scalars("E/2040/12")) == nil)
        #expect(MastheadSessionLines.session(ofSymbol: scalars("S/RES/2851 (2027)")) == nil)
        #expect(MastheadSessionLines.session(ofSymbol: scalars("CEDAW/C/GC/37")) == nil)
    }

    @Test func sessionAndAgendaItemLinesInAnyDigits() {
        #expect(MastheadSessionLines.isSessionLine(scalars("အစည်းအဝေး ၈၇ ကြိမ်မြောက်"), session: 87))
        #expect(MastheadSessionLines.isSessionLine(scalars("Þing 87 lota"), session: 87))
        #expect(!MastheadSessionLines.isSessionLine(scalars("Þing 86 lota"), session: 87))
        #expect(!MastheadSessionLines.isSessionLine(scalars("Þing 87 lota, 12. fundur"), session: 87))
        #expect(MastheadSessionLines.isAgendaItemLine(scalars("အစီအစဉ် အမှတ် ၂၄ (b)")))
        #expect(MastheadSessionLines.isAgendaItemLine(scalars("Dagskrárliður 31")))
        #expect(MastheadSessionLines.isAgendaItemLine(scalars("Banag 24 ti ajenda")))
        #expect(!MastheadSessionLines.isAgendaItemLine(scalars("Dagskrárliður 31 og 32")))
        #expect(!MastheadSessionLines.isAgendaItemLine(scalars("14. desember 2032")))
        #expect(MastheadSessionLines.opensWithResolutionNumber(scalars("၈၇/၁၂. ခေါင်းစဉ်"), session: 87))
        #expect(!MastheadSessionLines.opensWithResolutionNumber(scalars("87. fundur"), session: 87))
    }

    private func fields(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .metadata || $0.kind == .title }
            .map { "\($0.kind):\($0.metadataField.map { "\($0)" } ?? "-")" }
    }

    /// Burmese digits, English masthead words on some lines, the adoption line hard-wrapped before its month and year.
    private let burmese = """
        United Nations
        A/RES/87/12
        General Assembly
        Distr.: General
        18 December 2032

        အစည်းအဝေး ၈၇ ကြိမ်မြောက်
        အစီအစဉ် အမှတ် ၂၄ (b)

        အထွေထွေညီလာခံ၏ ဆုံးဖြတ်ချက် General Assembly ၁၄
        December ၂၀၃၂

        ၈၇/၁၂. ကျေးလက်ရေတွင်းများ ထိန်းသိမ်းခြင်း

        အထွေထွေညီလာခံသည်၊

        ၂၀၃၀ ခုနှစ်ကတည်းက ရေတွင်း ၄၂၀ ပျက်စီးခဲ့ကြောင်း သတိပြုလျက်၊

        ၁။ အဖွဲ့ဝင်နိုင်ငံများအား ရေတွင်းများ ပြုပြင်ရန် တိုက်တွန်းသည်။

        ၂။ အတွင်းရေးမှူးချုပ်အား အစီရင်ခံရန် တောင်းဆိုသည်။
        """

    @Test func theMastheadReadsAsInEnglish() {
        let english = """
            United Nations
            A/RES/87/12
            General Assembly
            Distr.: General
            18 December 2032

            Eighty-seventh session
            Agenda item 24 (b)

            Resolution adopted by the General Assembly on 14 December 2032

            87/12. Maintenance of rural wells

            The General Assembly,

            Noting that 420 wells have been damaged since 2030,

            1. Urges Member States to repair the wells;

            2. Requests the Secretary-General to report.
            """
        // The masthead and the numbered title (the Burmese preamble's opening, which ends with `၊`, is not looked at here).
        #expect(Array(fields(burmese).prefix(9)) == fields(english))
        #expect(fields(english) == ["metadata:-", "metadata:symbol", "metadata:organ", "metadata:distribution", "metadata:date",
                                    "metadata:session", "metadata:agendaItem", "metadata:title", "title:-"])
    }

    @Test func noSessionWithoutASymbolThatNamesOne() {
        // A Security Council resolution names no session: a short line with a figure under the masthead stays as it was.
        let text = burmese.replacingOccurrences(of: "A/RES/87/12", with: "S/RES/2887 (2032)")
        #expect(!fields(text).contains("metadata:session"))
    }

    @Test func anAdoptionLineWrittenDateFirstStandsAlone() {
        #expect(AdoptionLine.opensWithDateThenFigure(scalars("2027年3月18日安全理事会第10210次会议通过")))
        #expect(AdoptionLine.opensWithDateThenFigure(scalars("2027년 3월 18일 안전보장이사회 제10210차 회의에서 채택")))
        #expect(!AdoptionLine.opensWithDateThenFigure(scalars("2028年4月5日鲁里塔尼亚常驻联合国代表给")))
        #expect(!AdoptionLine.opensWithDateThenFigure(scalars("Adopted by the Security Council at its 10210th meeting, on 18 March 2027")))
    }

    @Test func aPagedChineseResolutionKeepsItsAdoptionLine() throws {
        let path = "Tests/Fixtures/constructed-documents/dev/resolution-lakesmission.constructed.zh.txt"
        let clean = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8)
        let paged = LayoutRenderer.render(clean, .paged(width: 72, lines: 24, footer: .pageNumber), symbol: "S/RES/2851 (2027)")
        let blocks = PlainTextSegmenter().segment(DecodedText(paged), sourceName: "paged").blocks
        #expect(blocks.contains { $0.text == "2027年3月18日安全理事会第10210次会议通过" && $0.kind == .title })
        #expect(blocks.contains { $0.text == "第2851(2027)号决议" && $0.metadataField == .title })
    }
}
