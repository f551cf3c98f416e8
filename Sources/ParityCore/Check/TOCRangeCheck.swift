/// Table-of-contents ranges: within each version, the paragraph range an
/// entry gives against the numbered paragraphs under the heading with the
/// same label path; across versions, linked entries giving different ranges.
struct TOCRangeCheck {
    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions.indices {
            findings += bodyDisagreements(context, version: version)
        }
        let pivot = context.pivot
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            for pair in pairs where pair.pivot.count == 1 && pair.other.count == 1 {
                let p = context.block(pivot, pair.pivot[0]), o = context.block(version, pair.other[0])
                guard p.kind == .tocEntry, o.kind == .tocEntry, let pt = p.tocTarget, let ot = o.tocTarget,
                      pt.firstParagraph != ot.firstParagraph || pt.lastParagraph != ot.lastParagraph else { continue }
                findings.append(Finding(
                    kind: .tocRangeMismatch, severity: .error,
                    locations: [context.location(pivot, pair.pivot), context.location(version, pair.other)],
                    message: "\(context.name(version)) contents entry \(o.labelPath ?? o.label ?? o.id) gives paragraphs \(Self.range(ot.firstParagraph, ot.lastParagraph)) where \(context.name(pivot)) gives \(Self.range(pt.firstParagraph, pt.lastParagraph))"))
            }
        }
        return findings
    }

    static func range(_ first: Int?, _ last: Int?) -> String {
        guard let first else { return "none" }
        guard let last, last != first else { return "\(first)" }
        return "\(first)–\(last)"
    }

    private func bodyDisagreements(_ context: CheckContext, version: Int) -> [Finding] {
        let blocks = context.versions[version].blocks
        var headingAt: [String: Int] = [:]
        for index in blocks.indices where blocks[index].kind == .heading {
            if let path = blocks[index].labelPath, headingAt[path] == nil { headingAt[path] = index }
        }
        var findings: [Finding] = []
        for index in blocks.indices where blocks[index].kind == .tocEntry {
            let entry = blocks[index]
            guard let target = entry.tocTarget, let first = target.firstParagraph,
                  let path = entry.labelPath, let h = headingAt[path] else { continue }
            let level = blocks[h].level ?? Int.max
            var numbers: [Int] = []
            var k = h + 1
            while k < blocks.count {
                let block = blocks[k]
                if block.kind == .heading, let l = block.level, l <= level { break }
                if block.kind == .annex { break }
                if block.kind == .paragraph, let n = block.number { numbers.append(n) }
                k += 1
            }
            let last = target.lastParagraph ?? first
            if numbers.min() != first || numbers.max() != last {
                findings.append(Finding(
                    kind: .tocRangeMismatch, severity: .warning,
                    locations: [context.location(version, [index, h])],
                    message: "\(context.name(version)) contents entry \(path) gives paragraphs \(Self.range(first, last)) but the section holds \(Self.range(numbers.min(), numbers.max()))"))
            }
        }
        return findings
    }
}
