/// Article titles whose figure disagrees with the article's number
/// ("Article 6" on article 5).
struct ArticleTitleCheck {
    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions.indices {
            let extractor = NumberExtractor(language: context.language(version))
            for (index, block) in context.versions[version].blocks.enumerated() where block.kind == .article {
                guard let number = block.number else { continue }
                let figures = extractor.extract(block.text).filter { $0.kind == .number }.map(\.canonical)
                guard !figures.isEmpty, !figures.contains(String(number)) else { continue }
                findings.append(Finding(
                    kind: .articleTitleMismatch, severity: .warning,
                    locations: [context.location(version, [index])],
                    message: "\(context.name(version)) article \(number) is titled \"\(block.text)\""))
            }
        }
        return findings
    }
}
