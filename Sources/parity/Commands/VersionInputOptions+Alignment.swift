import ArgumentParser
import ParityCore
import ParityIO

extension VersionInputOptions {
    /// The alignment the command works on: the one stored in a single
    /// alignment file (Parity's native XML or TMX), read without aligning
    /// again, or else the versions given, read and aligned to the pivot.
    /// Bad usage and unreadable input print one line and exit with code 2.
    func alignment() throws -> Alignment {
        try alignmentAndStoredSentences().alignment
    }

    /// As `alignment()`, with the sentence alignments a native file stored
    /// at the sentence level (none for versions aligned here, TMX, or a
    /// block-level file).
    func alignmentAndStoredSentences() throws -> (alignment: Alignment, sentencePairs: [SentencePairAlignment]) {
        if files.count == 1 {
            let file = files[0]
            let stored = try StandardError.exitingOnInputError { () throws(InputError) in
                file == StandardInputArgument.argument
                    ? try AlignmentFileLoader.load(bytes: StandardInputArgument.read(), name: StandardInputArgument.name)
                    : try AlignmentFileLoader.load(file)
            }
            if let stored {
                let ignored = versionOnlyOptions
                if !ignored.isEmpty {
                    try UsageExit.check(["\(ignored.joined(separator: ", ")) \(ignored.count == 1 ? "does" : "do") not apply to an alignment file, which is read as stored"])
                }
                return (stored.alignment, stored.sentencePairs)
            }
        }
        try UsageExit.check(usageProblems)
        let documents = try StandardError.exitingOnInputError { () throws(InputError) in try loadDocuments() }
        switch pivotIndex(in: documents) {
        case .success(let pivot):
            return (Aligner(pivot: pivot).align(documents), [])
        case .failure(let problem):
            try UsageExit.check([problem.message])
            throw ExitCode(2)
        }
    }
}
