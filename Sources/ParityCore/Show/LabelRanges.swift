/// Short forms of long label lists for a report's "Where" column:
/// `paragraph 26`, `paragraph 27`, … `paragraph 76` becomes `paragraph 26–76`.
public enum LabelRanges {
    /// `labels` with runs of consecutive numbers under the same prefix
    /// written as ranges (`paragraph 3–5`, `pre4–6`), then, when more than
    /// `limit` parts remain, the first `limit - 1` and `… N more`.
    public static func summary(_ labels: [String], limit: Int = 6) -> String {
        var parts: [String] = []
        var index = 0
        while index < labels.count {
            guard let (prefix, first) = split(labels[index]) else {
                parts.append(labels[index])
                index += 1
                continue
            }
            var last = first
            var next = index + 1
            while next < labels.count, let (p, n) = split(labels[next]), p == prefix, n == last + 1 {
                last = n
                next += 1
            }
            parts.append(last == first ? labels[index] : "\(prefix)\(first)–\(last)")
            index = next
        }
        guard parts.count > limit, limit > 1 else { return parts.joined(separator: ", ") }
        return parts.prefix(limit - 1).joined(separator: ", ") + ", … \(parts.count - limit + 1) more"
    }

    /// A label's text before its final decimal number and the number
    /// (`paragraph 12` → `paragraph `, 12); `nil` without a final number.
    static func split(_ label: String) -> (String, Int)? {
        let scalars = Array(label.unicodeScalars)
        var start = scalars.count
        while start > 0, ("0"..."9").contains(scalars[start - 1]) { start -= 1 }
        guard start < scalars.count, scalars.count - start <= 9,
              let number = Int(String(String.UnicodeScalarView(scalars[start...]))) else { return nil }
        return (String(String.UnicodeScalarView(scalars[..<start])), number)
    }
}
