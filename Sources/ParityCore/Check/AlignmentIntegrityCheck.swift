/// An alignment read back from elsewhere (XML) may not cover its versions:
/// blocks in no link, or links naming blocks a version does not have.
struct AlignmentIntegrityCheck {
    func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for version in context.versions.indices {
            let unlinked = context.linkOf[version].indices.filter { context.linkOf[version][$0] < 0 }
            if !unlinked.isEmpty {
                findings.append(Finding(
                    kind: .unalignedBlock, severity: .warning, locations: [context.location(version, unlinked)],
                    message: "\(context.name(version)): \(unlinked.count) block\(unlinked.count == 1 ? " is" : "s are") in no link (\(unlinked.prefix(5).map { context.block(version, $0).id }.joined(separator: ", "))\(unlinked.count > 5 ? ", …" : ""))"))
            }
            var unknown: [String] = []
            for link in context.alignment.links where version < link.versionCount {
                unknown += link.blockIDs(in: version).filter { context.indexOf[version][$0] == nil }
            }
            if !unknown.isEmpty {
                findings.append(Finding(
                    kind: .unalignedBlock, severity: .warning,
                    locations: [FindingLocation(version: version, language: context.language(version), blockIDs: [], labels: unknown)],
                    message: "\(context.name(version)): the alignment names \(unknown.count) block\(unknown.count == 1 ? "" : "s") the version does not have (\(unknown.prefix(5).joined(separator: ", "))\(unknown.count > 5 ? ", …" : ""))"))
            }
        }
        return findings
    }
}
