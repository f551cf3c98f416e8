/// The first index of `range` at which `isBelow` stops holding, by binary search.
///
/// `isBelow` must hold on a prefix of `range` and fail on the rest (the range
/// is partitioned by it); the answer is `range.upperBound` when it holds
/// everywhere and `range.lowerBound` when it holds nowhere. The sorted tables
/// of the core (language codes, offsets, serials, cognate positions) are
/// searched through this one function.
@inlinable
public func partitionPoint(in range: Range<Int>, isBelow: (Int) throws -> Bool) rethrows -> Int {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
        let middle = low + (high - low) / 2
        if try isBelow(middle) { low = middle + 1 } else { high = middle }
    }
    return low
}
