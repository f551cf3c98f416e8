/// Figures, percentages, dates, document symbols and resolution numbers
/// that differ between linked blocks.
struct NumberParityCheck {
    /// Table-of-contents entries (page numbers differ by language) and article
    /// titles (written in words in some languages) are checked elsewhere.
    private static let skippedKinds: Set<BlockKind> = [.tocEntry, .tocHeading, .article]

    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let pivot = context.pivot
        let pivotExtractor = NumberExtractor(language: context.language(pivot))
        var pivotCache: [Int: [ExtractedNumber]] = [:]
        for (version, pairs) in context.pairs.sorted(by: { $0.key < $1.key }) {
            let extractor = NumberExtractor(language: context.language(version))
            for pair in pairs where !pair.pivot.isEmpty && !pair.other.isEmpty {
                let pb = pair.pivot.filter { !NumberParityCheck.skippedKinds.contains(context.block(pivot, $0).kind) }
                let ob = pair.other.filter { !NumberParityCheck.skippedKinds.contains(context.block(version, $0).kind) }
                guard !pb.isEmpty, !ob.isEmpty else { continue }
                var pivotValues: [ExtractedNumber] = []
                for index in pb {
                    if pivotCache[index] == nil { pivotCache[index] = pivotExtractor.extract(context.block(pivot, index).text) }
                    pivotValues += pivotCache[index]!
                }
                let otherValues = ob.flatMap { extractor.extract(context.block(version, $0).text) }
                var balance: [String: Int] = [:]
                for value in pivotValues { balance[value.key, default: 0] += 1 }
                for value in otherValues { balance[value.key, default: 0] -= 1 }
                guard balance.values.contains(where: { $0 != 0 }) else { continue }
                let onlyPivot = Self.unmatched(pivotValues, balance, sign: 1)
                let onlyOther = Self.unmatched(otherValues, balance, sign: -1)
                let all = onlyPivot + onlyOther
                let symbolic = all.contains { $0.kind == .symbol || $0.kind == .resolution }
                let serious = all.contains { isSignificant($0, context.options) }
                let pivotText = onlyPivot.isEmpty ? "nothing" : onlyPivot.map(\.written).joined(separator: ", ")
                let otherText = onlyOther.isEmpty ? "nothing" : onlyOther.map(\.written).joined(separator: ", ")
                let place = ob.map { context.shortLabel(version, $0) }.joined(separator: " + ")
                findings.append(Finding(
                    kind: symbolic ? .symbolMismatch : .numberMismatch, severity: serious ? .error : .warning,
                    locations: [context.location(pivot, pb), context.location(version, ob)],
                    message: "\(context.name(version)) \(ob.count == 1 ? context.label(version, ob[0]) : place): \(context.name(pivot)) has \(pivotText) where \(context.name(version)) has \(otherText)"))
            }
        }
        return findings
    }

    /// Values whose key is left over on one side, each listed once per surplus.
    private static func unmatched(_ values: [ExtractedNumber], _ balance: [String: Int], sign: Int) -> [ExtractedNumber] {
        var remaining = balance.mapValues { $0 * sign }
        var result: [ExtractedNumber] = []
        for value in values where (remaining[value.key] ?? 0) > 0 {
            result.append(value)
            remaining[value.key]! -= 1
        }
        return result
    }

    /// Small figures may be spelled out in one language, and times are written
    /// in many ways: a mismatch on those alone is a warning.
    private func isSignificant(_ value: ExtractedNumber, _ options: ParityCheckOptions) -> Bool {
        switch value.kind {
        case .symbol, .resolution, .percentage: return true
        case .time: return false
        case .date: return !value.canonical.hasPrefix("--")
        case .number:
            if value.canonical.contains(".") { return true }
            return (Int(value.canonical) ?? Int.max) >= options.smallFigureLimit
        }
    }
}
