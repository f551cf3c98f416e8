/// Roman numerals as session numbers (`217 A (III)`) and heading labels use them.
enum RomanNumeral {
    /// The value of `text` (case-insensitive), or `nil` when it is not a Roman numeral.
    static func value(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let digits = text.uppercased().compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == text.count else { return nil }
        var total = 0
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        return total > 0 ? total : nil
    }
}
