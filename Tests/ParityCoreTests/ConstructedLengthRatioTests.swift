import Testing
@testable import ParityCore

/// The length-outlier check's Gale–Church condition (`LengthRatioCheck.sigmas`):
/// a short unit translated more tersely is no outlier; a long unit that
/// lost half of its text is, on constructed lengths.
@Suite struct ConstructedLengthRatioTests {
    @Test(arguments: [
        // A short speech or agenda item, a third shorter: within two standard deviations.
        (73, 51, 1.02, false), (39, 29, 1.02, false), (58, 36, 0.93, false),
        // A long paragraph that lost half or a third of its text: far beyond.
        (400, 200, 1.0, true), (300, 150, 1.1, true), (600, 400, 1.0, true),
    ])
    func constructedLengthDifferences(_ pivot: Int, _ other: Int, _ ratio: Double, _ outlier: Bool) {
        #expect((LengthRatioCheck.sigmas(pivotLength: pivot, otherLength: other, ratio: ratio) > LengthRatioCheck.minimumSigmas) == outlier)
    }
}
