import ArgumentParser
import Foundation
import ParityCore
import ParityIO

/// `parity text FILE`: the text Parity segments for a file.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text Parity segments for a file.",
        discussion: """
            For plain text this is the decoded file; for PDF the text Parity rebuilds from \
            pdftotext's word boxes (pdftotext -layout output with --pdf-layout, its own reading order with \
            --pdf-reading-order) after Parity's \
            clean-up (running headers and footers removed, hard-wrapped lines joined; --raw shows it \
            before); for DOCX and HTML the text stream extracted from the document (paragraphs as blank-line separated \
            blocks, automatic numbers rendered, footnotes after the citing paragraph). The byte \
            offsets of `parity outline --json` point into the text shown with --raw.
            """
    )

    @Argument(help: "A plain-text, PDF, DOCX or HTML document; - for standard input.", completion: .file())
    var file: String

    @OptionGroup var input: InputOptions

    @Flag(help: "For PDF-extracted text: print it as extracted, before Parity's clean-up (page furniture removal, line joining).")
    var raw = false

    func run() throws {
        try UsageExit.check(IgnoredInputOptions.problems(files: [file], encodingGiven: input.encodingName != nil, pdfOptions: input.pdf.given))
        let loader = input.loader
        let text = try StandardError.exitingOnInputError { () throws(InputError) in try loader.segmenterText(argument: file) }
        guard let text else {
            StandardError.write("parity: \(file == StandardInputArgument.argument ? StandardInputArgument.name : file): XML input is read as XML; it has no separate text stream")
            throw ExitCode(2)
        }
        let shown = raw ? text : PlainTextSegmenter().preparedText(text)
        // On a terminal, controls and escape sequences in the document are made visible; a pipe gets the text as it is.
        let string = isatty(STDOUT_FILENO) == 1 ? TerminalSafeText.visible(shown.string, keepLineBreaks: true) : shown.string
        print(string, terminator: shown.utf8.last == 0x0A ? "" : "\n")
    }
}
