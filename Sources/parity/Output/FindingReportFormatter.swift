import ParityCore

/// The readable report `parity check` prints: one block per finding
/// (severity, kind, message, then where, per version), and a summary line.
struct FindingReportFormatter {
    func lines(_ findings: [Finding], alignment: Alignment) -> [String] {
        var lines: [String] = []
        forEachLine(findings, alignment: alignment) { lines.append($0) }
        return lines
    }

    /// Gives `body` the report's lines one at a time, as ``lines(_:alignment:)`` holds them (the command
    /// prints each as it is made, so the report is never held whole beside the findings).
    func forEachLine(_ findings: [Finding], alignment: Alignment, _ body: (String) -> Void) {
        let names = VersionNames(alignment.versions)
        for (index, document) in alignment.versions.enumerated() {
            let role = index == alignment.pivot ? " (pivot)" : ""
            body("version \(names[index]): \(document.sourceName)\(role)")
        }
        var counts: [Severity: Int] = [:]
        for finding in findings {
            counts[finding.severity, default: 0] += 1
            body("")
            body("\(finding.severity.rawValue): \(finding.kind.rawValue): \(finding.message)")
            let places = finding.locations.map { location -> String in
                let name = alignment.versions.indices.contains(location.version) ? names[location.version] : "v\(location.version)"
                return "\(name) " + (location.blockIDs.isEmpty ? "—" : location.blockIDs.joined(separator: "+"))
            }
            body("  at " + places.joined(separator: "; "))
        }
        let count = { (severity: Severity) in counts[severity] ?? 0 }
        body("")
        body("\(Count.of(count(.error), "error")), \(Count.of(count(.warning), "warning")), \(count(.info)) info")
    }
}
