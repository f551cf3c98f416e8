import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A count of four digits written without separator (`2150 ремісників`,
/// `2150 rzemieślników`, `2150 artesanos`), which reads as a year of the
/// years a figure may be (1800–2199), against the same count grouped in the
/// other version (`2,150 craftsmen`, `2 150`): the same figure, so a year the
/// sentence moves elsewhere is no swap of two years. Two years that trade
/// places stay a swap. Constructed phrases; document set
/// `dev/summary-curriers` (en, uk, pl).
@Suite struct ConstructedCountReadAsYearTests: NumberTextComparing {
    @Test func constructedUngroupedCountAgainstGroupedCount() {
        let cases: [(String, String)] = [
            ("uk", "2150 ремісників працювали на шкіряних заводах у 2034 році."),
            ("pl", "2150 rzemieślników pracowało w garbarniach w 2034 r."),
            ("es", "2150 artesanos trabajaban en las curtidurías en 2034."),
            ("ru", "2150 ремесленников работали на кожевенных заводах в 2034 году."),
        ]
        for (code, text) in cases {
            let difference = compare(code, text, "en", "In 2034, the tanneries employed 2,150 craftsmen.")
            #expect(difference == nil || difference?.severity == .info, "\(code): \(String(describing: difference?.severity))")
            let spaced = compare(code, text, "fr", "En 2034, les tanneries employaient 2 150 artisans.")
            #expect(spaced == nil || spaced?.severity == .info, "\(code) against fr")
        }
    }

    @Test func constructedYearsInSwappedPlacesStayASwap() throws {
        let difference = try #require(compare("uk", "у 2034 році, тоді як у 2030 році", "en", "in 2030, against 2034"))
        #expect(difference.isSwap)
        #expect(difference.severity == .warning)
    }

    @Test func constructedOtherCountIsAFinding() throws {
        let difference = try #require(compare("uk", "2160 ремісників у 2034 році", "en", "In 2034, 2,150 craftsmen"))
        #expect(difference.severity == .error)
    }

    @Test func constructedGroupedFigureShape() {
        #expect(NumberComparison.isGroupedFigure("2,150"))
        #expect(NumberComparison.isGroupedFigure("2 150"))
        #expect(NumberComparison.isGroupedFigure("2\u{202F}150"))
        #expect(NumberComparison.isGroupedFigure("٢٬١٥٠"))
        #expect(!NumberComparison.isGroupedFigure("2150"))
        #expect(!NumberComparison.isGroupedFigure("1,25"))
        #expect(!NumberComparison.isGroupedFigure("2150 ремісників"))
    }
}
