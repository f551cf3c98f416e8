/// Marks the numbers and symbols of one aligned row that do not occur as
/// often in every other version, so a reviser sees `1948` against `1949`.
public enum DifferingNumbers {
    /// For each version and each of its blocks, the scalar ranges of the
    /// tokens to mark. A token value is marked in a version when that version
    /// has it more often than some other version with text in the row;
    /// versions with no blocks in the row are ignored.
    /// - Parameter texts: the block texts of each version.
    public static func marks(in texts: [[String]]) -> [[[Range<Int>]]] {
        let tokens = texts.map { $0.map(NumericTokenExtractor.tokens(in:)) }
        let counts: [[String: Int]?] = tokens.indices.map { version in
            guard !texts[version].isEmpty else { return nil }
            var count: [String: Int] = [:]
            for block in tokens[version] { for token in block { count[token.value, default: 0] += 1 } }
            return count
        }
        return tokens.indices.map { version in
            guard let own = counts[version] else { return tokens[version].map { _ in [] } }
            var differing = Set<String>()
            for (value, count) in own {
                for (other, otherCounts) in counts.enumerated() where other != version {
                    if let otherCounts, otherCounts[value, default: 0] < count {
                        differing.insert(value)
                        break
                    }
                }
            }
            return tokens[version].map { block in block.filter { differing.contains($0.value) }.map(\.range) }
        }
    }
}
