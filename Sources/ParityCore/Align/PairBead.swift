/// One link of a two-version alignment: block indices of the pivot and of
/// the other version (either list may be empty).
struct PairBead: Hashable, Sendable {
    var pivot: BeadIndices
    var other: BeadIndices
    var method: AlignmentMethod
    var confidence: Double

    init(pivot: BeadIndices, other: BeadIndices, method: AlignmentMethod, confidence: Double) {
        self.pivot = pivot
        self.other = other
        self.method = method
        self.confidence = confidence
    }

    /// A bead of the indices of `pivot` and `other`, in their order.
    init(pivot: [Int], other: [Int], method: AlignmentMethod, confidence: Double) {
        self.init(pivot: BeadIndices(pivot), other: BeadIndices(other), method: method, confidence: confidence)
    }
}
