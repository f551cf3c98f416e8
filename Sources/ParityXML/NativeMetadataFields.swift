import ParityCore

/// The string fields of `DocumentMetadata` under their native-format element
/// names, in the order the schema fixes.
enum NativeMetadataFields {
    /// Element names in document order.
    static let names = [
        "organ", "symbol", "distribution", "date", "language-name", "original-language-name",
        "session", "agenda-item", "title",
    ]

    /// `(element name, value)` for every string field, in schema order.
    static func strings(of metadata: DocumentMetadata) -> [(String, String?)] {
        [
            ("organ", metadata.organ), ("symbol", metadata.symbol), ("distribution", metadata.distribution),
            ("date", metadata.date), ("language-name", metadata.languageName),
            ("original-language-name", metadata.originalLanguageName), ("session", metadata.session),
            ("agenda-item", metadata.agendaItem), ("title", metadata.title),
        ]
    }

    /// Stores `value` in the field named `name`; false when the name is unknown.
    static func set(_ name: String, to value: String, in metadata: inout DocumentMetadata) -> Bool {
        switch name {
        case "organ": metadata.organ = value
        case "symbol": metadata.symbol = value
        case "distribution": metadata.distribution = value
        case "date": metadata.date = value
        case "language-name": metadata.languageName = value
        case "original-language-name": metadata.originalLanguageName = value
        case "session": metadata.session = value
        case "agenda-item": metadata.agendaItem = value
        case "title": metadata.title = value
        default: return false
        }
        return true
    }
}
