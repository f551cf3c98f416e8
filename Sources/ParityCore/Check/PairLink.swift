/// One link of the alignment seen from the pivot and one other version,
/// refined so that large N-way links become small two-version steps.
/// The check holds one a link for every other version: consecutive indices
/// are kept as bounds (`BeadIndices`), not two arrays a pair.
struct PairLink: Sendable {
    /// Block indices in the pivot.
    var pivot: BeadIndices
    /// Block indices in the other version.
    var other: BeadIndices
    /// Index of the N-way link it comes from.
    var link: Int

    init(pivot: BeadIndices, other: BeadIndices, link: Int) {
        self.pivot = pivot
        self.other = other
        self.link = link
    }

    /// A pair of the indices of `pivot` and `other`, in their order.
    init(pivot: [Int], other: [Int], link: Int) {
        self.init(pivot: BeadIndices(pivot), other: BeadIndices(other), link: link)
    }
}
