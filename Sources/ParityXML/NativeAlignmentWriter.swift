import ParityCore

/// Writes an alignment and its findings in Parity's native XML format
/// (`<parity-alignment version="1">`, schema `Schemas/parity-alignment.rng`).
///
/// Nothing is lost: every version with its metadata, blocks (all fields) and
/// diagnostics, every link and every finding is written, so that
/// `NativeAlignmentReader` reads back an equal value and writing that again
/// gives the same bytes.
public struct NativeAlignmentWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes `content` as UTF-8 XML, indented.
    /// - Throws: `ExportError.invalidBlockID` when an id cannot be an XML
    ///   name, `.inconsistentAlignment` when the pivot, a link or a finding's
    ///   location does not fit the versions.
    public func write(_ content: CheckedAlignment) throws(ExportError) -> XMLWriteResult {
        let alignment = content.alignment
        try Self.checkConsistency(alignment)
        for finding in content.findings {
            for location in finding.locations where !alignment.versions.indices.contains(location.version) {
                throw .inconsistentAlignment(
                    detail: "finding \"\(finding.message)\" names version \(location.version), the alignment has \(alignment.versions.count)")
            }
        }
        let writer = try XMLStreamWriter()
        try writer.startElement(NativeAlignmentFormat.root)
        try writer.attribute("version", NativeAlignmentFormat.version)
        try writer.attribute("pivot", String(alignment.pivot))

        try writer.startElement("versions")
        for (index, version) in alignment.versions.enumerated() {
            try writeVersion(version, index: index, to: writer)
        }
        try writer.endElement()

        writer.context = "links"
        try writer.startElement("links")
        for link in alignment.links {
            try writer.startElement("link")
            try writer.attribute("type", link.type)
            try writer.attribute("method", link.method.rawValue)
            try writer.attribute("confidence", link.confidence.xmlDoubleText)
            for (version, ids) in link.blockIDs.enumerated() {
                try writer.startElement("ref")
                try writer.attribute("version", String(version))
                try writeIDList("blocks", ids, version: version, to: writer)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()

        writer.context = "findings"
        try writer.startElement("findings")
        for finding in content.findings {
            try writer.startElement("finding")
            try writer.attribute("kind", finding.kind.rawValue)
            try writer.attribute("severity", finding.severity.rawValue)
            try writer.element("message", text: finding.message)
            for location in finding.locations {
                try writer.startElement("location")
                try writer.attribute("version", String(location.version))
                try writer.attribute("language", ifPresent: location.language?.rawValue)
                try writeIDList("blocks", location.blockIDs, version: location.version, to: writer)
                for label in location.labels { try writer.element("label", text: label) }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()

        try writer.endElement()
        return try writer.finish()
    }

    private func writeVersion(_ document: Document, index: Int, to writer: XMLStreamWriter) throws(ExportError) {
        writer.context = "version \(index)"
        try writer.startElement("version")
        try writer.attribute("index", String(index))
        try writer.attribute("language", ifPresent: document.language?.rawValue)
        try writer.attribute("source-name", document.sourceName)
        try writeMetadata(document.metadata, to: writer)

        try writer.startElement("blocks")
        for block in document.blocks {
            writer.context = "version \(index) block \(block.id)"
            try writeBlock(block, version: index, to: writer)
        }
        try writer.endElement()

        writer.context = "version \(index) diagnostics"
        try writer.startElement("diagnostics")
        for diagnostic in document.diagnostics {
            try writer.startElement("diagnostic")
            try writeIDList("blocks", diagnostic.blockIDs, version: index, to: writer)
            try writer.element("message", text: diagnostic.message)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
    }

    private func writeMetadata(_ metadata: DocumentMetadata, to writer: XMLStreamWriter) throws(ExportError) {
        try writer.startElement("metadata")
        try writer.attribute("language", ifPresent: metadata.language?.rawValue)
        try writer.attribute("original-language", ifPresent: metadata.originalLanguage?.rawValue)
        for (name, value) in NativeMetadataFields.strings(of: metadata) {
            if let value { try writer.element(name, text: value) }
        }
        try writer.endElement()
    }

    private func writeBlock(_ block: Block, version: Int, to writer: XMLStreamWriter) throws(ExportError) {
        try writer.startElement("block")
        try checkID(block.id, version: version)
        try writer.attribute("id", block.id)
        try writer.attribute("kind", block.kind.rawValue)
        try writer.attribute("number", ifPresent: block.number.map(String.init))
        try writer.attribute("label", ifPresent: block.label)
        try writer.attribute("label-path", ifPresent: block.labelPath)
        try writer.attribute("level", ifPresent: block.level.map(String.init))
        if let parent = block.parent {
            try checkID(parent, version: version)
            try writer.attribute("parent", parent)
        }
        try writer.attribute("metadata-field", ifPresent: block.metadataField?.rawValue)
        try writeIDList("footnote-refs", block.footnoteRefs, version: version, to: writer)
        try writeIDList("cited-by", block.citedBy, version: version, to: writer)
        try writer.element("text", text: block.text)
        for span in block.emphasis {
            try writer.startElement("emphasis")
            try writer.attribute("start", String(span.start))
            try writer.attribute("end", String(span.end))
            try writer.attribute("style", span.style.rawValue)
            try writer.endElement()
        }
        for range in block.sourceRanges {
            try writer.startElement("source-range")
            try writer.attribute("start", String(range.start))
            try writer.attribute("end", String(range.end))
            try writer.endElement()
        }
        if let target = block.tocTarget {
            try writer.startElement("toc-target")
            try writer.attribute("first-paragraph", ifPresent: target.firstParagraph.map(String.init))
            try writer.attribute("last-paragraph", ifPresent: target.lastParagraph.map(String.init))
            try writer.attribute("page", ifPresent: target.page)
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// Writes a space-separated id list attribute; omitted when the list is empty.
    private func writeIDList(_ name: String, _ ids: [String], version: Int, to writer: XMLStreamWriter) throws(ExportError) {
        guard !ids.isEmpty else { return }
        for id in ids { try checkID(id, version: version) }
        try writer.attribute(name, ids.joined(separator: " "))
    }

    private func checkID(_ id: String, version: Int) throws(ExportError) {
        if !XMLName.isNCName(id) { throw .invalidBlockID(id: id, version: version) }
    }

    /// Checks what the format relies on: a pivot inside the versions and one
    /// id list per version in every link.
    static func checkConsistency(_ alignment: Alignment) throws(ExportError) {
        let count = alignment.versions.count
        if count > 0 && !(0..<count).contains(alignment.pivot) {
            throw .inconsistentAlignment(detail: "pivot \(alignment.pivot) is not one of the \(count) versions")
        }
        for (index, link) in alignment.links.enumerated() where link.blockIDs.count != count {
            throw .inconsistentAlignment(
                detail: "link \(index + 1) has block ids for \(link.blockIDs.count) versions, the alignment has \(count)")
        }
    }
}
