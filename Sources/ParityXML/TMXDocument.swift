/// The content of a TMX file as `TMXReader` reads it: header source language
/// and translation units with their per-language text.
public struct TMXDocument: Hashable, Sendable {
    /// A `<prop type="…">value</prop>`.
    public struct Property: Hashable, Sendable {
        /// The `type` attribute (`x-number`).
        public var type: String
        /// The text content.
        public var value: String

        /// Creates a property.
        public init(type: String, value: String) {
            self.type = type
            self.value = value
        }
    }

    /// One `<tuv>`: a language and its segment text.
    public struct Variant: Hashable, Sendable {
        /// `xml:lang` as written (`es`, `en-US`).
        public var language: String
        /// The text of `<seg>` (inline codes left out, `<hi>` text kept).
        public var text: String
        /// The variant's properties.
        public var properties: [Property]

        /// Creates a variant.
        public init(language: String, text: String, properties: [Property] = []) {
            self.language = language
            self.text = text
            self.properties = properties
        }
    }

    /// One `<tu>`.
    public struct Unit: Hashable, Sendable {
        /// `tuid`, if any.
        public var id: String?
        /// The unit's properties in document order.
        public var properties: [Property]
        /// The variants in document order.
        public var variants: [Variant]

        /// Creates a unit.
        public init(id: String?, properties: [Property] = [], variants: [Variant]) {
            self.id = id
            self.properties = properties
            self.variants = variants
        }

        /// The value of the first property of this type.
        public func property(_ type: String) -> String? { properties.first { $0.type == type }?.value }

        /// The text of the first variant whose language is `code` (case-insensitive).
        public func text(language code: String) -> String? {
            variants.first { $0.language.equalsIgnoringCase(code) }?.text
        }
    }

    /// The header's `srclang`.
    public var sourceLanguage: String
    /// The header's `creationtool`.
    public var creationTool: String
    /// Translation units in document order.
    public var units: [Unit]

    /// Creates a document.
    public init(sourceLanguage: String, creationTool: String, units: [Unit]) {
        self.sourceLanguage = sourceLanguage
        self.creationTool = creationTool
        self.units = units
    }
}
