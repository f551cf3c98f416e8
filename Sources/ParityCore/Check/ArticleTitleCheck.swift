/// Article titles whose number disagrees with the article's number
/// ("Article 6" or "第六条" on article 5), read by ``ArticleTitleNumber``.
struct ArticleTitleCheck {
    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions.indices {
            let blocks = context.versions[version].blocks
            for index in blocks.indices where blocks[index].kind == .article {
                let block = blocks[index]
                guard let number = block.number, let titled = ArticleTitleNumber.number(in: block.text), titled != number else { continue }
                findings.append(Finding(
                    kind: .articleTitleMismatch, severity: .warning,
                    locations: [context.location(version, [index])],
                    message: "\(context.name(version)) article \(number) is titled \"\(block.text)\" (\(titled))"))
            }
        }
        return findings
    }
}
