/// Puts into `pdftotext -layout` text the paragraph ends that the word
/// boxes show and the character grid does not (docs/pdf-geometry.md).
///
/// `-layout` writes a blank row only for a gap of about a line, and the
/// grid (`PDFLayoutParagraphs`) cannot see what sets most remaining
/// paragraphs apart: a few points of space after a paragraph, a title set
/// bold or to a narrower measure, a last line as long as a full one. The
/// geometry reading of the same PDF (`PDFGeometryReading`, from
/// `pdftotext -bbox-layout`) decides those ends from baselines and printed
/// widths. Its lines are matched to the `-layout` rows of the same page by
/// their text without white space (the two readings space words
/// differently: justification, CJK gaps, split words, dot leaders); a blank
/// row goes between two consecutive rows when the geometry reading gives
/// the same two lines one after the other on that page with a paragraph end
/// between them, and never with none. Rows the two readings write
/// differently (right-to-left text, which `-layout` writes in visual order;
/// a row holding two page columns) match nothing and are left as they are.
/// Only blank rows are added: every other scalar is written once.
public enum PDFLayoutGeometryParagraphs {
    /// `layout` (UTF-8 `-layout` text, pages separated by form feeds) with a blank row at every
    /// paragraph end of `geometry` (the geometry reading of the same PDF) between two of its rows.
    public static func marking(_ layout: [UInt8], geometry: String) -> [UInt8] {
        let layoutPages = layout.split(separator: 0x0C, omittingEmptySubsequences: false)
        let geometryPages = geometry.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        var output: [UInt8] = []
        output.reserveCapacity(layout.count + layout.count / 16)
        for (index, page) in layoutPages.enumerated() {
            if index > 0 { output.append(0x0C) }
            guard index < geometryPages.count else {
                output.append(contentsOf: page)
                continue
            }
            let links = Links(geometryPages[index].split(separator: "\n", omittingEmptySubsequences: false))
            output.append(contentsOf: marked(String(decoding: page, as: UTF8.self), links))
        }
        return output
    }

    /// The pairs of consecutive lines of one page of the geometry reading, by their keys.
    struct Links {
        /// `previous + "\n" + next` of two lines with a paragraph end (blank line) between them.
        var ends: Set<String> = []
        /// The same for two lines of one paragraph.
        var runs: Set<String> = []

        init<Lines: Sequence>(_ lines: Lines) where Lines.Element: StringProtocol {
            var previous: String?
            var blankSince = false
            for line in lines {
                let key = PDFLayoutGeometryParagraphs.key(line)
                if key.isEmpty {
                    blankSince = true
                    continue
                }
                if let previous {
                    if blankSince { ends.insert(previous + "\n" + key) } else { runs.insert(previous + "\n" + key) }
                }
                previous = key
                blankSince = false
            }
        }

        /// A paragraph ends between the lines `previous` and `next`, and no pair of lines so written runs on.
        func endsBetween(_ previous: String, _ next: String) -> Bool {
            let pair = previous + "\n" + next
            return ends.contains(pair) && !runs.contains(pair)
        }
    }

    static func marked(_ page: String, _ links: Links) -> [UInt8] {
        guard !links.ends.isEmpty else { return Array(page.utf8) }
        var output = ""
        output.reserveCapacity(page.utf8.count + 64)
        var previous: String?
        var first = true
        for row in page.split(separator: "\n", omittingEmptySubsequences: false) {
            let key = key(row)
            if key.isEmpty {
                previous = nil
            } else {
                if let previous, links.endsBetween(previous, key) { output.append("\n") }
                previous = key
            }
            if !first { output.append("\n") }
            output.append(contentsOf: row)
            first = false
        }
        return Array(output.utf8)
    }

    /// A line's text without white space.
    static func key<Line: StringProtocol>(_ line: Line) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in line.unicodeScalars where !scalar.properties.isWhitespace { scalars.append(scalar) }
        return String(scalars)
    }
}
