import ParityCore

/// What `show` and `report` do before rendering: get the alignment (a stored
/// alignment file, or the versions read and aligned to the pivot), check
/// parity, and build the rows: one per link, or at `--level sentence` one
/// per sentence row inside the links.
enum ViewPipeline {
    /// The alignment `input` names and its findings.
    /// - Throws: `ExitCode(2)` after one line on standard error for bad usage or unreadable input.
    static func run(_ input: VersionInputOptions) throws -> (Alignment, [Finding]) {
        let alignment = try input.alignment()
        return (alignment, ParityChecker().check(alignment))
    }

    /// The rows to show, at the level `unit` asks for, and the number of links.
    /// - Throws: `ExitCode(2)` after one line on standard error for bad usage or unreadable input.
    /// A native file written at the sentence level is shown with its stored beads.
    static func table(_ input: VersionInputOptions, unit: SentenceLevelOptions) throws -> SideBySideTable {
        let (alignment, stored) = try input.alignmentAndStoredSentences()
        let findings = ParityChecker().check(alignment)
        guard unit.level == .sentence else { return SideBySideTable(alignment: alignment, findings: findings) }
        let rows = stored.isEmpty ? try unit.sentenceRows(alignment) : SentenceRows(pairs: stored, alignment: alignment)
        return SideBySideTable(alignment: alignment, findings: findings, sentences: rows)
    }
}
