import ParityCore

/// Writes a sentence alignment as bilingual TMX 1.4b (or N-way, from
/// `SentenceRows`) with `segtype="sentence"`, valid against
/// `Schemas/tmx14.dtd`: one `<tu>` per bead with sentences on both sides (`tuid` = the source sentence ids joined
/// with `+`), `<prop>`s for the bead type and confidence, and per `<tuv>` the
/// sentence ids. The header and every unit carry `creationdate` and
/// `changedate`, as `TMXWriter` writes them.
public struct SentenceTMXWriter: Sendable {
    /// One side of the file: its language code and source name.
    public struct Side: Sendable {
        public var language: String
        public var sourceName: String

        public init(language: String, sourceName: String) {
            self.language = language
            self.sourceName = sourceName
        }
    }

    /// Written as `creationtoolversion`.
    public var toolVersion: String
    /// Written as `creationdate` and `changedate` of the header and the units.
    public var date: TMXDate

    /// Creates a writer; the date is the current time by default.
    public init(toolVersion: String = TMXWriter.defaultToolVersion, date: TMXDate = .now()) {
        self.toolVersion = toolVersion
        self.date = date
    }

    /// Writes the TMX document.
    /// - Throws: `ExportError.needsTwoLanguages` when both sides have the same code.
    public func write(_ alignment: SentencePairAlignment, source: Side, target: Side) throws(ExportError) -> XMLWriteResult {
        guard source.language != target.language else {
            throw .needsTwoLanguages(detail: "both sides are in \(source.language)")
        }
        let writer = try XMLStreamWriter()
        try writeStart([source, target], to: writer)
        for bead in alignment.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let tuid = bead.source.map { alignment.source[$0].id }.joined(separator: "+")
            try writeUnit(tuid: tuid, type: bead.type, confidence: bead.confidence, variants: [
                (source, bead.source.map { alignment.source[$0] }), (target, bead.target.map { alignment.target[$0] }),
            ], to: writer)
        }
        return try writeEnd(writer)
    }

    /// Writes an N-way TMX document: every language of `alignment` (one
    /// version per language, the pivot first, as `TMXWriter` with
    /// `allLanguages` chooses them), one `<tu>` per sentence row of `rows`
    /// with sentences in two or more of them. `tuid` is the row's pivot
    /// sentence ids joined with `+` (`lang:ids` of its first language with
    /// sentences when the pivot has none); `x-bead-type` gives the sentence
    /// count per language in `<tuv>` order (`2-2-1`), `x-confidence` the
    /// lowest confidence of the beads in the row. A version left out is a warning.
    /// - Throws: `ExportError.needsTwoLanguages` when fewer than two versions have a language.
    public func write(_ rows: SentenceRows, alignment: Alignment, languageTags: TMXLanguageTags = TMXLanguageTags()) throws(ExportError) -> XMLWriteResult {
        let (chosen, warnings) = try TMXLanguageSelection.allLanguages.versionIndices(in: alignment)
        let sides = chosen.map { Side(language: languageTags.tag(for: alignment.versions[$0].language!), sourceName: alignment.versions[$0].sourceName) }
        let writer = try XMLStreamWriter()
        try writeStart(sides, to: writer)
        for row in rows.rows {
            let variants = zip(chosen, sides).compactMap { version, side -> (Side, [SentenceUnit])? in
                let indexes = version < row.sentences.count ? row.sentences[version] : []
                return indexes.isEmpty ? nil : (side, indexes.map { rows.sentences[version][$0] })
            }
            guard variants.count >= 2 else { continue }
            let pivotIDs = rows.pivot < row.sentences.count ? row.sentences[rows.pivot].map { rows.sentences[rows.pivot][$0].id } : []
            let tuid = pivotIDs.isEmpty
                ? "\(variants[0].0.language):" + variants[0].1.map(\.id).joined(separator: "+")
                : pivotIDs.joined(separator: "+")
            let type = chosen.map { version in String(version < row.sentences.count ? row.sentences[version].count : 0) }.joined(separator: "-")
            try writeUnit(tuid: tuid, type: type, confidence: row.confidence, variants: variants, to: writer)
        }
        var result = try writeEnd(writer)
        result.warnings = warnings + result.warnings
        return result
    }

    /// The doctype, `<tmx>`, the header (with each side's source name) and `<body>`.
    private func writeStart(_ sides: [Side], to writer: XMLStreamWriter) throws(ExportError) {
        try writer.doctype("tmx", systemID: "tmx14.dtd")
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        try TMXHeader(toolVersion: toolVersion, date: date, segtype: "sentence", sourceLanguage: sides[0].language,
                      sources: sides.map { ($0.language, $0.sourceName) }).write(to: writer)
        try writer.startElement("body")
    }

    /// One `<tu>`: its properties, then a `<tuv>` per side with its sentence ids and text.
    private func writeUnit(tuid: String, type: String, confidence: Double, variants: [(Side, [SentenceUnit])],
                           to writer: XMLStreamWriter) throws(ExportError) {
        writer.context = "tu \(tuid)"
        try writer.startElement("tu")
        try writer.attribute("tuid", tuid)
        try writer.attribute("creationdate", date.text)
        try writer.attribute("changedate", date.text)
        try property("x-bead-type", type, to: writer)
        try property("x-confidence", confidence.xmlDoubleText, to: writer)
        for (side, units) in variants {
            try writer.startElement("tuv")
            try writer.xmlAttribute("lang", side.language)
            try property("x-sentence-ids", units.map(\.id).joined(separator: " "), to: writer)
            try writer.element("seg", text: units.map(\.text).joined(separator: " "))
            try writer.endElement()
        }
        try writer.endElement()
    }

    private func writeEnd(_ writer: XMLStreamWriter) throws(ExportError) -> XMLWriteResult {
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }

    private func property(_ type: String, _ value: String, to writer: XMLStreamWriter) throws(ExportError) {
        try writer.startElement("prop")
        try writer.attribute("type", type)
        try writer.text(value)
        try writer.endElement()
    }
}
