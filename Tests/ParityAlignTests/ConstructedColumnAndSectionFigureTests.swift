import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Figures of programme budget fascicles read across digit systems and
/// groupings (constructed rows and sentences, not UN text): two table columns
/// in Arabic digit-group order whose gap the unit's folded text made one
/// space (`500 438     000 417` is 438 500 and 417 000), lakh grouping in a
/// language without number tables of its own (`४,४०,०००`, `১৩,১৫,০০০`), and
/// a section's paragraph or table number written with a hyphen (`22-1`,
/// `۱۷-۱`) against the same number with a point (`22.1`). Document sets
/// `dev/budget-signalboxes` (ar, en, as) and `dev/budget-weighbridges` (fa, fr, km).
@Suite struct ConstructedColumnAndSectionFigureTests: NumberTextComparing {
    func figures(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.canonical)
    }

    func summary(_ difference: NumberComparison.Difference?) -> String? {
        guard let difference else { return nil }
        return "\(difference.severity): \(difference.onlyPivot.map(\.written)) / \(difference.onlyOther.map(\.written))"
    }

    @Test func constructedReversedGroupsKeepTheirGroupsForTheReadingAsColumns() {
        // Two columns folded to one space: one figure of four groups, its groups kept most significant first.
        let row = NumberExtractor(languageCode: "ar").extract("غير الوظائف 500 438 000 417")
        #expect(row.map(\.canonical) == ["417000438500"])
        #expect(row.first?.spaceGroups == ["417", "000", "438", "500"])
        #expect(row.first?.spaceGroupReadings.contains(["417000", "438500"]) == true)
        // A gap of two spaces or more sets the columns apart: two figures, each in Arabic order.
        #expect(figures("ar", "غير الوظائف     500 438       000 417") == ["438500", "417000"])
        // A last group of one to three digits ends a figure: the row of millions reads right as it is.
        #expect(figures("ar", "الوظائف 000 315 1 000 362 1") == ["1315000", "1362000"])
    }

    @Test func constructedColumnsInArabicOrderAgreeWithEveryConvention() {
        #expect(summary(compare("ar", "غير الوظائف 500 438 000 417", "en", "Non-post 438,500 417,000")) == nil)
        #expect(summary(compare("ar", "الوظائف 000 440 000 480", "en", "Posts 440,000 480,000")) == nil)
        // Persian digits in Arabic order against French spaces and Khmer commas: both sides may be one folded figure.
        #expect(summary(compare("fa", "غیر پست‌ها ۲۰۰ ۶۱۵ ۴۰۰ ۵۹۸", "fr", "Autres objets 615 200 598 400")) == nil)
        #expect(summary(compare("fa", "غیر پست‌ها ۲۰۰ ۶۱۵ ۴۰۰ ۵۹۸", "km", "ក្រៅមុខតំណែង ៦១៥,២០០ ៥៩៨,៤០០")) == nil)
        // Against lakh grouping in a language without number tables of its own.
        #expect(summary(compare("ar", "الوظائف 000 440 000 480", "doi", "पद ४,४०,००० ४,८०,०००")) == nil)
        #expect(summary(compare("ar", "غير الوظائف 500 438 000 417", "as", "পদৰ বাহিৰে ৪,৩৮,৫০০ ৪,১৭,০০০")) == nil)
    }

    @Test func constructedColumnsThatDifferStillDiffer() {
        // 427 000 is no reading of the other row: the difference stays.
        #expect(compare("ar", "غير الوظائف 500 438 000 427", "en", "Non-post 438,500 417,000") != nil)
        #expect(compare("fa", "غیر پست‌ها ۲۰۰ ۶۱۵ ۴۰۰ ۵۹۹", "fr", "Autres objets 615 200 598 400") != nil)
    }

    @Test func constructedLakhGroupingIsReadFromItsShapeInAnyLanguage() {
        #expect(figures("doi", "पद ४,४०,००० ४,८०,०००") == ["440000", "480000"])
        #expect(figures("as", "মুঠ ১৭,৫৩,৫০০ ১৭,৭৯,০০০") == ["1753500", "1779000"])
        #expect(figures("mai", "कुल 1,25,50,000 टाका") == ["12550000"])
        // A decimal part after the groups stays one.
        #expect(figures("doi", "१२,५०,०००.५० रुपये") == ["1250000.5"])
        // Languages that group by lakh read as before; a pair of two-digit groups without a last group of three is no lakh figure.
        #expect(figures("hi", "४,४०,०००") == ["440000"])
        #expect(figures("en", "Total 1,000,000") == ["1000000"])
        #expect(figures("doi", "४,४०,००") != ["44000"])
    }

    @Test func constructedHyphenedSectionNumberIsThePointedOne() {
        #expect(summary(compare("ar", "على النحو المبين في الجدول 22-1.", "en", "as shown in table 22.1.")) == nil)
        #expect(summary(compare("fa", "چنان‌که در جدول ۱۷-۱ آمده است.", "km", "ដូចមានបង្ហាញក្នុងតារាង ១៧.១។")) == nil)
        #expect(summary(compare("fa", "چنان‌که در جدول ۱۷-۱ آمده است.", "fr", "comme indiqué dans le tableau 17.1.")) == nil)
        // Another number, or a range with spaces, is still compared as written.
        #expect(compare("ar", "الجدول 22-2", "en", "table 22.1") != nil)
        #expect(compare("ar", "الفقرات 22 - 1", "en", "paragraph 22.1") != nil)
    }
}
