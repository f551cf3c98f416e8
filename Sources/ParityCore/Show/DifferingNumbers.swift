/// Marks the figures, percentages, dates and document symbols of one aligned
/// row that do not occur as often in every other version, so a reviser sees
/// `1948` against `1949`.
///
/// Values come from the parity checker's ``NumberExtractor`` and are
/// compared as the checker compares them (``ExtractedNumber/comparisonKey``),
/// so `20%` and `20 por ciento`, `12 July 2006` and `12 de julio de 2006`,
/// `Article 3` and `第三条` count as the same value, and a figure another
/// version writes in words (`Article 1`, `Article premier`) is not marked.
/// As in the checker's severities, a figure below the small-figure limit or
/// a time is never marked.
public enum DifferingNumbers {
    /// For each version and each of its blocks, the scalar ranges of the
    /// values to mark. A value is marked in a version when that version has
    /// it more often than some other version with text in the row; versions
    /// with no blocks in the row are ignored.
    /// - Parameters:
    ///   - texts: the block texts of each version.
    ///   - languages: each version's language (it decides the decimal mark).
    public static func marks(in texts: [[String]], languages: [Language?]) -> [[[Range<Int>]]] {
        let extractors = texts.indices.map { NumberExtractor(language: $0 < languages.count ? languages[$0] : nil) }
        let values: [[[ExtractedNumber]]] = texts.indices.map { version in texts[version].map { extractors[version].extract($0) } }
        let counts: [[String: Int]?] = values.indices.map { version in
            guard !texts[version].isEmpty else { return nil }
            var count: [String: Int] = [:]
            for block in values[version] { for value in block { count[value.comparisonKey, default: 0] += 1 } }
            return count
        }
        // Only values whose difference the checker reports as an error or a
        // warning are marked: a small figure or a time in one version only is not.
        let comparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)
        var clearKeys = Set<String>()
        for version in values { for block in version { for value in block where comparison.isClear(value) { clearKeys.insert(value.comparisonKey) } } }
        // Figures written in words, read only for versions whose figures another version lacks.
        var wordCounts: [Int: [String: Int]] = [:]
        func words(_ version: Int) -> [String: Int] {
            if let cached = wordCounts[version] { return cached }
            var count: [String: Int] = [:]
            for text in texts[version] { for value in extractors[version].tentativeNumbers(text) { count["number:" + value, default: 0] += 1 } }
            wordCounts[version] = count
            return count
        }
        return values.indices.map { version in
            guard let own = counts[version] else { return values[version].map { _ in [] } }
            var differing = Set<String>()
            for (key, count) in own where clearKeys.contains(key) {
                for (other, otherCounts) in counts.enumerated() where other != version {
                    guard let otherCounts, otherCounts[key, default: 0] < count else { continue }
                    let inWords = key.hasPrefix("number:") ? words(other)[key, default: 0] : 0
                    if otherCounts[key, default: 0] + inWords < count {
                        differing.insert(key)
                        break
                    }
                }
            }
            return values[version].map { blockValues in
                blockValues.filter { differing.contains($0.comparisonKey) }.map(\.scalarRange)
            }
        }
    }

    /// Scalar ranges of `written` forms in `text`, found in order, each after
    /// the previous one. Kept for callers that hold written forms only.
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
