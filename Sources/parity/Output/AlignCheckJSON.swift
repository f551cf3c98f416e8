import Foundation
import ParityCore

/// The JSON documents `parity align --json` and `parity check --json` print
/// (schemas `parity-align/1` and `parity-check/1`, described in
/// docs/align-check.md). Every key is always present; unknown values are `null`.
enum AlignCheckJSON {
    /// Pretty-printed JSON with sorted keys, ending in a line feed.
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// One version: position, file, language, block count, pivot or not.
    struct VersionOutput: Encodable {
        var index: Int
        var sourceName: String
        var language: String?
        var blockCount: Int
        var isPivot: Bool

        enum CodingKeys: String, CodingKey { case index, sourceName, language, blockCount, isPivot }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(sourceName, forKey: .sourceName)
            try container.encode(language, forKey: .language)
            try container.encode(blockCount, forKey: .blockCount)
            try container.encode(isPivot, forKey: .isPivot)
        }

        static func all(_ alignment: Alignment) -> [VersionOutput] {
            alignment.versions.enumerated().map { index, document in
                VersionOutput(index: index, sourceName: document.sourceName,
                              language: (document.language ?? document.metadata.language)?.rawValue,
                              blockCount: document.blocks.count, isPivot: index == alignment.pivot)
            }
        }
    }

    /// `parity align --json`.
    struct AlignmentOutput: Encodable {
        var schema = "parity-align/1"
        var pivot: Int
        var versions: [VersionOutput]
        var links: [LinkOutput]

        init(_ alignment: Alignment) {
            pivot = alignment.pivot
            versions = VersionOutput.all(alignment)
            links = alignment.links.enumerated().map { LinkOutput(index: $0.offset + 1, link: $0.element) }
        }
    }

    /// One link: 1-based index, type, method, confidence (3 decimals), block ids per version.
    struct LinkOutput: Encodable {
        var index: Int
        var type: String
        var method: String
        var confidence: Double
        var blockIDs: [[String]]

        init(index: Int, link: AlignmentLink) {
            self.index = index
            type = link.type
            method = link.method.rawValue
            confidence = (link.confidence * 1000).rounded() / 1000
            blockIDs = link.blockIDs
        }
    }

    /// `parity check --json`.
    struct CheckOutput: Encodable {
        var schema = "parity-check/1"
        var pivot: Int
        var versions: [VersionOutput]
        var summary: [String: Int]
        var findings: [FindingOutput]

        init(alignment: Alignment, findings: [Finding]) {
            pivot = alignment.pivot
            versions = VersionOutput.all(alignment)
            var summary: [String: Int] = [:]
            for severity in Severity.allCases { summary[severity.rawValue] = findings.filter { $0.severity == severity }.count }
            self.summary = summary
            self.findings = findings.map(FindingOutput.init)
        }
    }

    /// One finding.
    struct FindingOutput: Encodable {
        var kind: String
        var severity: String
        var message: String
        var locations: [LocationOutput]

        init(_ finding: Finding) {
            kind = finding.kind.rawValue
            severity = finding.severity.rawValue
            message = finding.message
            locations = finding.locations.map(LocationOutput.init)
        }
    }

    /// Where a finding applies in one version.
    struct LocationOutput: Encodable {
        var version: Int
        var language: String?
        var blockIDs: [String]
        var labels: [String]

        init(_ location: FindingLocation) {
            version = location.version
            language = location.language?.rawValue
            blockIDs = location.blockIDs
            labels = location.labels
        }

        enum CodingKeys: String, CodingKey { case version, language, blockIDs, labels }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(version, forKey: .version)
            try container.encode(language, forKey: .language)
            try container.encode(blockIDs, forKey: .blockIDs)
            try container.encode(labels, forKey: .labels)
        }
    }
}
