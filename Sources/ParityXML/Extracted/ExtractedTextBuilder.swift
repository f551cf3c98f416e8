/// Builds the line-based text stream that the plain-text segmenter reads,
/// from the paragraphs of a word-processor or HTML document.
///
/// The stream follows the conventions of a clean plain-text UN document:
/// one paragraph per blank-line separated block, line breaks inside a
/// paragraph kept, tabs kept (table-of-contents columns), bold as `**…**`,
/// italic as `<i>…</i>`, and each footnote as its own block `marker text`
/// placed right after the paragraph that cites it.
struct ExtractedTextBuilder {
    /// One run of text with its emphasis.
    private struct Run {
        var text: String
        var bold: Bool
        var italic: Bool
    }

    private var output: [UInt8] = []
    private var runs: [Run] = []
    private var pendingNotes: [String] = []

    /// Appends text to the current paragraph.
    mutating func append(_ text: String, bold: Bool = false, italic: Bool = false) {
        guard !text.isEmpty else { return }
        if var last = runs.last, last.bold == bold, last.italic == italic {
            last.text += text
            runs[runs.count - 1] = last
        } else {
            runs.append(Run(text: text, bold: bold, italic: italic))
        }
    }

    /// Whether the current paragraph has any text yet.
    var paragraphIsEmpty: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

    /// Queues a footnote block (`marker text`) to follow the current paragraph.
    mutating func addNote(marker: String, text: String) {
        let body = text.foldingWhitespace()
        pendingNotes.append(body.isEmpty ? marker : "\(marker) \(body)")
    }

    /// Ends the current paragraph: writes it (if it has text) and the notes it cites.
    mutating func endParagraph() {
        let paragraph = Self.render(runs)
        runs.removeAll(keepingCapacity: true)
        if !paragraph.isEmpty { writeBlock(paragraph) }
        for note in pendingNotes { writeBlock(note) }
        pendingNotes.removeAll()
    }

    /// The finished stream as UTF-8 (ends the current paragraph first).
    mutating func finish() -> [UInt8] {
        endParagraph()
        return output
    }

    private mutating func writeBlock(_ block: String) {
        if !output.isEmpty { output.append(contentsOf: [0x0A, 0x0A]) }
        output.append(contentsOf: block.utf8)
    }

    /// The runs as one block: white space at both ends of each line trimmed
    /// (tabs kept), emphasis as markup around the run's non-blank core.
    private static func render(_ runs: [Run]) -> String {
        // White space between two runs of the same emphasis takes it, so that
        // emphasis spans line breaks (`**two\nlines**`); elsewhere, and for
        // tabs (column separators), it has none.
        var runs = runs
        for index in runs.indices where runs[index].text.allSatisfy(\.isWhitespace) {
            if !runs[index].text.contains("\t"), index > 0, index + 1 < runs.count, runs[index - 1].bold == runs[index + 1].bold,
               runs[index - 1].italic == runs[index + 1].italic {
                runs[index].bold = runs[index - 1].bold
                runs[index].italic = runs[index - 1].italic
            } else {
                runs[index].bold = false
                runs[index].italic = false
            }
        }
        var merged: [Run] = []
        for run in runs {
            if let last = merged.last, last.bold == run.bold, last.italic == run.italic {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        var text = ""
        for run in merged {
            guard run.bold || run.italic, run.text.contains(where: { !$0.isWhitespace }) else {
                text += run.text
                continue
            }
            let scalars = Array(run.text.unicodeScalars)
            let first = scalars.firstIndex { !$0.properties.isWhitespace }!
            let last = scalars.lastIndex { !$0.properties.isWhitespace }!
            var core = String(String.UnicodeScalarView(scalars[first...last]))
            if run.italic { core = "<i>\(core)</i>" }
            if run.bold { core = "**\(core)**" }
            text += String(String.UnicodeScalarView(scalars[..<first])) + core
                + String(String.UnicodeScalarView(scalars[(last + 1)...]))
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map(trimmingSpaces)
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// `line` without spaces and no-break spaces at either end (tabs stay: they separate columns).
    private static func trimmingSpaces(_ line: Substring) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{A0}" }
        guard let first = line.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = line.lastIndex(where: { !isSpace($0) })!
        return String(line[first...last])
    }
}
