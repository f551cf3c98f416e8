import ParityCore

/// Writes an alignment as XCES: a `cesDoc` per version (one `<p id>` per
/// block, ids = block ids) and a `cesAlign` link file per non-pivot version
/// (`<link xtargets="pivot ids;version ids">`), valid against
/// `Schemas/xces-doc.dtd` and `Schemas/xces-align.dtd`.
public struct XCESWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes the files for `alignment`.
    /// - Parameter baseName: the start of every file name (`udhr` gives
    ///   `udhr.es.xml` and `udhr.es-en.align.xml`).
    /// - Throws: `ExportError.invalidBlockID` when a block id is not an XML name;
    ///   `.inconsistentAlignment` for a pivot or link that does not fit the versions.
    public func write(_ alignment: Alignment, baseName: String) throws(ExportError) -> XCESExport {
        try NativeAlignmentWriter.checkConsistency(alignment)
        try Self.checkLinkTargets(alignment)
        let tags = Self.versionTags(alignment)
        var warnings: [ExportWarning] = []
        var documents: [XCESExport.File] = []
        for (index, version) in alignment.versions.enumerated() {
            let result = try writeDocument(version, index: index)
            warnings += result.warnings
            documents.append(XCESExport.File(name: "\(baseName).\(tags[index]).xml", version: index, bytes: result.bytes))
        }
        var linkFiles: [XCESExport.File] = []
        let pivot = alignment.pivot
        for index in alignment.versions.indices where index != pivot {
            let result = try writeLinks(
                alignment, to: index, fromDoc: documents[pivot].name, toDoc: documents[index].name)
            warnings += result.warnings
            linkFiles.append(XCESExport.File(
                name: "\(baseName).\(tags[pivot])-\(tags[index]).align.xml", version: index, bytes: result.bytes))
        }
        return XCESExport(documents: documents, linkFiles: linkFiles, warnings: warnings)
    }

    /// Every id a link names must be a block of its version, or an xtarget would not resolve.
    static func checkLinkTargets(_ alignment: Alignment) throws(ExportError) {
        let idSets = alignment.versions.map { Set($0.blocks.map(\.id)) }
        for (number, link) in alignment.links.enumerated() {
            for (version, ids) in link.blockIDs.enumerated() {
                for id in ids where !idSets[version].contains(id) {
                    throw .inconsistentAlignment(
                        detail: "link \(number + 1) refers to block \(id), which version \(version) does not have")
                }
            }
        }
    }

    /// `es`, `en`, …; `v3` for a version without language; `es-v4` for a second version of a language.
    static func versionTags(_ alignment: Alignment) -> [String] {
        var seen = Set<String>()
        return alignment.versions.enumerated().map { index, version in
            var tag = version.language?.rawValue ?? "v\(index)"
            if seen.contains(tag) { tag += "-v\(index)" }
            seen.insert(tag)
            return tag
        }
    }

    private func writeDocument(_ document: Document, index: Int) throws(ExportError) -> XMLWriteResult {
        let writer = try XMLStreamWriter()
        writer.context = "version \(index)"
        try writer.doctype("cesDoc", systemID: "xces-doc.dtd")
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
            try writer.text(block.text)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }

    private func writeLinks(_ alignment: Alignment, to version: Int, fromDoc: String, toDoc: String) throws(ExportError) -> XMLWriteResult {
        let writer = try XMLStreamWriter()
        writer.context = "links of version \(version)"
        try writer.doctype("cesAlign", systemID: "xces-align.dtd")
        try writer.startElement("cesAlign")
        try writer.attribute("version", "1.0")
        try writer.attribute("fromDoc", fromDoc)
        try writer.attribute("toDoc", toDoc)
        try writer.startElement("linkGrp")
        try writer.attribute("targType", "p")
        try writer.attribute("fromDoc", fromDoc)
        try writer.attribute("toDoc", toDoc)
        var number = 0
        for link in alignment.links {
            let from = link.blockIDs[alignment.pivot], to = link.blockIDs[version]
            if from.isEmpty && to.isEmpty { continue }
            number += 1
            try writer.startElement("link")
            try writer.attribute("id", "l\(number)")
            try writer.attribute("xtargets", from.joined(separator: " ") + ";" + to.joined(separator: " "))
            try writer.attribute("type", "\(from.count)-\(to.count)")
            try writer.attribute("certainty", link.confidence.xmlDoubleText)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }
}
