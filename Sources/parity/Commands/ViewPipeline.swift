import ParityCore

/// What `show` and `report` do before rendering: read the versions, align
/// them to the pivot and check parity.
enum ViewPipeline {
    /// The alignment of the versions `input` names and its findings.
    /// - Throws: `ExitCode(2)` after one line on standard error for bad usage or unreadable input.
    static func run(_ input: VersionInputOptions) throws -> (Alignment, [Finding]) {
        try UsageExit.check(input.usageProblems)
        let documents = try StandardError.exitingOnInputError { () throws(InputError) in try input.loadDocuments() }
        let pivot: Int
        switch input.pivotIndex(in: documents) {
        case .success(let index): pivot = index
        case .failure(let problem):
            try UsageExit.check([problem.message])
            pivot = 0
        }
        let alignment = Aligner(pivot: pivot).align(documents)
        return (alignment, ParityChecker().check(alignment))
    }
}
