import ParityCore
import Testing

/// The value layer of the additive numeral systems (`EthiopicNumeral`, `AlphabeticNumeral`): every system, edge
/// values, and sequences that are no number.
@Suite struct EthiopicNumeralTests {
    @Test(arguments: [
        ("፩", 1), ("፱", 9), ("፲", 10), ("፲፱", 19), ("፳", 20), ("፺፱", 99), ("፻", 100), ("፻፩", 101), ("፪፻", 200),
        ("፻፴፰", 138), ("፲፻", 1000), ("፳፻፵፬", 2044), ("፵፩፻፳", 4120), ("፺፱፻፺፱", 9999), ("፼", 10_000),
        ("፼፻", 10_100), ("፼፳፫፻፵፭", 12_345), ("፲፼", 100_000), ("፻፼", 1_000_000), ("፫፻፳፮፼", 3_260_000),
        ("፼፼", 100_000_000),
    ])
    func valueOfNumeral(_ numeral: String, _ value: Int) {
        #expect(EthiopicNumeral.value(of: numeral.unicodeScalars) == value)
    }

    @Test(arguments: ["", "፱፲", "፲፲", "፩፩", "፩፲", "፻፻", "፲፱a", "19", "ሀ"])
    func illFormedSequenceGivesNil(_ numeral: String) {
        #expect(EthiopicNumeral.value(of: numeral.unicodeScalars) == nil)
    }

    @Test func spellingRoundTrips() {
        #expect(EthiopicNumeral.spelling(2044) == "፳፻፵፬")
        #expect(EthiopicNumeral.spelling(100) == "፻")
        #expect(EthiopicNumeral.spelling(10_000) == "፼")
        #expect(EthiopicNumeral.spelling(0) == nil)
        for value in [1, 9, 10, 11, 19, 99, 100, 101, 110, 999, 1000, 2044, 9999, 10_000, 10_001, 12_345, 3_260_000, 99_999_999] {
            #expect(EthiopicNumeral.spelling(value).flatMap { EthiopicNumeral.value(of: $0.unicodeScalars) } == value)
        }
    }
}

@Suite struct AlphabeticNumeralTests {
    @Test(arguments: [
        ("Ա", 1), ("Թ", 9), ("Ժ", 10), ("ԺԱ", 11), ("Ի", 20), ("ՂԹ", 99), ("Ճ", 100), ("ՌՋՀԵ", 1975), ("Ք", 9000),
        ("ա", 1), ("ժբ", 12),
    ])
    func armenian(_ numeral: String, _ value: Int) {
        #expect(AlphabeticNumeral.value(of: numeral.unicodeScalars, in: .armenian) == value)
    }

    @Test(arguments: [
        ("ა", 1), ("ბ", 2), ("გ", 3), ("ჱ", 8), ("თ", 9), ("ი", 10), ("ია", 11), ("კ", 20), ("ჲ", 60), ("ჟ", 90),
        ("რ", 100), ("ჳ", 400), ("უ", 400), ("შ", 900), ("ჩ", 1000), ("ჰ", 9000), ("ჵ", 10_000), ("ჩჟთ", 1099),
        ("Ა", 1),  // Mtavruli capital
    ])
    func georgian(_ numeral: String, _ value: Int) {
        #expect(AlphabeticNumeral.value(of: numeral.unicodeScalars, in: .georgian) == value)
    }

    @Test(arguments: [
        ("א", 1), ("ט", 9), ("י", 10), ("י״א", 11), ("ט״ו", 15), ("ט״ז", 16), ("כ", 20), ("ך", 20), ("צ״ט", 99),
        ("ק", 100), ("ת", 400), ("תק", 500), ("תת", 800), ("תתקצ״ט", 999), ("ב׳", 2), ("יא", 11),
    ])
    func hebrew(_ numeral: String, _ value: Int) {
        #expect(AlphabeticNumeral.value(of: numeral.unicodeScalars, in: .hebrew) == value)
    }

    @Test(arguments: [
        ("αʹ", 1), ("ϛʹ", 6), ("ιαʹ", 11), ("κδʹ", 24), ("ϟθʹ", 99), ("ρʹ", 100), ("ϡϟθʹ", 999), ("͵β", 2000),
        ("͵βκδʹ", 2024), ("ΙΒʹ", 12),
    ])
    func greek(_ numeral: String, _ value: Int) {
        #expect(AlphabeticNumeral.value(of: numeral.unicodeScalars, in: .greek) == value)
    }

    @Test(arguments: [("а҃", 1), ("і҃", 10), ("а҃і", 11), ("ві҃", 12), ("к҃а", 21), ("р҃", 100), ("҂а", 1000)])
    func cyrillic(_ numeral: String, _ value: Int) {
        #expect(AlphabeticNumeral.value(of: numeral.unicodeScalars, in: .cyrillic) == value)
    }

    @Test func illFormedSequencesGiveNil() {
        // Orders out of place or repeated.
        #expect(AlphabeticNumeral.value(of: "ԱԺ".unicodeScalars, in: .armenian) == nil)
        #expect(AlphabeticNumeral.value(of: "ԱԱ".unicodeScalars, in: .armenian) == nil)
        #expect(AlphabeticNumeral.value(of: "და".unicodeScalars, in: .georgian) == nil)  // 'and': two units
        #expect(AlphabeticNumeral.value(of: "אב".unicodeScalars, in: .hebrew) == nil)
        // Greek and Cyrillic letters without their mark are letters.
        #expect(AlphabeticNumeral.value(of: "β".unicodeScalars, in: .greek) == nil)
        #expect(AlphabeticNumeral.value(of: "ʹ".unicodeScalars, in: .greek) == nil)
        #expect(AlphabeticNumeral.value(of: "б".unicodeScalars, in: .cyrillic) == nil)
        #expect(AlphabeticNumeral.value(of: "в".unicodeScalars, in: .cyrillic) == nil)
        // Another script's letters, or nothing.
        #expect(AlphabeticNumeral.value(of: "A".unicodeScalars, in: .armenian) == nil)
        #expect(AlphabeticNumeral.value(of: "".unicodeScalars, in: .hebrew) == nil)
    }

    @Test func labelsTakeTheShapesOfNumbersOnly() {
        #expect(AlphabeticNumeral.labelValue("Բ".unicodeScalars) == 2)
        #expect(AlphabeticNumeral.labelValue("ԺԲ".unicodeScalars) == 12)
        #expect(AlphabeticNumeral.labelValue("ბ".unicodeScalars) == 2)
        #expect(AlphabeticNumeral.labelValue("ב׳".unicodeScalars) == 2)
        #expect(AlphabeticNumeral.labelValue("ιβʹ".unicodeScalars) == 12)
        // Armenian in lower case, a Hebrew word of several letters without its marks, Georgian of three letters: words.
        #expect(AlphabeticNumeral.labelValue("Աժ".unicodeScalars) == nil)
        #expect(AlphabeticNumeral.labelValue("של".unicodeScalars) == nil)
        #expect(AlphabeticNumeral.labelValue("ჩჟთ".unicodeScalars) == nil)
        #expect(AlphabeticNumeral.labelValue("Β".unicodeScalars) == nil)
    }
}
