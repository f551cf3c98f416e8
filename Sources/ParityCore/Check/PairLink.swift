/// One link of the alignment seen from the pivot and one other version,
/// refined so that large N-way links become small two-version steps.
struct PairLink: Sendable {
    /// Block indices in the pivot.
    var pivot: [Int]
    /// Block indices in the other version.
    var other: [Int]
    /// Index of the N-way link it comes from.
    var link: Int
}
