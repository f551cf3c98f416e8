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
                var onlyPivot = Self.unmatched(pivotValues, balance, sign: 1)
                var onlyOther = Self.unmatched(otherValues, balance, sign: -1)
                // A figure the other version writes in Roman or Chinese numerals is not a mismatch.
                if onlyPivot.contains(where: { $0.kind == .number }) {
                    onlyPivot = Self.excusing(onlyPivot, by: ob.flatMap { NumberExtractor.tentativeNumbers(context.block(version, $0).text) })
                }
                if onlyOther.contains(where: { $0.kind == .number }) {
                    onlyOther = Self.excusing(onlyOther, by: pb.flatMap { NumberExtractor.tentativeNumbers(context.block(pivot, $0).text) })
                }
                Self.cancelHours(&onlyPivot, &onlyOther)
                guard !onlyPivot.isEmpty || !onlyOther.isEmpty else { continue }
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

    /// A bare hour on one side ("10" in "10 hours") and a time "10:00" on the other are the same.
    private static func cancelHours(_ a: inout [ExtractedNumber], _ b: inout [ExtractedNumber]) {
        func cancel(_ numbers: inout [ExtractedNumber], _ times: inout [ExtractedNumber]) {
            numbers = numbers.filter { value in
                guard value.kind == .number, let index = times.firstIndex(where: { $0.kind == .time && $0.canonical == value.canonical + ":00" })
                else { return true }
                times.remove(at: index)
                return false
            }
        }
        cancel(&a, &b)
        cancel(&b, &a)
    }

    /// `values` without the plain figures that `tentative` numbers (same value) account for.
    private static func excusing(_ values: [ExtractedNumber], by tentative: [String]) -> [ExtractedNumber] {
        var available: [String: Int] = [:]
        for value in tentative { available[value, default: 0] += 1 }
        return values.filter { value in
            guard value.kind == .number, let count = available[value.canonical], count > 0 else { return true }
            available[value.canonical] = count - 1
            return false
        }
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
