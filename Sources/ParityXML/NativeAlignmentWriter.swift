import ParityCore

/// Writes an alignment and its findings in Parity's native XML format
/// (`<parity-alignment version="1">`, schema `Schemas/parity-alignment.rng`).
///
/// Nothing is lost: every version with its metadata, blocks (all fields) and
/// diagnostics, every link and every finding is written, so that
/// `NativeAlignmentReader` reads back an equal value and writing that again
/// gives the same bytes.
///
/// At the sentence level (`CheckedAlignment.sentencePairs` not empty), each
/// block also holds its sentences (`<sentence id="BLOCK.sN">`, after the
/// block's other content), and `<sentence-alignments>` (between `<links>`
/// and `<findings>`) holds each pair's beads. A block-level alignment is
/// written exactly as before.
public struct NativeAlignmentWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes `content` as UTF-8 XML, indented.
    /// - Throws: `ExportError.invalidBlockID` when an id cannot be an XML
    ///   name, `.inconsistentAlignment` when the pivot, a link or a finding's
    ///   location does not fit the versions.
    public func write(_ content: CheckedAlignment) throws(ExportError) -> XMLWriteResult {
        try write(content, to: .memory)
    }

    /// Writes `content` to `destination` (no bytes returned for a file).
    func write(_ content: CheckedAlignment, to destination: XMLOutputDestination) throws(ExportError) -> XMLWriteResult {
        let alignment = content.alignment
        try Self.checkConsistency(alignment)
        let sentences = try Self.sentencesByBlock(content.sentencePairs, alignment: alignment)
        for finding in content.findings {
            for location in finding.locations where !alignment.versions.indices.contains(location.version) {
                throw .inconsistentAlignment(
                    detail: "finding \"\(finding.message)\" names version \(location.version), the alignment has \(alignment.versions.count)")
            }
        }
        let writer = try XMLStreamWriter(destination)
        try writer.startElement(NativeAlignmentFormat.root)
        try writer.attribute("version", NativeAlignmentFormat.version)
        try writer.attribute("pivot", String(alignment.pivot))

        try writer.startElement("versions")
        for (index, version) in alignment.versions.enumerated() {
            try writeVersion(version, index: index, sentences: sentences[index], to: writer)
        }
        try writer.endElement()

        writer.context = "links"
        try writer.startElement("links")
        for link in alignment.links {
            try writer.startElement("link")
            try writer.attribute("type", link.type)
            try writer.attribute("method", link.method.rawValue)
            try writer.attribute("confidence", link.confidence.xmlDoubleText)
            for version in 0..<link.versionCount {
                let ids = link.blockIDs(in: version)
                try writer.startElement("ref")
                try writer.attribute("version", String(version))
                try writeIDList("blocks", ids, version: version, to: writer)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()

        if !content.sentencePairs.isEmpty {
            writer.context = "sentence-alignments"
            try writer.startElement("sentence-alignments")
            for pair in content.sentencePairs { try writeSentencePair(pair, to: writer) }
            try writer.endElement()
        }

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

    private func writeVersion(_ document: Document, index: Int, sentences: [String: [SentenceUnit]],
                              to writer: XMLStreamWriter) throws(ExportError) {
        let versionContext = "version \(index)"
        writer.context = versionContext
        try writer.startElement("version")
        try writer.attribute("index", String(index))
        try writer.attribute("language", ifPresent: document.language?.rawValue)
        try writer.attribute("source-name", document.sourceName)
        try writeMetadata(document.metadata, to: writer)

        try writer.startElement("blocks")
        for block in document.blocks {
            writer.setContext(versionContext, "block", block.id)
            try writeBlock(block, version: index, sentences: sentences[block.id] ?? [], to: writer)
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

    private func writeBlock(_ block: Block, version: Int, sentences: [SentenceUnit], to writer: XMLStreamWriter) throws(ExportError) {
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
        for sentence in sentences {
            try checkID(sentence.id, version: version)
            try writer.startElement("sentence")
            try writer.attribute("id", sentence.id)
            try writer.text(sentence.text)
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// One pair's beads: `<bead type="2-1" confidence="…" source="ids" target="ids"/>`.
    private func writeSentencePair(_ pair: SentencePairAlignment, to writer: XMLStreamWriter) throws(ExportError) {
        try writer.startElement("sentence-alignment")
        try writer.attribute("source", String(pair.sourceVersion))
        try writer.attribute("target", String(pair.targetVersion))
        for bead in pair.beads {
            try writer.startElement("bead")
            try writer.attribute("type", bead.type)
            try writer.attribute("confidence", bead.confidence.xmlDoubleText)
            try writeIDList("source", bead.source.map { pair.source[$0].id }, version: pair.sourceVersion, to: writer)
            try writeIDList("target", bead.target.map { pair.target[$0].id }, version: pair.targetVersion, to: writer)
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// The sentences of each version by block id (the pivot's from the first
    /// pair), after checking what the reader relies on: every pair has the
    /// pivot as source and another version as target, once; the pairs agree
    /// on the pivot's sentences; every sentence lies in a block of its
    /// version; the beads cover each side's sentences in order, each once.
    static func sentencesByBlock(_ pairs: [SentencePairAlignment], alignment: Alignment) throws(ExportError) -> [[String: [SentenceUnit]]] {
        var result = Array(repeating: [String: [SentenceUnit]](), count: alignment.versions.count)
        guard let first = pairs.first else { return result }
        var targets: Set<Int> = []
        for (number, pair) in pairs.enumerated() {
            let name = "sentence alignment \(number + 1)"
            guard pair.sourceVersion == alignment.pivot, pair.targetVersion != alignment.pivot,
                  alignment.versions.indices.contains(pair.targetVersion), targets.insert(pair.targetVersion).inserted else {
                throw .inconsistentAlignment(detail: "\(name) pairs versions \(pair.sourceVersion) and \(pair.targetVersion), not the pivot \(alignment.pivot) and another version, once each")
            }
            guard pair.source == first.source else {
                throw .inconsistentAlignment(detail: "\(name) has other pivot sentences than sentence alignment 1")
            }
            let sources = pair.beads.flatMap(\.source), covered = pair.beads.flatMap(\.target)
            guard sources == Array(pair.source.indices), covered == Array(pair.target.indices) else {
                throw .inconsistentAlignment(detail: "the beads of \(name) do not cover its sentences in order, each once")
            }
        }
        for (version, units) in [(alignment.pivot, first.source)] + pairs.map({ ($0.targetVersion, $0.target) }) {
            let blockIDs = Set(alignment.versions[version].blocks.map(\.id))
            for unit in units {
                guard blockIDs.contains(unit.blockID) else {
                    throw .inconsistentAlignment(detail: "sentence \(unit.id) of version \(version) lies in no block of that version (\(unit.blockID))")
                }
                result[version][unit.blockID, default: []].append(unit)
            }
        }
        return result
    }

    /// Writes a space-separated id list attribute; omitted when the list is empty.
    private func writeIDList(_ name: String, _ ids: some Collection<String>, version: Int, to writer: XMLStreamWriter) throws(ExportError) {
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
        for (index, link) in alignment.links.enumerated() where link.versionCount != count {
            throw .inconsistentAlignment(
                detail: "link \(index + 1) has block ids for \(link.versionCount) versions, the alignment has \(count)")
        }
    }
}
