import Foundation
import ParityCore

/// The JSON documents `parity align --json` and `parity check --json` print
/// (schemas `parity-align/1` and `parity-check/1`, described in
/// docs/align-check.md). Every key is always present; unknown values are `null`.
public enum AlignCheckJSON {
    /// Pretty-printed JSON with sorted keys, ending in a line feed.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// One version: position, file, language, block count, pivot or not.
    public struct VersionOutput: Encodable, Sendable {
        public var index: Int
        public var sourceName: String
        public var language: String?
        public var blockCount: Int
        public var isPivot: Bool

        enum CodingKeys: String, CodingKey { case index, sourceName, language, blockCount, isPivot }

        /// Encodes every key, `null` for an unknown value.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(sourceName, forKey: .sourceName)
            try container.encode(language, forKey: .language)
            try container.encode(blockCount, forKey: .blockCount)
            try container.encode(isPivot, forKey: .isPivot)
        }

        /// One entry per version of `alignment`, in order.
        public static func all(_ alignment: Alignment) -> [VersionOutput] {
            alignment.versions.enumerated().map { index, document in
                VersionOutput(index: index, sourceName: document.sourceName,
                              language: (document.language ?? document.metadata.language)?.rawValue,
                              blockCount: document.blocks.count, isPivot: index == alignment.pivot)
            }
        }
    }

    /// `parity align --json`.
    public struct AlignmentOutput: Encodable, Sendable {
        public var schema = "parity-align/1"
        public var pivot: Int
        public var versions: [VersionOutput]
        public var links: [LinkOutput]

        /// The JSON form of `alignment`.
        public init(_ alignment: Alignment) {
            pivot = alignment.pivot
            versions = VersionOutput.all(alignment)
            links = alignment.links.enumerated().map { LinkOutput(index: $0.offset + 1, link: $0.element) }
        }
    }

    /// One link: 1-based index, type, method, confidence (3 decimals), block ids per version.
    public struct LinkOutput: Encodable, Sendable {
        public var index: Int
        public var type: String
        public var method: String
        public var confidence: Double
        public var blockIDs: [[String]]

        /// Link number `index` (1-based).
        public init(index: Int, link: AlignmentLink) {
            self.index = index
            type = link.type
            method = link.method.rawValue
            confidence = (link.confidence * 1000).rounded() / 1000
            blockIDs = link.blockIDs
        }
    }

    /// `parity check --json`.
    public struct CheckOutput: Encodable, Sendable {
        public var schema = "parity-check/1"
        public var pivot: Int
        public var versions: [VersionOutput]
        public var summary: [String: Int]
        public var findings: [FindingOutput]

        /// The JSON form of `findings` on `alignment`.
        public init(alignment: Alignment, findings: [Finding]) {
            pivot = alignment.pivot
            versions = VersionOutput.all(alignment)
            var summary: [String: Int] = [:]
            for severity in Severity.allCases { summary[severity.rawValue] = findings.filter { $0.severity == severity }.count }
            self.summary = summary
            self.findings = findings.map(FindingOutput.init)
        }
    }

    /// One finding.
    public struct FindingOutput: Encodable, Sendable {
        public var kind: String
        public var severity: String
        public var message: String
        public var locations: [LocationOutput]

        /// The JSON form of `finding`.
        public init(_ finding: Finding) {
            kind = finding.kind.rawValue
            severity = finding.severity.rawValue
            message = finding.message
            locations = finding.locations.map(LocationOutput.init)
        }
    }

    /// Where a finding applies in one version.
    public struct LocationOutput: Encodable, Sendable {
        public var version: Int
        public var language: String?
        public var blockIDs: [String]
        public var labels: [String]

        /// The JSON form of `location`.
        public init(_ location: FindingLocation) {
            version = location.version
            language = location.language?.rawValue
            blockIDs = location.blockIDs
            labels = location.labels
        }

        enum CodingKeys: String, CodingKey { case version, language, blockIDs, labels }

        /// Encodes every key, `null` for an unknown value.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(version, forKey: .version)
            try container.encode(language, forKey: .language)
            try container.encode(blockIDs, forKey: .blockIDs)
            try container.encode(labels, forKey: .labels)
        }
    }
}
