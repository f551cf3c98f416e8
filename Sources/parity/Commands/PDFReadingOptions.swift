import ArgumentParser

/// How a PDF input is read: rebuilt from pdftotext's word boxes (the
/// default), `--pdf-layout` or `--pdf-reading-order`. Shared by every
/// command that reads input files.
struct PDFReadingOptions: ParsableArguments {
    @Flag(name: .customLong("pdf-layout"),
          help: "For PDF input: extract text with pdftotext -layout (physical layout) instead of rebuilding it from pdftotext's word boxes.")
    var layout = false

    @Flag(name: .customLong("pdf-reading-order"),
          help: "For PDF input: take pdftotext's own reading order instead of rebuilding the text from its word boxes.")
    var readingOrder = false

    /// The options given, by name.
    var given: [String] { (layout ? ["--pdf-layout"] : []) + (readingOrder ? ["--pdf-reading-order"] : []) }

    /// The usage problem when both are given.
    var conflict: String? { layout && readingOrder ? "--pdf-layout and --pdf-reading-order cannot be given together" : nil }
}
