import ParityCore

/// What `show` and `report` do before rendering: get the alignment (a stored
/// alignment file, or the versions read and aligned to the pivot), check
/// parity, and build the rows: one per link, or at `--level sentence` one
/// per sentence row inside the links.
enum ViewPipeline {
    /// The rows to show, at the level `unit` asks for, with the findings
    /// anchored at them. A native file written at the sentence level is
    /// shown with its stored beads.
    /// - Throws: `ExitCode(2)` after one line on standard error for bad usage or unreadable input.
    static func table(_ input: VersionInputOptions, unit: SentenceLevelOptions) throws -> SideBySideTable {
        let (alignment, stored) = try input.alignmentAndStoredSentences()
        let findings = ParityChecker().check(alignment)
        guard unit.level == .sentence else { return SideBySideTable(alignment: alignment, findings: findings) }
        let rows = stored.isEmpty ? try unit.sentenceRows(alignment) : SentenceRows(pairs: stored, alignment: alignment)
        return SideBySideTable(alignment: alignment, findings: findings, sentences: rows)
    }
}
