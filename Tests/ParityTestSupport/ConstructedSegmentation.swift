import Foundation
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

    /// The version `CODE` of the dev set `SET` (`Tests/Fixtures/constructed-documents/dev/SET.constructed.CODE.txt`),
    /// read as UTF-8 and segmented in its language, under the name `SET.CODE`.
    public static func devDocument(_ set: String, _ code: String) throws -> Document {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/constructed-documents/dev/\(set).constructed.\(code).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return PlainTextSegmenter(language: Language(code: code)).segment(DecodedText(text), sourceName: "\(set).\(code)")
    }
}
