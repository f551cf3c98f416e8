/// Median and median absolute deviation, the robust location and spread used
/// to estimate length ratios and to judge outliers.
enum RobustStatistics {
    /// The median of `values`, or `nil` when empty.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The median absolute deviation from `center`, scaled by 1.4826 so that
    /// it estimates the standard deviation of normally distributed values.
    static func scaledMAD(_ values: [Double], around center: Double) -> Double? {
        median(values.map { abs($0 - center) }).map { $0 * 1.4826 }
    }

    /// ``median(_:)`` of `values`, computed in place: `values` is left sorted (no copy of a long list).
    static func medianSortingInPlace(_ values: inout [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        values.sort()
        let mid = values.count / 2
        return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
    }

    /// ``scaledMAD(_:around:)`` of `values`, computed in place: `values` is left
    /// holding the sorted absolute deviations from `center`.
    static func scaledMADInPlace(_ values: inout [Double], around center: Double) -> Double? {
        for k in values.indices { values[k] = abs(values[k] - center) }
        return medianSortingInPlace(&values).map { $0 * 1.4826 }
    }
}
