/// A figure found in a text, placed by the scalar offsets it covers.
protocol ScalarPlaced {
    /// Scalar offsets of the figure in its block's text.
    var scalarRange: Range<Int> { get set }
}

extension ExtractedNumber: ScalarPlaced {}
extension SpelledNumber: ScalarPlaced {}

extension Array where Element: ScalarPlaced {
    /// The figures with their ranges moved `offset` scalars on (figures of a
    /// block read after others, in one run of joined texts).
    func shifted(by offset: Int) -> [Element] {
        guard offset > 0 else { return self }
        return map { figure in
            var moved = figure
            moved.scalarRange = figure.scalarRange.lowerBound + offset..<figure.scalarRange.upperBound + offset
            return moved
        }
    }
}
