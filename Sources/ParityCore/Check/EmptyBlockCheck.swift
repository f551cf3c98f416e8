/// Paragraphs, list items and footnotes with no letter or digit; an empty
/// numbered paragraph (or an article's empty paragraph) is an error.
struct EmptyBlockCheck {
    private static let kinds: Set<BlockKind> = [.paragraph, .unnumberedParagraph, .listItem, .footnote, .speakerTurn]

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions.indices {
            let blocks = context.versions[version].blocks
            for index in blocks.indices where EmptyBlockCheck.kinds.contains(blocks[index].kind) {
                let hasContent = blocks[index].text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                guard !hasContent else { continue }
                findings.append(Finding(
                    kind: .emptyBlock, severity: context.isNumberedUnit(version, index) ? .error : .warning,
                    locations: [context.location(version, [index])],
                    message: "\(context.name(version)) \(context.label(version, index)) is empty"))
            }
        }
        return findings
    }
}
