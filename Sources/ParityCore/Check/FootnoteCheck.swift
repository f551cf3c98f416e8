/// Footnotes present in one version and not the other, different markers on
/// linked footnotes, and paragraphs citing a different number of footnotes.
struct FootnoteCheck {
    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            let pivotTotal = context.versions[pivot].blocks.count { $0.kind == .footnote }
            let otherTotal = context.versions[version].blocks.count { $0.kind == .footnote }
            for pair in pairs {
                let pf = pair.pivot.filter { context.kind(pivot, $0) == .footnote }
                let of = pair.other.filter { context.kind(version, $0) == .footnote }
                if pf.count != of.count {
                    let more = pf.count > of.count
                    let (side, blocks) = more ? (pivot, pf) : (version, of)
                    let list = blocks.map { context.shortLabel(side, $0) }.joined(separator: ", ")
                    findings.append(Finding(
                        kind: .footnoteMismatch, severity: .error,
                        locations: [context.location(pivot, pf), context.location(version, of)],
                        message: more
                            ? "\(context.name(version)) lacks \(context.name(pivot)) footnote \(list): \"\(context.excerpt(pivot, pf[0]))\""
                            : "\(context.name(version)) has footnote \(list) that \(context.name(pivot)) lacks: \"\(context.excerpt(version, of[0]))\""))
                } else if pf.count == 1 {
                    let pm = FootnoteMarker.normalize(context.block(pivot, pf[0]).label ?? "")
                    let om = FootnoteMarker.normalize(context.block(version, of[0]).label ?? "")
                    if pm != om {
                        findings.append(Finding(
                            kind: .footnoteMismatch, severity: .warning,
                            locations: [context.location(pivot, pf), context.location(version, of)],
                            message: "\(context.name(version)) footnote \(context.shortLabel(version, of[0])) corresponds to \(context.name(pivot)) footnote \(context.shortLabel(pivot, pf[0])) (different marker)"))
                    }
                }
            }
            // Citations, only when both versions have the same footnotes (otherwise reported above). The masthead is
            // one pair (`NumberParityCheck.forEachComparedPair`): the agenda item's `*` stands on a header field in one
            // version and on a title line in another.
            guard pivotTotal == otherTotal else { continue }
            NumberParityCheck.forEachComparedPair(pairs, context, pivot: pivot, version: version) { pair in
                let pr = pair.pivot.reduce(0) { $0 + context.versions[pivot].blocks[$1].footnoteRefs.count }
                let or = pair.other.reduce(0) { $0 + context.versions[version].blocks[$1].footnoteRefs.count }
                if pr != or {
                    findings.append(Finding(
                        kind: .footnoteMismatch, severity: .error,
                        locations: [context.location(pivot, pair.pivot), context.location(version, pair.other)],
                        message: "\(context.name(version)) \(pair.link < 0 ? "masthead" : context.label(version, pair.other[0])) cites \(or) footnote\(or == 1 ? "" : "s") where \(context.name(pivot)) cites \(pr)"))
                }
            }
        }
        return findings
    }
}
