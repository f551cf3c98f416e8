/// Decides whether a text looks like the output of a PDF text extractor
/// (`pdftotext`), so that the PDF clean-up pass runs on it and on nothing else.
///
/// Signals: form feeds (page breaks), or a text that is mostly hard-wrapped:
/// long runs of consecutive non-blank lines of similar, line-like length,
/// where a clean text puts one paragraph on one line.
public enum PDFExtractionDetector {
    /// Whether `bytes` look PDF-extracted.
    public static func looksExtracted(_ bytes: [UInt8]) -> Bool {
        var formFeeds = 0
        var lines = 0
        var nonBlank = 0
        var followedByNonBlank = 0
        var wrappedLength = 0
        var previousNonBlank = false
        var lineLength = 0
        var lineHasText = false
        func closeLine() {
            lines += 1
            if lineHasText {
                nonBlank += 1
                if previousNonBlank {
                    followedByNonBlank += 1
                    if (30...140).contains(lineLength) { wrappedLength += 1 }
                }
            }
            previousNonBlank = lineHasText
            lineLength = 0
            lineHasText = false
        }
        for byte in bytes {
            switch byte {
            case 0x0C:
                formFeeds += 1
            case 0x0A:
                closeLine()
            case 0x20, 0x09, 0x0D:
                if lineHasText { lineLength += 1 }
            default:
                if byte & 0xC0 != 0x80 { lineLength += 1 }
                lineHasText = true
            }
        }
        closeLine()
        if formFeeds > 0 && nonBlank > 0 { return true }
        // Hard-wrapped: most non-blank lines follow another non-blank line and have a line-like length.
        return nonBlank >= 20 && followedByNonBlank * 10 >= nonBlank * 7 && wrappedLength * 2 >= nonBlank
    }
}
