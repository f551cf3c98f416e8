/// Whether a number difference may come from words Parity cannot read: a
/// version in a language without its own conventions table (no month names,
/// per-cent or scale words) reads `10 Juni 2026` as 10 and 2026, and
/// `1,5 milioni` as 1.5. When every figure left over on either side is written
/// with digit runs that the other side holds too (inside a date, an amount,
/// a percentage), the reader cannot decide: the finding is information only.
enum UnreadFigureExplanation {
    /// Whether the leftovers of `difference` are all explained by digits the other passage holds.
    static func explains(onlyPivot: [ExtractedNumber], onlyOther: [ExtractedNumber],
                         pivotValues: [ExtractedNumber], otherValues: [ExtractedNumber]) -> Bool {
        let pivotRuns = Set(pivotValues.flatMap { digitRuns($0.written) })
        let otherRuns = Set(otherValues.flatMap { digitRuns($0.written) })
        let pivotExplained = onlyPivot.allSatisfy { value in
            let runs = digitRuns(value.written)
            return !runs.isEmpty && runs.allSatisfy(otherRuns.contains)
        }
        let otherExplained = onlyOther.allSatisfy { value in
            let runs = digitRuns(value.written)
            return !runs.isEmpty && runs.allSatisfy(pivotRuns.contains)
        }
        return pivotExplained && otherExplained
    }

    /// Maximal runs of decimal digits of any script in `text`, as ASCII digits, without leading zeros.
    static func digitRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        func close() {
            if !current.isEmpty {
                let trimmed = current.drop { $0 == "0" }
                runs.append(trimmed.isEmpty ? "0" : String(trimmed))
                current = ""
            }
        }
        for scalar in text.unicodeScalars {
            if let digit = DecimalDigit.value(scalar) {
                current.unicodeScalars.append(Unicode.Scalar(UInt8(48 + digit)))
            } else {
                close()
            }
        }
        close()
        return runs
    }
}
