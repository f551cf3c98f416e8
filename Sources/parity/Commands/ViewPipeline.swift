import ParityCore
import ParityXML

/// What `show` and `report` do before rendering: read the versions, align
/// them to the pivot and check parity; or read an alignment Parity wrote.
enum ViewPipeline {
    /// The alignment of the versions `input` names and its findings. A single
    /// file is read as a native alignment XML file (`<parity-alignment>`);
    /// its stored findings are shown, or, when it stores none, the checker's.
    /// - Throws: `ExitCode(2)` after one line on standard error for bad usage or unreadable input.
    static func run(_ input: VersionInputOptions) throws -> (Alignment, [Finding]) {
        if input.files.count == 1 {
            let path = input.files[0]
            let bytes = try StandardError.exitingOnInputError { () throws(InputError) in try InputFileReader.read(path) }
            if InputFormat.detect(path: path, bytes: bytes) == .plainText {
                try UsageExit.check(["give at least two files to compare, or one Parity alignment XML file"])
            }
            let checked = try StandardError.exitingOnInputError { () throws(InputError) in
                try NativeAlignmentReader().read(bytes, file: path)
            }
            let findings = checked.findings.isEmpty ? ParityChecker().check(checked.alignment) : checked.findings
            return (checked.alignment, findings)
        }
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
