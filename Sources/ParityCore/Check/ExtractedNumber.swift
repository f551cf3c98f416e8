/// A figure, date, percentage or document symbol found in a block's text,
/// normalized so that the language versions' forms compare equal.
public struct ExtractedNumber: Hashable, Sendable, Codable {
    /// What the value is.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A plain figure: `240`, `1 000`, `1,5`.
        case number
        /// A percentage: `20%`, `20 per cent`, `20 por ciento`.
        case percentage
        /// A date or part of one: `12 July 2006`, `julio de 2006`, `2006年7月12日`.
        case date
        /// A time of day: `10.00`, `10:30`.
        case time
        /// A document symbol or resolution number: `A/60/871`, `60/227`.
        case symbol
        /// A resolution number with letter and session: `217 A (III)`, `217 ألف (د-3)`.
        case resolution
    }

    /// What the value is.
    public var kind: Kind
    /// The language-neutral form: `1000`, `1.5`, `20`, `2006-07-12`,
    /// `2006-07`, `--07-12`, `10:00`, `A/60/871`, `217A(3)`.
    public var canonical: String
    /// The text as written.
    public var written: String

    /// Creates a value.
    public init(kind: Kind, canonical: String, written: String) {
        self.kind = kind
        self.canonical = canonical
        self.written = written
    }

    /// The key under which two versions' values are compared.
    public var key: String { kind.rawValue + ":" + canonical }
}
