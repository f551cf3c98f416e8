import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A word for one half (``NumberWordTable/halves``: Chinese `半`, `half`,
/// `mitad`) accounts for a figure 0.5 the linked passage writes in digits,
/// as it accounts for a 2; it is never a figure of its own. Constructed passages.
@Suite struct ConstructedHalfWordTests: NumberTextComparing {
    @Test func constructedHalfAccountsForZeroPointFive() {
        #expect(compare("en", "The difference may not exceed 0.5 degree.", "lzh", "其差不得過半度。") == nil)
        #expect(compare("en", "The difference may not exceed 0.5 degree.", "zh", "差值不得超过半度。") == nil)
        #expect(compare("en", "The term was extended by 0.5 year.", "es", "El plazo se prorrogó por la mitad de un año.") == nil)
    }

    /// Only a half: another fraction the word does not name is still left over, and so is a second 0.5.
    @Test func constructedHalfAccountsForOneHalfOnly() {
        #expect(compare("en", "The difference may not exceed 0.25 degree.", "lzh", "其差不得過半度。")?.onlyPivot.map(\.canonical) == ["0.25"])
        #expect(compare("en", "It may not exceed 0.5 degree, or 0.5 degree at night.", "lzh", "其差不得過半度。")?.onlyPivot.map(\.canonical) == ["0.5"])
    }
}
