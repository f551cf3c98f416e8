import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Digits Unicode files as other numbers (`No`) but writes positionally in base ten — Medefaidrin's `𖺀`–`𖺉`
/// (U+16E80–16E89), ten consecutive scalars named digits with the values 0 to 9 — are decimal digits to every
/// reader: labels, figures, footnote markers, dates. Superscript, subscript and circled digits, Roman numeral
/// letters, numerals without a zero (Ethiopic, Kharoshthi) and base-twenty numerals (Kaktovik, Mayan) are not.
/// All texts here are constructed.
@Suite struct PositionalDigitRunTests {
    static func medefaidrin(_ digits: String) -> String {
        String(String.UnicodeScalarView(digits.unicodeScalars.map { scalar in
            guard let value = scalar.properties.numericValue, (0x30...0x39).contains(scalar.value) else { return scalar }
            return Unicode.Scalar(0x16E80 + UInt32(value))!
        }))
    }

    @Test func medefaidrinDigitsHaveTheirValues() {
        for offset in 0..<10 {
            let scalar = Unicode.Scalar(0x16E80 + UInt32(offset))!
            #expect(scalar.properties.generalCategory == .otherNumber)
            #expect(DecimalDigit.value(scalar) == offset)
            #expect(ScalarClass.digit(scalar) == offset)
        }
        // Medefaidrin's numbers ten to nineteen are no digits.
        #expect(DecimalDigit.value(Unicode.Scalar(0x16E8A)!) == nil)
    }

    @Test func otherNumbersAreNoDigits() {
        let others: [UInt32] = [
            0x00B9, 0x00B2, 0x2070, 0x2074, 0x2079,  // superscripts
            0x2080, 0x2081, 0x2089,  // subscripts
            0x2460, 0x2468, 0x24EA, 0x2776,  // circled
            0x2160, 0x2169, 0x216B,  // Roman numeral letters
            0x1369, 0x1371, 0x1372,  // Ethiopic
            0x10A40, 0x10A43,  // Kharoshthi
            0x1D2C0, 0x1D2C1, 0x1D2C9,  // Kaktovik (base twenty)
            0x1D2E0, 0x1D2E1, 0x1D2E9,  // Mayan (base twenty)
            0x17F0, 0x17F1,  // Khmer divination symbols
            0x1F101, 0x1F102,  // digit with comma
            0x00BD, 0x2155,  // fractions
        ]
        for value in others {
            #expect(DecimalDigit.value(Unicode.Scalar(value)!) == nil, "U+\(String(value, radix: 16))")
        }
    }

    @Test func aFigureInMedefaidrinDigitsIsReadAsTheFigure() {
        let text = Self.medefaidrin("In 2042 the makers numbered 2,750 in 38 workshops; output rose by 1.9.")
        let values = NumberExtractor(languageCode: "und").extract(text).map(\.canonical)
        #expect(values == ["2042", "2750", "38", "1.9"], "\(values)")
    }

    @Test func medefaidrinLabelsAndParenthesizedMarkerAreRead() {
        #expect(CitedFootnoteMarker.leadingMarker(Array(Self.medefaidrin("(1) Adopted on 18 December 2040.").unicodeScalars))?.number == 1)
        #expect(ParenthesizedNoteMarkers.number(inParentheses: Array(Self.medefaidrin("(1)").unicodeScalars)) == 1)
        #expect(CitedFootnoteMarker.citations(in: Array(Self.medefaidrin("resolution 95/204(1) on").unicodeScalars))[1] != nil)
    }
}
