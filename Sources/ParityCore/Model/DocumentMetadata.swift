/// A field of a UN document's header.
public enum MetadataField: String, CaseIterable, Sendable, Codable, Hashable {
    case organ, symbol, distribution, date, language, originalLanguage, session, agendaItem, title
}

/// What a document's header says about it. Strings are kept as written.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    /// The issuing organ ("Asamblea General", "General Assembly").
    public var organ: String?
    /// Document symbol ("A/61/187"), when present.
    public var symbol: String?
    /// Distribution ("general", "General", "générale", "limited").
    public var distribution: String?
    /// Date as written ("27 de julio de 2006").
    public var date: String?
    /// The version's language as written in the header ("Español").
    public var languageName: String?
    /// The version's language, when known.
    public var language: Language?
    /// The original language as written ("inglés").
    public var originalLanguageName: String?
    /// The original language, when recognised.
    public var originalLanguage: Language?
    /// Session ("Sexagésimo primer período de sesiones").
    public var session: String?
    /// Agenda item as written ("Tema 54 b) del programa provisional").
    public var agendaItem: String?
    /// Document title.
    public var title: String?

    /// Creates metadata; every field defaults to unknown.
    public init(
        organ: String? = nil, symbol: String? = nil, distribution: String? = nil, date: String? = nil,
        languageName: String? = nil, language: Language? = nil,
        originalLanguageName: String? = nil, originalLanguage: Language? = nil,
        session: String? = nil, agendaItem: String? = nil, title: String? = nil
    ) {
        self.organ = organ
        self.symbol = symbol
        self.distribution = distribution
        self.date = date
        self.languageName = languageName
        self.language = language
        self.originalLanguageName = originalLanguageName
        self.originalLanguage = originalLanguage
        self.session = session
        self.agendaItem = agendaItem
        self.title = title
    }
}
