/// Blocks left untranslated: identical text in a linked block of a version
/// in another language, or letters mostly in a script foreign to the
/// version's language.
struct TranslationCheck {
    private static let minimumLetters = 20

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            guard let pl = context.language(pivot), let ol = context.language(version), pl != ol else { continue }
            for pair in pairs where pair.pivot.count == 1 && pair.other.count == 1 {
                // Same letters imply nearly the same length: skip the rest cheaply.
                let lp = context.length(pivot, pair.pivot[0]), lo = context.length(version, pair.other[0])
                guard lp >= Self.minimumLetters, abs(lp - lo) * 5 <= max(lp, lo) else { continue }
                guard let letterCount = Self.sameLetters(context.versions[pivot].blocks[pair.pivot[0]].text,
                                                         context.versions[version].blocks[pair.other[0]].text), letterCount >= Self.minimumLetters else { continue }
                let severity: Severity = letterCount >= context.options.untranslatedErrorLetters ? .error : .warning
                findings.append(Finding(
                    kind: .untranslatedBlock, severity: severity,
                    locations: [context.location(pivot, pair.pivot), context.location(version, pair.other)],
                    message: "\(context.name(version)) \(context.label(version, pair.other[0])) has the same text as \(context.name(pivot)) \(context.label(pivot, pair.pivot[0])): \"\(context.excerpt(version, pair.other[0]))\""))
            }
        }
        for version in context.versions.indices {
            guard let language = context.language(version), let expected = ScriptProfile.expected(for: language) else { continue }
            let blocks = context.versions[version].blocks
            for index in blocks.indices where blocks[index].kind != .metadata {
                // Letters are at most the text's bytes: when ASCII letters alone make 30 % of the bytes, a
                // Latin-script version's block is in its script, without a profile.
                if expected == .latin, ScriptProfile.asciiLetterCount(blocks[index].text) * 10 >= 3 * blocks[index].text.utf8.count { continue }
                let profile = ScriptProfile(blocks[index].text)
                guard profile.letters >= 30, profile.share(of: expected) < 0.3, let dominant = profile.dominant, dominant != .other
                else { continue }
                findings.append(Finding(
                    kind: .wrongScript, severity: .warning,
                    locations: [context.location(version, [index])],
                    message: "\(context.name(version)) \(context.label(version, index)) is not written in the script of \(language.englishName): \"\(context.excerpt(version, index))\""))
            }
        }
        return findings
    }

    /// When `a` and `b` have the same letters and digits in the same order
    /// (ASCII case ignored, everything else skipped): how many; else `nil`.
    /// Stops at the first difference.
    static func sameLetters(_ a: String, _ b: String) -> Int? {
        var left = a.unicodeScalars.makeIterator(), right = b.unicodeScalars.makeIterator()
        func next(_ iterator: inout String.UnicodeScalarView.Iterator) -> UInt32? {
            while let scalar = iterator.next() {
                let v = scalar.value
                if v < 0x80 {
                    if v >= 0x41 && v <= 0x5A { return v + 32 }
                    if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return v }
                    continue
                }
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return v }
            }
            return nil
        }
        var count = 0
        while true {
            let x = next(&left), y = next(&right)
            if x == nil && y == nil { return count }
            guard x == y else { return nil }
            count += 1
        }
    }
}
