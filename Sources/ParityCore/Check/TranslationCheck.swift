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
                // Read at the blocks' bytes in place: no string is made of either text.
                let letters = context.versions[pivot].blocks[pair.pivot[0]].withTextUTF8 { pivotText in
                    context.versions[version].blocks[pair.other[0]].withTextUTF8 { otherText in Self.sameLetters(pivotText, otherText) }
                }
                guard let letterCount = letters, letterCount >= Self.minimumLetters else { continue }
                // A masthead field (organ, body, place) is a name many versions keep in the original's language:
                // the reader, not the check, decides whether it should have been translated.
                let masthead = context.versions[version].blocks[pair.other[0]].kind == .metadata
                // So is a line of names: every word capitalized ("President: Ms. Moreau (Freedonia)", "Ruritania Mr. Lindqvist").
                let names = context.versions[pivot].blocks[pair.pivot[0]].withTextUTF8(Self.isNamesLine)
                let severity: Severity = masthead || names ? .info : letterCount >= context.options.untranslatedErrorLetters ? .error : .warning
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
                // Read at the block's bytes in place: no string is made of its text.
                let profile: ScriptProfile? = blocks[index].withTextUTF8 { text in
                    if expected == .latin, ScriptProfile.asciiLetterCount(utf8: text) * 10 >= 3 * text.count { return nil }
                    return ScriptProfile(utf8: text)
                }
                guard let profile, profile.letters >= 30, profile.share(of: expected) < 0.3, let dominant = profile.dominant, dominant != .other
                else { continue }
                findings.append(Finding(
                    kind: .wrongScript, severity: .warning,
                    locations: [context.location(version, [index])],
                    message: "\(context.name(version)) \(context.label(version, index)) is not written in the script of \(language.englishName): \"\(context.excerpt(version, index))\""))
            }
        }
        return findings
    }

    /// Whether the text is a line of names and titles in a script with case: every word (a run of letters) opens with a
    /// capital, and some letter is in lower case (a title set in capitals, "REPORT OF THE SECRETARY-GENERAL", is none).
    static func isNamesLine(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0, inWord = false, lowercase = false
        while index < text.count {
            let decoded = ScalarText.decode(text, index, text.count)
            index = max(decoded.next, index + 1)
            let scalar = decoded.scalar
            guard scalar.properties.isAlphabetic else {
                inWord = inWord && ScalarClass.isCombiningMark(scalar)
                continue
            }
            if !inWord, !ScalarClass.isUppercase(scalar) { return false }
            if ScalarClass.isLowercase(scalar) { lowercase = true }
            inWord = true
        }
        return lowercase
    }

    /// When `a` and `b` have the same letters and digits in the same order
    /// (ASCII case ignored, everything else skipped): how many; else `nil`.
    /// Stops at the first difference.
    static func sameLetters(_ a: String, _ b: String) -> Int? {
        var a = a, b = b
        return a.withUTF8 { left in b.withUTF8 { right in sameLetters(left, right) } }
    }

    /// ``sameLetters(_:_:)`` of two valid UTF-8 texts, decoded as they are compared.
    static func sameLetters(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var left = 0, right = 0
        func next(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> UInt32? {
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    let v = UInt32(lead)
                    if v >= 0x41 && v <= 0x5A { return v + 32 }
                    if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return v }
                    continue
                }
                let decoded = ScalarText.decode(bytes, index, bytes.count)
                index = decoded.next
                let scalar = decoded.scalar
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return scalar.value }
            }
            return nil
        }
        var count = 0
        while true {
            let x = next(a, &left), y = next(b, &right)
            if x == nil && y == nil { return count }
            guard x == y else { return nil }
            count += 1
        }
    }
}
