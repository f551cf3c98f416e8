import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Every decimal digit Unicode knows (general category Nd, numeric type decimal: ASCII, Arabic-Indic, Devanagari,
/// Chakma `𑄶`–`𑄿` U+11136–1113F, Adlam, Mathematical digits …) is read the same way: each reader of digits gives
/// it its value, and a figure written in any block's digits is read as the same figure. A property over all
/// Nd ranges, found from Unicode's tables, not listed.
@Suite struct DecimalDigitBlocksTests {
    /// The zero of every run of ten decimal digits Unicode has.
    static let zeros: [Unicode.Scalar] = {
        var zeros: [Unicode.Scalar] = []
        var value: UInt32 = 0
        while value <= 0x10FFFF {
            if let scalar = Unicode.Scalar(value), scalar.properties.numericType == .decimal, scalar.properties.numericValue == 0 {
                zeros.append(scalar)
                value += 10
            } else {
                value += 1
            }
        }
        return zeros
    }()

    @Test func everyDecimalDigitHasItsValueInEveryReader() {
        #expect(Self.zeros.count > 60)
        #expect(Self.zeros.contains(Unicode.Scalar(0x11136)!))
        for zero in Self.zeros {
            for offset in 0..<10 {
                let scalar = Unicode.Scalar(zero.value + UInt32(offset))!
                #expect(DecimalDigit.value(scalar) == offset, "U+\(String(zero.value, radix: 16)) + \(offset)")
                #expect(ScalarClass.digit(scalar) == offset, "U+\(String(zero.value, radix: 16)) + \(offset)")
            }
        }
    }

    @Test func aFigureInAnyBlocksDigitsIsReadAsTheFigure() {
        for zero in Self.zeros {
            func digit(_ d: UInt32) -> String { String(Unicode.Scalar(zero.value + d)!) }
            let text = "Item " + digit(4) + digit(2) + " of the agenda, adopted in " + digit(2) + digit(0) + digit(2) + digit(7) + "."
            let values = NumberExtractor(languageCode: "und").extract(text).map(\.canonical)
            #expect(values == ["42", "2027"], "U+\(String(zero.value, radix: 16)): \(values)")
        }
    }
}
