import ParityCore

/// What `show` and `report` do before rendering: get the alignment (a stored
/// alignment file, or the versions read and aligned to the pivot) and check parity.
enum ViewPipeline {
    /// The alignment `input` names and its findings.
    /// - Throws: `ExitCode(2)` after one line on standard error for bad usage or unreadable input.
    static func run(_ input: VersionInputOptions) throws -> (Alignment, [Finding]) {
        let alignment = try input.alignment()
        return (alignment, ParityChecker().check(alignment))
    }
}
