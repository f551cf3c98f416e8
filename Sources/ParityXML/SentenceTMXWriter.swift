import ParityCore

/// Writes a sentence alignment as bilingual TMX 1.4b with
/// `segtype="sentence"`, valid against `Schemas/tmx14.dtd`: one `<tu>` per
/// bead with sentences on both sides (`tuid` = the source sentence ids joined
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
        try writer.doctype("tmx", systemID: "tmx14.dtd")
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        writer.context = "header"
        try writer.startElement("header")
        try writer.attribute("creationtool", "Parity")
        try writer.attribute("creationtoolversion", toolVersion)
        try writer.attribute("segtype", "sentence")
        try writer.attribute("o-tmf", "Parity")
        try writer.attribute("adminlang", "en")
        try writer.attribute("srclang", source.language)
        try writer.attribute("datatype", "plaintext")
        try writer.attribute("creationdate", date.text)
        try writer.attribute("changedate", date.text)
        for side in [source, target] {
            try writer.startElement("prop")
            try writer.attribute("type", "x-source-name")
            try writer.xmlAttribute("lang", side.language)
            try writer.text(side.sourceName)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("body")
        for bead in alignment.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            let tuid = bead.source.map { alignment.source[$0].id }.joined(separator: "+")
            writer.context = "tu \(tuid)"
            try writer.startElement("tu")
            try writer.attribute("tuid", tuid)
            try writer.attribute("creationdate", date.text)
            try writer.attribute("changedate", date.text)
            try property("x-bead-type", bead.type, to: writer)
            try property("x-confidence", bead.confidence.xmlDoubleText, to: writer)
            for (side, indexes, units) in [(source, bead.source, alignment.source), (target, bead.target, alignment.target)] {
                try writer.startElement("tuv")
                try writer.xmlAttribute("lang", side.language)
                try property("x-sentence-ids", indexes.map { units[$0].id }.joined(separator: " "), to: writer)
                try writer.element("seg", text: indexes.map { units[$0].text }.joined(separator: " "))
                try writer.endElement()
            }
            try writer.endElement()
        }
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
