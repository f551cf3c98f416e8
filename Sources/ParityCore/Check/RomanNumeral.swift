/// Roman numerals as session numbers (`217 A (III)`), centuries (`siglo XXI`)
/// and heading labels use them.
enum RomanNumeral {
    /// The value of `text` (case-insensitive) when it is a well-formed Roman
    /// numeral (its canonical spelling, 1…3999); `nil` otherwise ("VIVID").
    static func value(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let upper = text.uppercased()
        let digits = upper.compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == upper.count else { return nil }
        var total = 0
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        guard (1...3999).contains(total), spelling(total) == upper else { return nil }
        return total
    }

    /// The canonical spelling of `value` (1…3999).
    static func spelling(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount { result += letters; rest -= amount }
        }
        return result
    }
}
