import ParityTestSupport
import Testing
@testable import ParityCore

/// Items lettered with the syllables of the Korean 가나다 order (`(가)`, `(나)`, or `가)`, `나)`): list items keyed
/// `a`, `b`, as `(a)`, `(b)` in another version. Constructed text (Korean wording made for the test).
@Suite struct ConstructedHangulItemLetterTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func constructedHangulSyllablesLetterItems() {
        for (first, second, third) in [("(가)", "(나)", "(다)"), ("가)", "나)", "다)")] {
            let text = """
            1.\t위원회는 다음 회기에 세 가지 문제를 검토한다.
            2.\t위원회는 다음을 결정한다:
            \(first)\t바구니 공예 작업장의 지역 등록부를 만든다;
            \(second)\t젊은 장인 150명을 위한 훈련 과정을 연다;
            \(third)\t2061년에 보고서를 제출한다.
            3.\t위원회는 이 문제를 계속 다룬다.

            """
            let blocks = segment(text).blocks.filter { $0.kind == .paragraph || $0.kind == .listItem }
            #expect(blocks.map(\.kind) == [.paragraph, .paragraph, .listItem, .listItem, .listItem, .paragraph], "\(first)")
            #expect(blocks.map(\.id) == ["p1", "p2", "p2-a", "p2-b", "p2-c", "p3"], "\(first)")
        }
        #expect(HangulNumbering.position("하") == 14)
        #expect(HangulNumbering.position("주") == nil)
    }
}
