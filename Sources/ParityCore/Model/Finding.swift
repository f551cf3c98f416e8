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
public struct Finding: Hashable, Sendable, Codable {
    /// What kind of problem.
    public var kind: FindingKind
    /// How serious.
    public var severity: Severity
    /// The blocks concerned, per version.
    public var locations: [FindingLocation]
    /// A one-line message a reviser understands.
    public var message: String

    /// Creates a finding.
    public init(kind: FindingKind, severity: Severity, locations: [FindingLocation], message: String) {
        self.kind = kind
        self.severity = severity
        self.locations = locations
        self.message = message
    }
}
