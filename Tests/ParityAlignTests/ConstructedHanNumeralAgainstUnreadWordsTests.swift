import Testing
@testable import ParityCore

/// A value one version writes without digits (`第二十七条`, Han numerals)
/// against figures of a language without number words of its own (Tibetan,
/// Dzongkha: no table, no CLDR spell-out): that language may write the value
/// in words Parity cannot read (`ཉེར་བདུན་པ`, 27th), so the difference is a
/// warning (its figures are one-sided), not an error. Against digits
/// (`第27条`) a different figure stays an error; the same figure is no
/// finding. Constructed passages.
@Suite struct ConstructedHanNumeralAgainstUnreadWordsTests {
    func findings(_ code: String, _ text: String, _ chinese: String) -> [Finding] {
        ConstructedNumberCorpusTests.numberFindings(ConstructedNumberCorpusTests.document("zh", [chinese]),
                                                    ConstructedNumberCorpusTests.document(code, [text]))
    }

    @Test func constructedHanOrdinalAgainstTableLessFiguresIsNoError() {
        for (code, text) in [("bo", "དོན་ཚན་ཉེར་བདུན་པ། ༥, ༡༢"), ("dz", "དོན་ཚན་ཉེར་བདུན་པ། ༥, ༡༢")] {
            let found = findings(code, text, "第二十七条。")
            #expect(!found.isEmpty, "\(code)")
            #expect(found.allSatisfy { $0.severity <= .warning }, "\(code): \(found.map(\.message))")
        }
    }

    @Test func constructedHanOrdinalInDigitsStillDiffersAndTheSameValueMatches() {
        #expect(findings("bo", "དོན་ཚན་ ༢༨ པ།", "第27条。").contains { $0.severity == .error })
        #expect(findings("bo", "དོན་ཚན་ ༢༧ པ།", "第二十七条。").isEmpty)
        #expect(findings("dz", "དོན་ཚན་ ༢༧ པ།", "第二十七条。").isEmpty)
    }
}
