import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// The dev sets whose versions write their months with words no table reads, checked whole against English
/// (constructed documents, not UN text): `letter-moonwatchers` (ka, the old Georgian month names in dates written
/// year first, `2032 წლის 14 თიბათვეს`; sw, "month of N" in number words and figures, `mwezi wa kumi`, `mwezi wa 10`)
/// and `report-almanacmakers` (vi, `tháng` and a number word, `tháng Ba`, `tháng Tư`; rw, "month of N" in number words
/// no table gives, `ukwezi kwa gatatu`). Each set's one intended date difference is an error at its paragraph, and
/// nothing else in the sets is an error or a warning (`ConstructedLearnedMonthWords`).
@Suite struct ConstructedMonthWordDevSetTests {
    private func findings(_ set: String, _ code: String) throws -> [Finding] {
        func document(_ code: String) throws -> Document { try ConstructedSegmentation.devDocument(set, code) }
        let checked = ParityChecker().check(Aligner().align([try document("en"), try document(code)]))
        return checked.filter { $0.severity >= .warning }
    }

    /// The findings as `severity kind block`, the block of the non-English version.
    private func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.severity.rawValue) \($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" }
    }

    @Test func constructedGeorgianOldMonthNamesFindTheNextMeetingsMonth() throws {
        let found = try findings("letter-moonwatchers", "ka")
        #expect(summary(found) == ["error number-mismatch annex-p3"])
        #expect(found.first?.message.contains("21 October 2033") == true)
        #expect(found.first?.message.contains("2033 წლის 21 თიბათვეს") == true)
    }

    @Test func constructedSwahiliMonthOfNumberIsClean() throws {
        #expect(summary(try findings("letter-moonwatchers", "sw")) == [])
    }

    @Test func constructedVietnameseMonthWordsAreClean() throws {
        #expect(summary(try findings("report-almanacmakers", "vi")) == [])
    }

    @Test func constructedKinyarwandaLearnedNumberWordsFindTheMonth() throws {
        let found = try findings("report-almanacmakers", "rw")
        #expect(summary(found) == ["error number-mismatch p4"])
        #expect(found.first?.message.contains("14 March 2034") == true)
        #expect(found.first?.message.contains("14 ukwezi kwa kane 2034") == true)
    }
}
