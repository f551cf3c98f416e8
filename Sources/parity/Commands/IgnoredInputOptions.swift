import ParityIO

/// Input options that the files given would ignore, as usage problems:
/// `--pdf-layout` or `--pdf-reading-order` when no input is a PDF, `--encoding` when every input is a
/// PDF (pdftotext writes UTF-8) or a DOCX (its XML parts declare their own).
/// Files whose format cannot be told beforehand (standard input, unreadable
/// files) leave the options alone.
enum IgnoredInputOptions {
    /// `pdfOptions`: the PDF-only options given (`--pdf-layout`, `--pdf-reading-order`).
    static func problems(files: [String], encodingGiven: Bool, pdfOptions: [String]) -> [String] {
        guard encodingGiven || !pdfOptions.isEmpty, !files.isEmpty else { return [] }
        var formats: [(file: String, format: InputFormat)] = []
        for file in files {
            guard file != StandardInputArgument.argument, let format = InputFormat.detect(file: file) else { return [] }
            formats.append((file, format))
        }
        var problems: [String] = []
        for option in pdfOptions where !formats.contains(where: { $0.format == .pdf }) {
            problems.append(formats.count == 1
                ? "\(option) applies to PDF input, and \(formats[0].file) is \(formats[0].format.name)"
                : "\(option) applies to PDF input, and none of the files is a PDF")
        }
        if encodingGiven, formats.allSatisfy({ !$0.format.readsWithGivenEncoding }) {
            problems.append(formats.count == 1
                ? "--encoding does not apply to \(formats[0].file): \(formats[0].format.name) input is read in its own encoding"
                : "--encoding applies to plain text, HTML and XML input, and every file is a PDF or a DOCX")
        }
        return problems
    }
}
