import ParityCore
import ParityTestSupport
import ParityXML

/// Real texts for the alignment tests, read once.
enum AlignTestFixtures {
    /// The UDHR language keys in file-name form, English first (the pivot).
    static let udhrKeys = ["eng", "spa", "fra", "rus", "arb", "cmn_hans"]

    static func udhr(_ key: String) throws -> Document {
        try UDHRReader().read(RepositoryPaths.sourceTextBytes("udhr/udhr_\(key).xml"), file: "udhr_\(key).xml")
    }

    static func spanishHearings() throws -> Document {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let text = try TextDecoder().decode(bytes, file: "es.txt")
        return PlainTextSegmenter(language: .spanish).segment(text, sourceName: "es.txt")
    }
}

/// A finding reduced to what the tests compare: kind, severity and the block
/// ids per version index.
struct FindingSummary: Hashable, CustomStringConvertible {
    var kind: FindingKind
    var severity: Severity
    var blocks: [Int: [String]]

    init(_ finding: Finding) {
        kind = finding.kind
        severity = finding.severity
        var blocks: [Int: [String]] = [:]
        for location in finding.locations where !location.blockIDs.isEmpty { blocks[location.version, default: []] += location.blockIDs }
        self.blocks = blocks
    }

    init(_ kind: FindingKind, _ severity: Severity, _ blocks: [Int: [String]]) {
        self.kind = kind
        self.severity = severity
        self.blocks = blocks
    }

    var description: String {
        "\(kind.rawValue)/\(severity.rawValue) " + blocks.sorted { $0.key < $1.key }.map { "v\($0.key):\($0.value.joined(separator: "+"))" }.joined(separator: " ")
    }
}

extension Alignment {
    /// Every block id of every version appears in exactly one link.
    var coversEveryBlockOnce: Bool {
        for (version, document) in versions.enumerated() {
            var seen: [String: Int] = [:]
            for link in links { for id in link.blockIDs[version] { seen[id, default: 0] += 1 } }
            guard seen.count == document.blocks.count, seen.values.allSatisfy({ $0 == 1 }),
                  document.blocks.allSatisfy({ seen[$0.id] == 1 }) else { return false }
        }
        return true
    }
}
