import ArgumentParser
import ParityCore
import ParityIO

/// `parity outline FILE`: the structure Parity reads in one file.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Show the blocks Parity reads in a file, one line per block.",
        discussion: """
            Each line gives the block id, its kind, what identifies it (number, heading \
            label path, footnote marker or metadata field, else -) and the \
            first words of its text. --json prints the whole document instead.
            """
    )

    @Argument(help: "A UN document: plain text, PDF (needs pdftotext), DOCX or HTML; or a UDHR XML file; - for standard input.",
              completion: .file())
    var file: String

    @OptionGroup var input: InputOptions

    @Flag(help: "Print the whole document as JSON (sorted keys, every field present).")
    var json = false

    func run() throws {
        try UsageExit.check(IgnoredInputOptions.problems(files: [file], encodingGiven: input.encodingName != nil, pdfOptions: input.pdf.given))
        let loader = input.loader
        let document = try StandardError.exitingOnInputError { () throws(InputError) in try loader.load(argument: file) }
        if json {
            print(try DocumentJSON.encode(document), terminator: "")
        } else {
            OutlineFormatter().forEachLine(document) { print($0) }
        }
        for diagnostic in document.diagnostics {
            StandardError.write("parity: warning: \(document.sourceName): \(diagnostic.message)")
        }
    }
}
