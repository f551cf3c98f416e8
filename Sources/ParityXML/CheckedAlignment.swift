import ParityCore

/// An alignment together with the parity findings about it: what a native
/// alignment file holds and what the exporters write.
public struct CheckedAlignment: Hashable, Sendable {
    /// The aligned versions and their links.
    public var alignment: Alignment
    /// The parity checker's findings (possibly none).
    public var findings: [Finding]
    /// At the sentence level: the sentence alignment of every other version
    /// with the pivot (`SentencePairAlignment.align`); empty at the block level.
    public var sentencePairs: [SentencePairAlignment]

    /// Creates the pair.
    public init(alignment: Alignment, findings: [Finding] = [], sentencePairs: [SentencePairAlignment] = []) {
        self.alignment = alignment
        self.findings = findings
        self.sentencePairs = sentencePairs
    }
}
