import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Amounts in myriads with figures after the myriad, in any language that
/// writes Han characters, in traditional and simplified characters: `1萬2000`
/// (Cantonese, Min Nan) = `1万2千` = `1.2万` = `1만2000` (Korean) = 12,000;
/// `3億5000萬` = 350,000,000, `2亿3400万` = 234,000,000. Constructed phrases; document set
/// `dev/report-lanternmakers` (en, fr, zh, yue, ja).
@Suite struct ConstructedHanMyriadCompoundTests: NumberTextComparing {
    func amounts(_ code: String?, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind.comparisonClass == "number" }.map(\.canonical)
    }

    @Test func constructedUnitsAfterTheMyriad() {
        for code in ["yue", "nan", "zh", "ja", "wuu", nil] {
            #expect(amounts(code, "請咗1萬2000個師傅") == ["12000"], "\(code ?? "general")")
            #expect(amounts(code, "1万2千人") == ["12000"], "\(code ?? "general")")
            #expect(amounts(code, "3億5000萬美元") == ["350000000"], "\(code ?? "general")")
            #expect(amounts(code, "2亿3400万美元") == ["234000000"], "\(code ?? "general")")
            #expect(amounts(code, "1.2万名") == ["12000"], "\(code ?? "general")")
        }
        // Korean writes the units after its myriad syllable the same way (`1만2000명`).
        #expect(amounts("ko", "1만2000명") == ["12000"])
        #expect(amounts("ko", "3억5000만 달러") == ["350000000"])
        // A figure of its own after the myriad is read with it; one set apart by a space is not.
        #expect(amounts("yue", "2萬5000平方米") == ["25000"])
        #expect(amounts("yue", "1萬 2000") == ["10000", "2000"])
        // Units no smaller than the myriad are no part of it.
        #expect(amounts("yue", "1萬20000") == ["10000", "20000"])
    }

    @Test func constructedSameAmountIsNoFinding() {
        #expect(compare("yue", "請咗1萬2000個燈籠師傅", "en", "employed 12,000 lantern makers") == nil)
        #expect(compare("yue", "請咗1萬2000個燈籠師傅", "zh", "雇用了1.2万名灯笼匠") == nil)
        #expect(compare("yue", "請咗1萬2000個燈籠師傅", "fr", "employaient 12 000 fabricants") == nil)
        #expect(compare("ja", "1万2千人の見習い", "zh", "1.2万名学徒") == nil)
        #expect(compare("yue", "3億5000萬美元", "zh", "3.5亿美元") == nil)
        #expect(compare("yue", "2億3400萬美元", "en", "234 million dollars") == nil)
        #expect(compare("ja", "2億3400万ドル", "fr", "234 millions de dollars") == nil)
        #expect(compare("ko", "1만2000명의 견습생", "en", "12,000 apprentices") == nil)
    }

    @Test func constructedOtherAmountIsAFinding() throws {
        let difference = try #require(compare("yue", "請咗1萬3000個燈籠師傅", "zh", "雇用了1.2万名灯笼匠"))
        #expect(difference.onlyPivot.map(\.canonical) == ["13000"])
        #expect(difference.severity == .error)
    }
}
