import ParityCore

/// Segments a constructed text as the segmenter's tests do: the text's UTF-8
/// bytes (the source ranges point into them) and the document.
public enum ConstructedSegmentation {
    /// `text` decoded as UTF-8 and segmented under `name`.
    public static func segment(_ text: String, _ name: String) -> (bytes: [UInt8], document: Document) {
        let decoded = DecodedText(text)
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: name))
    }
}
