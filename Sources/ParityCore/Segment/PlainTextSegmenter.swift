/// Segments a plain-text UN document into blocks and metadata.
///
/// PLACEHOLDER: the real pipeline (decode → lines → blocks → classify → join
/// → link) replaces this; today every non-blank line run becomes an
/// unnumbered paragraph.
public struct PlainTextSegmenter: Sendable {
    /// The language to assume; `nil` detects it from the header or the script.
    public var language: Language?

    /// Creates a segmenter.
    public init(language: Language? = nil) {
        self.language = language
    }

    /// Segments decoded text read from `sourceName`. Text that looks
    /// PDF-extracted (`PDFExtractionDetector`) is cleaned first
    /// (`PDFTextCleanupPass`); clean text goes straight to the passes.
    public func segment(_ text: DecodedText, sourceName: String) -> Document {
        guard PDFExtractionDetector.looksExtracted(text.utf8) else { return segmentPrepared(text, sourceName: sourceName) }
        return segmentPDFExtracted(text, sourceName: sourceName)
    }

    /// Runs the segmentation passes on text that needs no clean-up.
    func segmentPrepared(_ text: DecodedText, sourceName: String) -> Document {
        var blocks: [Block] = []
        let bytes = text.utf8
        var start = 0
        var index = 0
        func flush(_ end: Int) {
            var s = start, e = end
            while s < e, bytes[s] == 0x20 || bytes[s] == 0x0A || bytes[s] == 0x09 || bytes[s] == 0x0D { s += 1 }
            while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D { e -= 1 }
            if e > s {
                blocks.append(Block(id: "u\(blocks.count + 1)", kind: .unnumberedParagraph,
                                    text: String(decoding: bytes[s..<e], as: UTF8.self),
                                    sourceRanges: [text.sourceRange(s, e)]))
            }
        }
        while index < bytes.count {
            if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                flush(index)
                start = index + 1
            }
            index += 1
        }
        flush(bytes.count)
        return Document(sourceName: sourceName, language: language, blocks: blocks)
    }
}
