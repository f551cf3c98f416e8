/// Paragraphs, list items and footnotes with no letter or digit; an empty
/// numbered paragraph (or an article's empty paragraph) is an error.
struct EmptyBlockCheck {
    private static let kinds: Set<BlockKind> = [.paragraph, .unnumberedParagraph, .listItem, .footnote, .speakerTurn]

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions.indices {
            let blocks = context.versions[version].blocks
            for index in blocks.indices where EmptyBlockCheck.kinds.contains(blocks[index].kind) {
                guard !blocks[index].withTextUTF8(Self.hasLetterOrDigit) else { continue }
                findings.append(Finding(
                    kind: .emptyBlock, severity: context.isNumberedUnit(version, index) ? .error : .warning,
                    locations: [context.location(version, [index])],
                    message: "\(context.name(version)) \(context.label(version, index)) is empty"))
            }
        }
        return findings
    }

    /// Whether the valid UTF-8 `text` holds a scalar that is alphabetic or has a numeric type: an ASCII
    /// letter or digit is one (and no other ASCII scalar is), the rest are asked of their properties.
    static func hasLetterOrDigit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 { return true }
                index += 1
                continue
            }
            let decoded = ScalarText.decode(text, index, text.count)
            if decoded.scalar.properties.isAlphabetic || decoded.scalar.properties.numericType != nil { return true }
            index = decoded.next
        }
        return false
    }
}
