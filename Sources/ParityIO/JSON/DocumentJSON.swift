import Foundation
import ParityCore

/// The JSON form of a document that `--json` prints: every field of every
/// block and of the metadata is always present (`null` when unknown), so the
/// shape is stable for scripts. It decodes as `ParityCore.Document`.
public struct DocumentJSON: Encodable, Sendable {
    /// The document to encode.
    public var document: Document

    /// The JSON form of `document`.
    public init(document: Document) {
        self.document = document
    }

    /// Pretty-printed JSON with sorted keys, ending in a line feed.
    public static func encode(_ document: Document) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(DocumentJSON(document: document)), as: UTF8.self) + "\n"
    }

    private enum Keys: String, CodingKey {
        case sourceName, language, metadata, blocks, diagnostics
    }

    /// Encodes every key, `null` for an unknown value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(document.sourceName, forKey: .sourceName)
        try container.encode(document.language, forKey: .language)
        try container.encode(MetadataJSON(metadata: document.metadata), forKey: .metadata)
        try container.encode(document.blocks.map(BlockJSON.init), forKey: .blocks)
        try container.encode(document.diagnostics, forKey: .diagnostics)
    }
}

/// A block with every field present.
private struct BlockJSON: Encodable {
    var block: Block

    private enum Keys: String, CodingKey {
        case id, kind, number, label, labelPath, level, text, emphasis, sourceRanges, parent
        case footnoteRefs, citedBy, tocTarget, metadataField, speaker
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(block.id, forKey: .id)
        try container.encode(block.kind, forKey: .kind)
        try container.encode(block.number, forKey: .number)
        try container.encode(block.label, forKey: .label)
        try container.encode(block.labelPath, forKey: .labelPath)
        try container.encode(block.level, forKey: .level)
        try container.encode(block.text, forKey: .text)
        try container.encode(block.emphasis, forKey: .emphasis)
        try container.encode(block.sourceRanges, forKey: .sourceRanges)
        try container.encode(block.parent, forKey: .parent)
        try container.encode(block.footnoteRefs, forKey: .footnoteRefs)
        try container.encode(block.citedBy, forKey: .citedBy)
        try container.encode(block.tocTarget.map(TOCTargetJSON.init), forKey: .tocTarget)
        try container.encode(block.metadataField, forKey: .metadataField)
        try container.encode(block.speaker, forKey: .speaker)
    }
}

/// A table-of-contents target with every field present.
private struct TOCTargetJSON: Encodable {
    var target: TOCTarget

    private enum Keys: String, CodingKey { case firstParagraph, lastParagraph, page }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(target.firstParagraph, forKey: .firstParagraph)
        try container.encode(target.lastParagraph, forKey: .lastParagraph)
        try container.encode(target.page, forKey: .page)
    }
}

/// Header metadata with every field present.
private struct MetadataJSON: Encodable {
    var metadata: DocumentMetadata

    private enum Keys: String, CodingKey {
        case organ, symbol, distribution, date, languageName, language, originalLanguageName, originalLanguage
        case session, agendaItem, title
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(metadata.organ, forKey: .organ)
        try container.encode(metadata.symbol, forKey: .symbol)
        try container.encode(metadata.distribution, forKey: .distribution)
        try container.encode(metadata.date, forKey: .date)
        try container.encode(metadata.languageName, forKey: .languageName)
        try container.encode(metadata.language, forKey: .language)
        try container.encode(metadata.originalLanguageName, forKey: .originalLanguageName)
        try container.encode(metadata.originalLanguage, forKey: .originalLanguage)
        try container.encode(metadata.session, forKey: .session)
        try container.encode(metadata.agendaItem, forKey: .agendaItem)
        try container.encode(metadata.title, forKey: .title)
    }
}
