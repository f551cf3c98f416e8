import Foundation
import Testing
import ParityCore
import ParityTestSupport
@testable import ParityXML

/// Issue 10 on the real UDHR: the six versions have no number error, and
/// the HTML report of es/en/zh/ar marks no article heading (第三条 against
/// "Artículo 3") as a differing number.
@Suite struct UDHRNumberParityTests {
    @Test func sixVersionsHaveNoNumberError() throws {
        let checked = try RealUDHRAlignment.make()
        let numberFindings = checked.findings.filter { $0.kind == .numberMismatch || $0.kind == .symbolMismatch }
        #expect(numberFindings.filter { $0.severity == .error }.map(\.message) == [])
        #expect(numberFindings.filter { $0.severity == .warning }.map(\.message) == [])
    }

    @Test func reportOfSpanishEnglishChineseArabicMarksNoHeading() throws {
        let documents = try ["spa", "eng", "cmn_hans", "arb"].map { try RealTextViewTests.udhr($0) }
        let (_, alignment, findings) = RealTextViewTests.view(documents)
        let html = HTMLReportWriter().render(alignment: alignment, findings: findings)
        let marked = HTMLInspector.inspect(html).markedTexts
        #expect(marked == [])
    }
}
