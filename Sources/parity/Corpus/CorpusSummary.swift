import Foundation
import ParityCore

/// The JSON summary of a corpus run (`--summary FILE`): one record per set,
/// in set order, and the totals. Shard summaries merge into one
/// (`parity corpus --merge-summaries`), which equals the summary of an
/// unsharded run apart from `shard`.
struct CorpusSummary: Codable, Equatable {
    /// Bumped when a field changes meaning.
    var format = "parity-corpus-summary/1"
    /// `i/n` for a shard's summary, nil for a whole run or a merged one.
    var shard: String?
    var totals: Totals
    var sets: [SetRecord]
    /// Loose files of the corpus folder that belong to no set.
    var skipped: [SkippedFile]

    /// Counts over all sets.
    struct Totals: Codable, Equatable {
        var sets = 0
        var written = 0
        var upToDate = 0
        var failed = 0
        var skippedFiles = 0
        var inputBytes = 0

        /// Counts one more set.
        mutating func add(_ record: SetRecord) {
            sets += 1
            switch record.status {
            case .written: written += 1
            case .upToDate: upToDate += 1
            case .failed: failed += 1
            }
            skippedFiles += record.skipped.filter { !$0.isNote }.count
            inputBytes += record.inputBytes
        }
    }

    /// What happened to one set.
    struct SetRecord: Codable, Equatable, Sendable {
        enum Status: String, Codable, Sendable {
            case written
            case upToDate = "up-to-date"
            case failed
        }

        /// One version as read.
        struct Version: Codable, Equatable, Sendable {
            var file: String
            var language: String?
            /// Where the language came from: `name` (file name or manifest) or `content`.
            var languageFrom: String?
        }

        /// Why the set (or one of its files) failed.
        struct Failure: Codable, Equatable, Sendable {
            var file: String?
            var reason: String
        }

        var set: String
        var status: Status
        var versions: [Version] = []
        var links: Int?
        /// Finding counts by kind, then by severity: `{"missing-paragraph": {"error": 2}}`.
        var findings: [String: [String: Int]]?
        var outputs: [String] = []
        var failures: [Failure] = []
        var skipped: [SkippedFile] = []
        var warnings: [String] = []
        var inputBytes = 0
    }

    /// The summary of `records` (in set order) and the corpus-level skipped files.
    init(records: [SetRecord], skipped: [SkippedFile], shard: String?) {
        self.shard = shard
        self.sets = records
        self.skipped = skipped
        self.totals = Self.totals(records, skipped: skipped)
    }

    static func totals(_ records: [SetRecord], skipped: [SkippedFile]) -> Totals {
        var totals = Totals()
        for record in records { totals.add(record) }
        totals.skippedFiles += skipped.filter { !$0.isNote }.count
        return totals
    }

    /// One summary of the sets of several shards, in set order. The corpus
    /// folder's loose files are listed by every shard; they are kept once.
    /// - Throws: `MergeError` when two summaries hold the same set.
    static func merged(_ summaries: [CorpusSummary]) throws(MergeError) -> CorpusSummary {
        var records: [SetRecord] = []
        var seen: Set<String> = []
        var skipped: [SkippedFile] = []
        var seenSkipped: Set<String> = []
        for summary in summaries {
            for record in summary.sets {
                guard seen.insert(record.set).inserted else { throw .duplicateSet(record.set) }
                records.append(record)
            }
            for file in summary.skipped where seenSkipped.insert(file.path).inserted { skipped.append(file) }
        }
        records.sort { $0.set < $1.set }
        return CorpusSummary(records: records, skipped: skipped, shard: nil)
    }

    enum MergeError: Error, CustomStringConvertible {
        case duplicateSet(String)
        var description: String {
            switch self {
            case .duplicateSet(let name): return "set '\(name)' is in two summaries (the same shard twice?)"
            }
        }
    }

    /// The JSON text: sorted keys, two-space indentation, a final line feed.
    func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return [UInt8](data) + [0x0A]
    }
}

extension CorpusSummary.SetRecord {
    /// Counts of `findings` by kind and severity.
    static func findingCounts(_ findings: [Finding]) -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for finding in findings { counts[finding.kind.rawValue, default: [:]][finding.severity.rawValue, default: 0] += 1 }
        return counts
    }
}
