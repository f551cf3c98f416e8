import ParityCore

/// Segments a constructed text as the segmenter's tests do: the text's UTF-8
/// bytes (the source ranges point into them) and the document.
public enum ConstructedSegmentation {
    /// `text` decoded as UTF-8 and segmented under `name`. `paragraphsMarkedByGeometry`:
    /// as the PDF geometry reading writes text, its blank lines marking the paragraph ends it saw.
    public static func segment(_ text: String, _ name: String, paragraphsMarkedByGeometry: Bool = false) -> (bytes: [UInt8], document: Document) {
        var decoded = DecodedText(text)
        decoded.paragraphsMarkedByGeometry = paragraphsMarkedByGeometry
        return (decoded.utf8, PlainTextSegmenter().segment(decoded, sourceName: name))
    }
}
