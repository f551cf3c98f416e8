#if DEBUG
@testable import ParityCore

/// The number tests' way to read and compare passages: each passage read
/// by ``NumberExtractor`` in its own language, values and number words
/// compared by ``NumberComparison`` as the checker compares two linked
/// blocks (with the check's default small-figure limit). A suite adopts it
/// and calls `compare("es", text, "en", text)`, `compare(code, text,
/// english)` or `dates(code, text)`.
///
/// Compiled in debug builds only, where SwiftPM builds ParityCore for
/// testing (the comparison is internal to ParityCore); the release build of
/// the fuzzer, which links this target, leaves it out. Suites reach it with
/// `@testable import ParityTestSupport`.
protocol NumberTextComparing {
    /// Whether the comparison is told, as the checker tells it, that the two
    /// languages may put a sentence's figures in another order
    /// (``NumberConventions/figureOrderMayDiffer(_:_:)``: a swap is then only
    /// info); false unless a suite says so.
    var figureOrderByLanguage: Bool { get }
}

/// The comparison the number tests use: the check's default small-figure limit.
let numberTestComparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)

extension NumberTextComparing {
    var figureOrderByLanguage: Bool { false }

    /// The dates read in `text` of language `code`, as canonical forms (`2024-09-01`).
    func dates(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .date }.map(\.canonical)
    }

    /// The difference between the values of `pivotText` (language
    /// `pivotCode`) and `otherText` (language `otherCode`), or nil when they match.
    func compare(_ pivotCode: String, _ pivotText: String, _ otherCode: String, _ otherText: String) -> NumberComparison.Difference? {
        let pivot = NumberExtractor(languageCode: pivotCode), other = NumberExtractor(languageCode: otherCode)
        return numberTestComparison.compare(pivot: pivot.extract(pivotText), other: other.extract(otherText),
                                            pivotWords: pivot.spelledNumbers(pivotText), otherWords: other.spelledNumbers(otherText),
                                            figureOrderMayDiffer: figureOrderByLanguage && NumberConventions.figureOrderMayDiffer(pivotCode, otherCode),
                                            pivotReadsScaleWords: Language(code: pivotCode).map(LanguageConventions.hasOwnTable) ?? false,
                                            otherReadsScaleWords: Language(code: otherCode).map(LanguageConventions.hasOwnTable) ?? false)
    }

    /// The difference between `text` in language `code` and an English passage.
    func compare(_ code: String, _ text: String, _ english: String) -> NumberComparison.Difference? {
        compare(code, text, "en", english)
    }
}
#endif
