import Testing
@testable import ParityCore

/// A verbatim record in a script without case that writes no sentence mark (Thai): its turns end no sentence by a
/// mark, yet the first designation with a speech of some length ends the front matter, and every turn opens — the
/// members' names fused with their honorifics (`นายโควัค (บอร์ดูเรีย):`) as the President's. The masthead line naming the
/// presiding officer (a name and its note after the function) stays front matter. Constructed record (made-up meeting).
@Suite struct ConstructedUnpunctuatedTurnTests {
    private static let record = """
        United Nations\tS/PV.9120

        Security Council
        Eighty-first year
        9120th meeting
        Tuesday, 9 May 2071, 10 a.m.
        New York

        ประธาน:\tนางลินเดน\t(ฟรีโดเนีย)

        เปิดประชุมเวลา 10.05 น.

        ประธาน: คณะมนตรีความมั่นคงจะพิจารณาวาระที่ 2

        นายโควัค (บอร์ดูเรีย): บอร์ดูเรียได้ซ่อมบ่อน้ำ 120 แห่ง

        นางฮัดดัด (ซิลดาเวีย) (พูดเป็นภาษาฝรั่งเศส): ซิลดาเวียสนับสนุนร่างข้อมติ

        นายโอคาฟอร์ (รูริทาเนีย): รูริทาเนียให้เงิน 3.5 ล้านดอลลาร์

        ประธาน: ปิดประชุมเวลา 11.10 น.
        """

    @Test func everyTurnOfARecordWithoutSentenceMarksOpens() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.record), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .speakerTurn }.compactMap(\.label)
                == ["ประธาน:", "นายโควัค (บอร์ดูเรีย):", "นางฮัดดัด (ซิลดาเวีย) (พูดเป็นภาษาฝรั่งเศส):", "นายโอคาฟอร์ (รูริทาเนีย):", "ประธาน:"])
        #expect(blocks.contains { $0.kind != .speakerTurn && $0.text.hasPrefix("ประธาน:") && $0.text.hasSuffix("(ฟรีโดเนีย)") })
    }
}
