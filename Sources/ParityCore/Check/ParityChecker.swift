/// Checks an ``Alignment`` for parity problems between the pivot and every
/// other version. It reads nothing but the alignment value, so an alignment
/// read back from XML can be re-checked.
public struct ParityChecker: Sendable {
    /// Thresholds.
    public var options: ParityCheckOptions

    /// Creates a checker.
    public init(_ options: ParityCheckOptions = ParityCheckOptions()) {
        self.options = options
    }

    /// The findings, in pivot reading order (then by severity, most serious first).
    public func check(_ alignment: Alignment) -> [Finding] {
        guard alignment.versions.indices.contains(alignment.pivot) else { return [] }
        var context = CheckContext(alignment: alignment, options: options)
        var findings = NumberingCheck().run(&context)
        findings += CorrespondenceCheck().run(context)
        findings += FootnoteCheck().run(context)
        findings += HeadingCheck().run(context)
        findings += TOCRangeCheck().run(context)
        findings += NumberParityCheck().run(context)
        findings += LengthRatioCheck().run(context)
        findings += TranslationCheck().run(context)
        findings += EmptyBlockCheck().run(context)
        findings += ArticleTitleCheck().run(context)
        findings += AlignmentIntegrityCheck().run(context)
        // Order by the first link any location touches.
        let position: (Finding) -> Int = { finding in
            var best = Int.max
            for location in finding.locations {
                for id in location.blockIDs {
                    if let index = context.indexOf[location.version][id] {
                        let link = Int(context.linkOf[location.version][index])
                        if link >= 0 { best = min(best, link) }
                    }
                }
            }
            return best
        }
        func rank(_ severity: Severity) -> Int { severity == .error ? 0 : severity == .warning ? 1 : 2 }
        // Sorted by (link, rank, index): the keys are three integers a finding, and the findings are
        // gathered once in their order (no array key and no second copy of the findings per finding).
        var order = findings.indices.map { (link: position(findings[$0]), rank: rank(findings[$0].severity), index: $0) }
        order.sort { ($0.link, $0.rank, $0.index) < ($1.link, $1.rank, $1.index) }
        return order.map { findings[$0.index] }
    }
}
