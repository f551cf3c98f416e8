/// Pass 7: reads `DocumentMetadata` off the finished metadata blocks
/// (values as written: "general" from "Distr. general", "inglés" from
/// "Original: inglés") and recognises the languages they name.
enum MetadataCollector {
    /// The metadata the blocks carry.
    static func collect(_ blocks: [Block]) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        for block in blocks where block.kind == .metadata {
            guard let field = block.metadataField else { continue }
            let text = block.text
            switch field {
            case .organ: if metadata.organ == nil { metadata.organ = text }
            case .symbol:
                if metadata.symbol == nil {
                    var symbol = Substring(text)
                    while let last = symbol.unicodeScalars.last, last == "*" || SuperscriptDigits.value(of: last) != nil {
                        symbol = Substring(symbol.unicodeScalars.dropLast())
                    }
                    metadata.symbol = HeaderLineRecognizer.primarySymbol(String(symbol))
                }
            case .distribution: if metadata.distribution == nil { metadata.distribution = HeaderLineRecognizer.distributionValue(text) }
            case .date: if metadata.date == nil { metadata.date = text }
            case .language:
                if metadata.languageName == nil {
                    metadata.languageName = text
                    metadata.language = Language(name: text)
                }
            case .originalLanguage:
                if metadata.originalLanguageName == nil, let value = HeaderLineRecognizer.originalLanguageValue(text) {
                    metadata.originalLanguageName = value
                    metadata.originalLanguage = HeaderLineRecognizer.language(named: value)
                }
            case .session: if metadata.session == nil { metadata.session = text }
            case .agendaItem: if metadata.agendaItem == nil { metadata.agendaItem = text }
            case .title: if metadata.title == nil { metadata.title = text }
            }
        }
        return metadata
    }
}
