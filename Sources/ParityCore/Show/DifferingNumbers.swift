/// Marks the figures, percentages, dates and document symbols of one aligned
/// row that do not occur as often in every other version, so a reviser sees
/// `1948` against `1949`.
///
/// Values come from the parity checker's `NumberExtractor`, so `20%` and
/// `20 por ciento`, `12 July 2006` and `12 de julio de 2006`, `217 A (III)`
/// and `217 ألف (د-3)` count as the same value.
public enum DifferingNumbers {
    /// For each version and each of its blocks, the scalar ranges of the
    /// values to mark. A value is marked in a version when that version has
    /// it more often than some other version with text in the row; versions
    /// with no blocks in the row are ignored.
    /// - Parameters:
    ///   - texts: the block texts of each version.
    ///   - languages: each version's language (it decides the decimal mark).
    public static func marks(in texts: [[String]], languages: [Language?]) -> [[[Range<Int>]]] {
        let values: [[[ExtractedNumber]]] = texts.indices.map { version in
            let extractor = NumberExtractor(language: version < languages.count ? languages[version] : nil)
            return texts[version].map { extractor.extract($0) }
        }
        let counts: [[String: Int]?] = values.indices.map { version in
            guard !texts[version].isEmpty else { return nil }
            var count: [String: Int] = [:]
            for block in values[version] { for value in block { count[value.key, default: 0] += 1 } }
            return count
        }
        return values.indices.map { version in
            guard let own = counts[version] else { return values[version].map { _ in [] } }
            var differing = Set<String>()
            for (key, count) in own {
                for (other, otherCounts) in counts.enumerated() where other != version {
                    if let otherCounts, otherCounts[key, default: 0] < count {
                        differing.insert(key)
                        break
                    }
                }
            }
            return zip(texts[version], values[version]).map { text, blockValues in
                locate(blockValues.filter { differing.contains($0.key) }.map(\.written), in: text)
            }
        }
    }

    /// Scalar ranges of `written` forms in `text`, found in order, each after the previous one.
    static func locate(_ written: [String], in text: String) -> [Range<Int>] {
        guard !written.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var cursor = 0
        for form in written {
            let needle = Array(form.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            var start = cursor
            var found: Int?
            while start + needle.count <= scalars.count {
                if scalars[start] == needle[0], scalars[start..<start + needle.count].elementsEqual(needle) {
                    found = start
                    break
                }
                start += 1
            }
            if let found {
                ranges.append(found..<found + needle.count)
                cursor = found + needle.count
            }
        }
        return ranges
    }
}
