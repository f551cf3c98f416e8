/// One link of a two-version alignment: block indices of the pivot and of
/// the other version (either list may be empty).
struct PairBead: Hashable, Sendable {
    var pivot: [Int]
    var other: [Int]
    var method: AlignmentMethod
    var confidence: Double
}
