import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A table's header row of years (`2031  2032`) against a row of amounts
/// (`6.220,8   6.414,3`, `6 220,8   6 414,3`, `6,220.8   6,414.3`), as two
/// versions' table rows meet when their tables are cut into blocks
/// differently: values of different kinds — years against quantities a year
/// is never written as (decimals, grouped figures, amounts) — are at worst a
/// warning, never an error. Years against years, quantities against
/// quantities, and a plain figure against either stay errors. Constructed
/// rows in Spanish, French and English (three number conventions) and Russian.
@Suite struct ConstructedTableYearHeaderTests: NumberTextComparing {
    static let amountRows: [(code: String, text: String)] = [
        ("es", "Total   6.220,8   6.414,3"),
        ("fr", "Total   6 220,8   6 414,3"),
        ("en", "Total   6,220.8   6,414.3"),
        ("ru", "Итого   6 220,8   6 414,3"),
    ]
    static let yearRows: [(code: String, text: String)] = [("es", "2031   2032"), ("fr", "2031        2032"), ("en", "      2031      2032")]

    @Test func constructedYearHeaderAgainstAmountsIsNoError() throws {
        for row in Self.amountRows {
            for header in Self.yearRows where header.code != row.code {
                let difference = try #require(compare(row.code, row.text, header.code, header.text))
                #expect(difference.severity == .warning, "\(row.code) \(row.text) / \(header.code) \(header.text)")
                let reverse = try #require(compare(header.code, header.text, row.code, row.text))
                #expect(reverse.severity == .warning)
            }
        }
    }

    @Test func constructedSameRowsInThreeConventionsAgree() {
        for row in Self.amountRows {
            for other in Self.amountRows where other.code != row.code {
                #expect(compare(row.code, row.text, other.code, other.text) == nil, "\(row.code) / \(other.code)")
            }
        }
        #expect(compare("es", "2031   2032", "fr", "2031        2032") == nil)
    }

    @Test func constructedRealDifferencesInTablesStayErrors() {
        // A changed amount, a changed year, a year misprinted out of the year range, a plain figure against an amount.
        #expect(compare("es", "Total   6.220,8   6.414,3", "en", "Total   6,220.8   6,417.3")?.severity == .error)
        #expect(compare("es", "2031   2032", "fr", "2031   2033")?.severity == .error)
        #expect(compare("es", "2031   2032", "en", "2031   2932")?.severity == .error)
        #expect(compare("fr", "Postes   4 120,5   48", "en", "Posts   4,120.5   49")?.severity == .error)
        #expect(compare("es", "Puestos   37", "en", "Posts   4,120.5")?.severity == .error)
    }
}
