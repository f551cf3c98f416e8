import ArgumentParser
import ParityCore

/// `parity align A B [C …]`: how the language versions correspond, link by link.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align language versions of a document and list the links.",
        discussion: """
            Every block of every version lies in exactly one link. Each link shows its type \
            (blocks per version, e.g. 1-1, 2-1), how it was made (number, label, marker, \
            structure, length), its confidence, and per version the block ids and first words.
            """
    )

    @OptionGroup var input: VersionInputOptions

    @Flag(help: "Print the alignment as JSON (schema parity-align/1, see docs/align-check.md).")
    var json = false

    func run() throws {
        try UsageExit.check(input.usageProblems)
        let input = self.input
        let documents = try StandardError.exitingOnInputError { () throws(InputError) in try input.loadDocuments() }
        let pivot: Int
        switch input.pivotIndex(in: documents) {
        case .success(let index): pivot = index
        case .failure(let problem): try UsageExit.check([problem.message]); return
        }
        let alignment = Aligner(pivot: pivot).align(documents)
        if json {
            print(try AlignCheckJSON.encode(AlignCheckJSON.AlignmentOutput(alignment)), terminator: "")
        } else {
            for line in AlignmentFormatter().lines(alignment) { print(line) }
        }
    }
}
