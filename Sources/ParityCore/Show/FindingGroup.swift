/// A finding and the findings that follow from it: a renumbered run of
/// paragraphs (or a missing, extra, merged, split or duplicated paragraph)
/// and the table-of-contents ranges it shifts in the same version.
public struct FindingGroup: Hashable, Sendable {
    /// The finding that explains the others (or a finding on its own).
    public var cause: Finding
    /// Findings explained by `cause`, in the order they were given.
    public var consequences: [Finding]

    /// Creates a group.
    public init(cause: Finding, consequences: [Finding] = []) {
        self.cause = cause
        self.consequences = consequences
    }

    /// The most serious severity in the group.
    public var severity: Severity { ([cause] + consequences).map(\.severity).max()! }

    /// Groups `findings`: each table-of-contents range finding whose entry
    /// ends at or after the point where a version's numbering changes (a
    /// renumbered run first, else the earliest other numbering change in that
    /// version) joins that change's group; every other finding is a group of
    /// its own. Every finding is in exactly one group; groups keep the order
    /// of their causes.
    ///
    /// The numbering change point in a version is the lowest paragraph number
    /// of the finding's blocks there or, when the version has no block (a
    /// missing paragraph), of the pivot's blocks.
    public static func grouping(_ findings: [Finding], versions: [Document], pivot: Int) -> [FindingGroup] {
        // Positions, not copies of the blocks; 32 bits a block (`BlockIDIndex`), not a dictionary of the ids.
        let indexByID = versions.map { BlockIDIndex($0.blocks) }
        func block(_ id: String, version: Int) -> Block? {
            indexByID[version][id].map { versions[version].blocks[$0] }
        }
        func numbers(_ location: FindingLocation) -> [Int] {
            guard location.version < indexByID.count else { return [] }
            return location.blockIDs.compactMap { block($0, version: location.version) }
                .filter { $0.kind == .paragraph }.compactMap(\.number)
        }
        // Change points: version → [(finding index, first number, preference)].
        var changes: [Int: [(finding: Int, number: Int, preference: Int)]] = [:]
        for (index, finding) in findings.enumerated() {
            guard let preference = causePreference[finding.kind] else { continue }
            let pivotNumbers = finding.locations.filter { $0.version == pivot }.flatMap(numbers)
            for location in finding.locations {
                var own = numbers(location)
                if own.isEmpty, location.blockIDs.isEmpty, location.version != pivot { own = pivotNumbers }
                guard let first = own.min() else { continue }
                changes[location.version, default: []].append((index, first, preference))
            }
        }
        var causeOf: [Int: Int] = [:]  // consequence index → cause index
        for (index, finding) in findings.enumerated() where finding.kind == .tocRangeMismatch {
            var best: (preference: Int, finding: Int)?
            for location in finding.locations where location.version < indexByID.count {
                let ends = location.blockIDs.compactMap { block($0, version: location.version)?.tocTarget }
                    .compactMap { $0.lastParagraph ?? $0.firstParagraph }
                guard let end = ends.max() else { continue }
                for change in changes[location.version] ?? [] where change.number <= end {
                    let candidate = (change.preference, change.finding)
                    if best.map({ candidate < $0 }) ?? true { best = candidate }
                }
            }
            if let best { causeOf[index] = best.finding }
        }
        var groups: [FindingGroup] = []
        var groupOfCause: [Int: Int] = [:]
        for (index, finding) in findings.enumerated() where causeOf[index] == nil {
            groupOfCause[index] = groups.count
            groups.append(FindingGroup(cause: finding))
        }
        for (index, finding) in findings.enumerated() {
            if let cause = causeOf[index], let group = groupOfCause[cause] { groups[group].consequences.append(finding) }
        }
        return groups
    }

    /// Kinds that change a version's numbering, most explanatory first.
    private static let causePreference: [FindingKind: Int] = [
        .outOfOrderNumber: 0, .missingParagraph: 1, .extraParagraph: 1, .duplicateNumber: 1,
        .mergedParagraphs: 2, .splitParagraphs: 2, .numberingGap: 2,
    ]
}
