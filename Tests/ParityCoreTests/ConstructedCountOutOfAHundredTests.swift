import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A percentage written as a count out of a hundred (`45 sur 100`, `45 de
/// cada 100`, `45 из 100`, `45 of 100`, and in a language whose words are
/// not read, `45 ꔳ 100`) against `45 per cent`: the same value, no finding
/// (``NumberComparison/cancelCountsOutOfAHundred(_:_:)``); another count is
/// a difference, at most a warning (figures against a percentage are not
/// one class); a `100` far from the count is no such reading.
/// Constructed passages.
@Suite struct ConstructedCountOutOfAHundredTests: NumberTextComparing {
    static let counts: [(code: String, text: String)] = [
        ("fr", "Parmi les membres, 45 sur 100 ont voté en 2027."),
        ("es", "De los miembros, 45 de cada 100 votaron en 2027."),
        ("ru", "Из членов 45 из 100 проголосовали в 2027 году."),
        ("en", "Of the members, 45 of 100 voted in 2027."),
        ("vai", "ꕉ ꕞ 45 ꔳ 100 ꗏ 2027."),
    ]

    @Test func constructedCountOutOfAHundredIsThePercentage() {
        for (code, text) in Self.counts {
            #expect(compare(code, text, "en", "Of the members, 45 per cent voted in 2027.") == nil, "\(code)")
            #expect(compare("es", "De los miembros, el 45 % votó en 2027.", code, text) == nil, "\(code)")
        }
    }

    @Test func constructedAnotherCountIsAtMostAWarning() {
        for (code, text) in Self.counts {
            let found = compare(code, text, "en", "Of the members, 40 per cent voted in 2027.")
            #expect(found != nil, "\(code)")
            #expect((found?.severity ?? .error) <= .warning, "\(code)")
        }
    }

    @Test func constructedAHundredFarFromTheCountIsNoPercentage() {
        #expect(compare("fr", "Parmi les 45 membres présents lors de la session ordinaire, 100 ont voté.", "en",
                        "Of the members, 45 per cent voted.") != nil)
    }
}
