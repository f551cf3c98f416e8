/// Numbering inside each version: duplicate numbers, numbers out of order,
/// a paragraph given its neighbour's number, and gaps that no other version
/// fills (gaps another version fills are missing paragraphs, reported by
/// ``CorrespondenceCheck``).
///
/// Every sequence is read in its scope (`NumberingScope`): articles per
/// annex, paragraphs per enclosing article, goal or annex, and per run where
/// the count starts again (`NumberingScope.runs`). Paragraph numbers that
/// restart in every article are never duplicates.
struct NumberingCheck {
    private struct Unit { var number: Int; var index: Int }

    /// Numbered units of `version` grouped by kind and scope (numbering restarts there).
    private func sequences(_ document: Document) -> [String: [Unit]] {
        var result: [String: [Unit]] = [:]
        for (index, scope) in NumberingScope.keys(document) {
            result[scope, default: []].append(Unit(number: document.blocks[index].number!, index: index))
        }
        return result
    }

    /// Decimal labels (`1.a`, `2.3.1`) that occur more than once in their scope.
    private func duplicateDecimalLabels(_ context: inout CheckContext, version: Int) -> [Finding] {
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        let blocks = context.versions[version].blocks
        for index in blocks.indices where blocks[index].kind == .paragraph && blocks[index].number == nil {
            guard let path = blocks[index].labelPath else { continue }
            let key = (blocks[index].parent ?? "") + "/" + path
            if positions[key] == nil { order.append(key) }
            positions[key, default: []].append(index)
        }
        var findings: [Finding] = []
        for key in order {
            let indices = positions[key]!
            guard indices.count > 1 else { continue }
            for index in indices { context.numberingAnomalies[version].insert(index) }
            findings.append(Finding(
                kind: .duplicateNumber, severity: .error, locations: [context.location(version, indices)],
                message: "\(context.name(version)): \(context.label(version, indices[0])) appears \(indices.count) times"))
        }
        return findings
    }

    func run(_ context: inout CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions.indices { findings += duplicateDecimalLabels(&context, version: version) }
        let allSequences = context.versions.map { sequences($0) }
        for version in context.versions.indices {
            for (scopeKey, units) in allSequences[version].sorted(by: { $0.key < $1.key }) {
                let kindName = NumberingScope.unitName(scopeKey) { id in context.indexOf[version][id].map { context.block(version, $0) } }
                var occurrences: [Int: [Int]] = [:]  // number → positions in units
                for (position, unit) in units.enumerated() { occurrences[unit.number, default: []].append(position) }
                let present = Set(units.map(\.number))
                var missing = Set<Int>()
                if let low = present.min(), let high = present.max(), high - low < 100_000 {
                    for n in low...high where !present.contains(n) { missing.insert(n) }
                }
                var flagged = Set<Int>()  // positions
                // A paragraph carrying its neighbour's number: D twice and D-1 (or D+1) missing.
                for (number, positions) in occurrences.sorted(by: { $0.key < $1.key }) where positions.count > 1 {
                    var explained = false
                    for position in positions {
                        let previous = position > 0 ? units[position - 1].number : nil
                        let next = position + 1 < units.count ? units[position + 1].number : nil
                        var expected: Int?
                        if missing.contains(number - 1), previous == nil || previous == number - 2 { expected = number - 1 }
                        else if missing.contains(number + 1), next == nil || next == number + 2 { expected = number + 1 }
                        guard let expected else { continue }
                        missing.remove(expected)
                        flagged.insert(position)
                        explained = true
                        let index = units[position].index
                        findings.append(Finding(
                            kind: .duplicateNumber, severity: .error,
                            locations: [context.location(version, positions.map { units[$0].index })],
                            message: "\(context.name(version)): \(kindName) numbered \(number) where \(expected) is expected (\(number) appears twice, \(expected) is missing): \"\(context.excerpt(version, index))\""))
                        break
                    }
                    if !explained {
                        for position in positions { flagged.insert(position) }
                        findings.append(Finding(
                            kind: .duplicateNumber, severity: .error,
                            locations: [context.location(version, positions.map { units[$0].index })],
                            message: "\(context.name(version)): \(kindName) number \(number) appears \(positions.count) times"))
                    }
                }
                // Out of order: units outside the longest increasing run.
                let inOrder = Set(LongestIncreasingSubsequence.indices(of: units.map(\.number)))
                for position in units.indices where !inOrder.contains(position) && !flagged.contains(position)
                    && occurrences[units[position].number]!.count == 1 {
                    flagged.insert(position)
                    let unit = units[position]
                    let before = position > 0 ? " after \(kindName) \(units[position - 1].number)" : ""
                    findings.append(Finding(
                        kind: .outOfOrderNumber, severity: .error,
                        locations: [context.location(version, [unit.index])],
                        message: "\(context.name(version)): \(kindName) \(unit.number) is out of order (it comes\(before))"))
                }
                for position in flagged { context.numberingAnomalies[version].insert(units[position].index) }
                // Gaps no other version fills.
                let filledElsewhere = Set(allSequences.indices.filter { $0 != version }.flatMap { (allSequences[$0][scopeKey] ?? []).map(\.number) })
                let realGaps = missing.filter { !filledElsewhere.contains($0) }.sorted()
                // The unit with the largest number below a gap (binary search, not a scan per gap).
                let byNumber = units.sorted { $0.number < $1.number }
                func unitBefore(_ number: Int) -> Unit? {
                    let low = partitionPoint(in: byNumber.indices) { byNumber[$0].number < number }
                    return low > 0 ? byNumber[low - 1] : nil
                }
                var start = 0
                while start < realGaps.count {
                    var end = start
                    while end + 1 < realGaps.count, realGaps[end + 1] == realGaps[end] + 1 { end += 1 }
                    let range = start == end ? "\(realGaps[start])" : "\(realGaps[start])–\(realGaps[end])"
                    let afterUnit = realGaps.isEmpty ? nil : unitBefore(realGaps[start])
                    findings.append(Finding(
                        kind: .numberingGap, severity: .warning,
                        locations: [context.location(version, afterUnit.map { [$0.index] } ?? [])],
                        message: "\(context.name(version)): \(kindName) numbering skips \(range) (no version has it)"))
                    start = end + 1
                }
            }
        }
        return findings
    }
}
