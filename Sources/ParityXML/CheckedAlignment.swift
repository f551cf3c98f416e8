import ParityCore

/// An alignment together with the parity findings about it: what a native
/// alignment file holds and what the exporters write.
public struct CheckedAlignment: Hashable, Sendable {
    /// The aligned versions and their links.
    public var alignment: Alignment
    /// The parity checker's findings (possibly none).
    public var findings: [Finding]

    /// Creates the pair.
    public init(alignment: Alignment, findings: [Finding] = []) {
        self.alignment = alignment
        self.findings = findings
    }
}
