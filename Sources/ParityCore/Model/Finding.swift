/// How serious a parity finding is.
public enum Severity: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// What kind of parity problem a finding reports.
public enum FindingKind: String, CaseIterable, Sendable, Codable, Hashable {
    case missingParagraph = "missing-paragraph"
    case extraParagraph = "extra-paragraph"
    case duplicateNumber = "duplicate-number"
    case numberingGap = "numbering-gap"
    case outOfOrderNumber = "out-of-order-number"
    case mergedParagraphs = "merged-paragraphs"
    case splitParagraphs = "split-paragraphs"
    case lengthRatioOutlier = "length-ratio-outlier"
    case numberMismatch = "number-mismatch"
    case symbolMismatch = "symbol-mismatch"
    case footnoteMismatch = "footnote-mismatch"
    case headingMismatch = "heading-mismatch"
    case tocRangeMismatch = "toc-range-mismatch"
    case untranslatedBlock = "untranslated-block"
    case wrongScript = "wrong-script"
    case emptyBlock = "empty-block"
    case articleTitleMismatch = "article-title-mismatch"
    case unalignedBlock = "unaligned-block"
    /// A list set as items in one version and run into its sentence in another: one warning, not one per item.
    case listRunIn = "list-run-in"
}

/// Where, in one version, a finding applies.
public struct FindingLocation: Hashable, Sendable, Codable {
    /// Index into the alignment's versions.
    public var version: Int
    /// The version's language, when known.
    public var language: Language?
    /// Ids of the blocks concerned (may be empty when something is missing there).
    public var blockIDs: [String]
    /// Paragraph numbers or labels of those blocks, as shown to a reviser.
    public var labels: [String]

    /// Creates a location.
    public init(version: Int, language: Language?, blockIDs: [String], labels: [String] = []) {
        self.version = version
        self.language = language
        self.blockIDs = blockIDs
        self.labels = labels
    }
}

/// One parity problem: a value, not an error.
///
/// The message and the locations are kept packed in one buffer
/// (``PackedFindingText``) and made again when read: a check may give a
/// finding for every block of a pair, and the strings and arrays of a
/// finding held apart cost some 500 bytes in six allocations. Read
/// `locations` once when several of its values are needed.
public struct Finding: Hashable, Sendable, Codable {
    /// What kind of problem.
    public var kind: FindingKind
    /// How serious.
    public var severity: Severity
    /// The message and the locations.
    private var packed: PackedFindingText

    /// The blocks concerned, per version.
    public var locations: [FindingLocation] {
        get { packed.locations }
        set { packed = PackedFindingText(message: packed.message, locations: newValue) }
    }

    /// A one-line message a reviser understands.
    public var message: String {
        get { packed.message }
        set { packed = PackedFindingText(message: newValue, locations: packed.locations) }
    }

    /// Creates a finding.
    public init(kind: FindingKind, severity: Severity, locations: [FindingLocation], message: String) {
        self.kind = kind
        self.severity = severity
        packed = PackedFindingText(message: message, locations: locations)
    }

    /// Findings are equal when their kinds, severities, messages and locations are (strings compared as strings).
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        guard lhs.kind == rhs.kind, lhs.severity == rhs.severity else { return false }
        return lhs.packed.bytes == rhs.packed.bytes || (lhs.message == rhs.message && lhs.locations == rhs.locations)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(locations)
    }

    private enum CodingKeys: String, CodingKey { case kind, severity, locations, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try container.decode(FindingKind.self, forKey: .kind),
                  severity: try container.decode(Severity.self, forKey: .severity),
                  locations: try container.decode([FindingLocation].self, forKey: .locations),
                  message: try container.decode(String.self, forKey: .message))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(severity, forKey: .severity)
        try container.encode(locations, forKey: .locations)
        try container.encode(message, forKey: .message)
    }
}
