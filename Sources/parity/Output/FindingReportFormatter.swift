import ParityCore

/// The readable report `parity check` prints: one block per finding
/// (severity, kind, message, then where, per version), and a summary line.
struct FindingReportFormatter {
    func lines(_ findings: [Finding], alignment: Alignment) -> [String] {
        let names = VersionNames(alignment.versions)
        var lines: [String] = []
        for (index, document) in alignment.versions.enumerated() {
            let role = index == alignment.pivot ? " (pivot)" : ""
            lines.append("version \(names[index]): \(document.sourceName)\(role)")
        }
        for finding in findings {
            lines.append("")
            lines.append("\(finding.severity.rawValue): \(finding.kind.rawValue): \(finding.message)")
            let places = finding.locations.map { location -> String in
                let name = alignment.versions.indices.contains(location.version) ? names[location.version] : "v\(location.version)"
                return "\(name) " + (location.blockIDs.isEmpty ? "—" : location.blockIDs.joined(separator: "+"))
            }
            lines.append("  at " + places.joined(separator: "; "))
        }
        let count = { (severity: Severity) in findings.filter { $0.severity == severity }.count }
        lines.append("")
        lines.append("\(Count.of(count(.error), "error")), \(Count.of(count(.warning), "warning")), \(count(.info)) info")
        return lines
    }
}
