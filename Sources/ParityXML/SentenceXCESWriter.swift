import ParityCore

/// Writes sentence alignments as XCES: a `cesDoc` per version whose `<p id>`
/// (one per block, ids = block ids) hold the block's sentences as
/// `<s id="BLOCK.sN">`, valid against `Schemas/xces-sentence-doc.dtd`, and a
/// `cesAlign` per non-pivot version with sentence links
/// (`<linkGrp targType="s">`, `<link xtargets="s ids;s ids">`), valid against
/// `Schemas/xces-align.dtd`. A sentence's text is trimmed; the white space
/// between sentences of a block is not kept.
public struct SentenceXCESWriter: Sendable {
    public init() {}

    /// Writes the files: `BASE.LANG.xml` per version, `BASE.PIVOT-LANG.xml` per pair.
    public func write(_ alignment: Alignment, pairs: [SentencePairAlignment], baseName: String) throws(ExportError) -> XCESExport {
        try NativeAlignmentWriter.checkConsistency(alignment)
        let tags = XCESWriter.versionTags(alignment)
        let splitters = alignment.versions.map { SentenceSplitter(language: $0.language ?? $0.metadata.language) }
        var warnings: [ExportWarning] = []
        var documents: [XCESExport.File] = []
        for (index, version) in alignment.versions.enumerated() {
            let result = try Self.writeDocument(version, index: index) { SentenceUnit.of($0, splitter: splitters[index]) }
            warnings += result.warnings
            documents.append(XCESExport.File(name: "\(baseName).\(tags[index]).xml", version: index, bytes: result.bytes))
        }
        var linkFiles: [XCESExport.File] = []
        for pair in pairs {
            let result = try writeLinks(pair, fromDoc: documents[pair.sourceVersion].name, toDoc: documents[pair.targetVersion].name)
            warnings += result.warnings
            linkFiles.append(XCESExport.File(name: XCESWriter.linkFileName(baseName, from: tags[pair.sourceVersion], to: tags[pair.targetVersion]),
                                             version: pair.targetVersion, bytes: result.bytes))
        }
        return XCESExport(documents: documents, linkFiles: linkFiles, warnings: warnings)
    }

    /// One version's `cesDoc`: a `<p id>` per block holding its sentences as `<s id>`.
    /// - Parameter sentences: the sentences of a block, asked once per block in
    ///   block order (made as they are written, so a long document's sentences
    ///   are never all alive at once).
    static func writeDocument(_ document: Document, index: Int, to destination: XMLOutputDestination = .memory,
                              sentences: (Block) -> [SentenceUnit]) throws(ExportError) -> XMLWriteResult {
        let writer = try XMLStreamWriter(destination)
        writer.context = "version \(index)"
        try writer.doctype("cesDoc", systemID: "xces-sentence-doc.dtd")
        try writer.startElement("cesDoc")
        try writer.attribute("version", "1.0")
        if let language = document.language { try writer.xmlAttribute("lang", language.rawValue) }
        try writer.startElement("cesHeader")
        if let title = document.metadata.title { try writer.element("title", text: title) }
        try writer.element("sourceDesc", text: document.sourceName)
        try writer.endElement()
        try writer.startElement("text")
        try writer.startElement("body")
        for block in document.blocks {
            guard XMLName.isNCName(block.id) else { throw .invalidBlockID(id: block.id, version: index) }
            writer.context = "version \(index) block \(block.id)"
            try writer.startElement("p")
            try writer.attribute("id", block.id)
            try writer.attribute("kind", block.kind.rawValue)
            try writer.attribute("number", ifPresent: block.number.map(String.init))
            try writer.attribute("label", ifPresent: block.label)
            for sentence in sentences(block) {
                try writer.startElement("s")
                try writer.attribute("id", sentence.id)
                try writer.text(sentence.text)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }

    private func writeLinks(_ pair: SentencePairAlignment, fromDoc: String, toDoc: String) throws(ExportError) -> XMLWriteResult {
        let writer = try XMLStreamWriter()
        writer.context = "sentence links of version \(pair.targetVersion)"
        try XCESWriter.startSentenceLinkGroup(writer, fromDoc: fromDoc, toDoc: toDoc)
        for (number, bead) in pair.beads.enumerated() {
            try writer.startElement("link")
            try writer.attribute("id", "l\(number + 1)")
            try writer.attribute("xtargets", bead.source.map { pair.source[$0].id }.joined(separator: " ") + ";"
                                 + bead.target.map { pair.target[$0].id }.joined(separator: " "))
            try writer.attribute("type", bead.type)
            try writer.attribute("certainty", bead.confidence.xmlDoubleText)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }
}
