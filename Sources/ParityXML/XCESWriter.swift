import ParityCore

/// Writes a block alignment as XCES that OPUS tools read: a `cesDoc` per
/// version (one `<p id>` per block, ids = block ids, holding the block's
/// sentences as `<s id="BLOCK.sN">`, split per language by `SentenceSplitter`)
/// and a `cesAlign` link file per non-pivot version with one link per block
/// link (`<linkGrp targType="s">`, `<link xtargets="pivot s ids;version s ids">`:
/// every sentence of the linked blocks on each side, as OPUS writes a
/// paragraph-level link), valid against `Schemas/xces-sentence-doc.dtd` and
/// `Schemas/xces-align.dtd`. Sentence-level links come from
/// `SentenceXCESWriter` (`parity align --level sentence`).
public struct XCESWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Writes the files for `alignment`.
    /// - Parameter baseName: the start of every file name (`udhr` gives
    ///   `udhr.es.xml` and `udhr.es-en.xml`, see `linkFileName`).
    /// - Throws: `ExportError.invalidBlockID` when a block id is not an XML name;
    ///   `.inconsistentAlignment` for a pivot or link that does not fit the versions.
    public func write(_ alignment: Alignment, baseName: String) throws(ExportError) -> XCESExport {
        var export = XCESExport(documents: [], linkFiles: [])
        for file in try pendingFiles(alignment, baseName: baseName) {
            let result = try file.write(.memory)
            export.warnings += result.warnings
            let written = XCESExport.File(name: file.name, version: file.version, bytes: result.bytes)
            if file.isDocument { export.documents.append(written) } else { export.linkFiles.append(written) }
        }
        return export
    }

    /// The files `write` writes, in its order (the documents, then the link
    /// files), each made when it is asked to write itself, to memory or
    /// straight to a file (`AlignmentExporter`).
    func pendingFiles(_ alignment: Alignment, baseName: String) throws(ExportError) -> [PendingXMLFile] {
        try NativeAlignmentWriter.checkConsistency(alignment)
        // Each version's block index, made once for the check and every link file.
        let indexes = alignment.versions.map { BlockIDIndex($0.blocks) }
        try Self.checkLinkTargets(alignment, indexes: indexes)
        let tags = Self.versionTags(alignment)
        let counts = XCESSentenceCounts(alignment)
        let documentNames = tags.map { "\(baseName).\($0).xml" }
        var files: [PendingXMLFile] = []
        for (index, version) in alignment.versions.enumerated() {
            files.append(PendingXMLFile(name: documentNames[index], version: index, isDocument: true) { destination throws(ExportError) in
                try counts.writingDocument(index) { sentences throws(ExportError) in
                    try SentenceXCESWriter.writeDocument(version, index: index, to: destination, sentences: sentences)
                }
            })
        }
        let pivot = alignment.pivot
        for index in alignment.versions.indices where index != pivot {
            files.append(PendingXMLFile(name: Self.linkFileName(baseName, from: tags[pivot], to: tags[index]), version: index, isDocument: false) {
                destination throws(ExportError) in
                try writeLinks(alignment, to: index, counts: counts, indexes: indexes, fromDoc: documentNames[pivot], toDoc: documentNames[index],
                               destination: destination)
            })
        }
        return files
    }

    /// `BASE.FROM-TO.xml`, the name of a link file: OPUS names its cesAlign
    /// files `FROM-TO.xml` (`en-fr.xml`) beside the documents; here they share
    /// the documents' base name (`udhr.en-fr.xml` links `udhr.en.xml` with `udhr.fr.xml`).
    public static func linkFileName(_ baseName: String, from: String, to: String) -> String {
        "\(baseName).\(from)-\(to).xml"
    }

    /// Every id a link names must be a block of its version, or an xtarget would not resolve.
    /// `indexes`: each version's `BlockIDIndex`.
    static func checkLinkTargets(_ alignment: Alignment, indexes: [BlockIDIndex]) throws(ExportError) {
        for (number, link) in alignment.links.enumerated() {
            for version in 0..<link.versionCount {
                for id in link.blockIDs(in: version) where indexes[version][id] == nil {
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

    /// Opens a `cesAlign` file's root and its one `linkGrp` of sentence links
    /// (`targType="s"`), as OPUS writes them; block and sentence links share it.
    static func startSentenceLinkGroup(_ writer: XMLStreamWriter, fromDoc: String, toDoc: String) throws(ExportError) {
        try writer.doctype("cesAlign", systemID: "xces-align.dtd")
        try writer.startElement("cesAlign")
        try writer.attribute("version", "1.0")
        try writer.attribute("fromDoc", fromDoc)
        try writer.attribute("toDoc", toDoc)
        try writer.startElement("linkGrp")
        try writer.attribute("targType", "s")
        try writer.attribute("fromDoc", fromDoc)
        try writer.attribute("toDoc", toDoc)
    }

    private func writeLinks(_ alignment: Alignment, to version: Int, counts: XCESSentenceCounts, indexes: [BlockIDIndex],
                            fromDoc: String, toDoc: String, destination: XMLOutputDestination) throws(ExportError) -> XMLWriteResult {
        let writer = try XMLStreamWriter(destination)
        writer.context = "links of version \(version)"
        try Self.startSentenceLinkGroup(writer, fromDoc: fromDoc, toDoc: toDoc)
        let pivot = alignment.pivot
        let pivotCounts = counts.of(pivot), otherCounts = counts.of(version)
        // Every sentence of the blocks `ids` names, `BLOCK.s1 BLOCK.s2 …` as `SentenceUnit.of` numbers them, and their count.
        func targets(_ ids: LinkBlockIDs, _ index: BlockIDIndex, _ blockCounts: [Int32]) -> (ids: String, count: Int) {
            var text = "", total = 0
            for id in ids {
                guard let block = index[id] else { continue }
                let count = Int(blockCounts[block])
                guard count > 0 else { continue }
                for sentence in 1...count {
                    if !text.isEmpty { text += " " }
                    text += "\(id).s\(sentence)"
                }
                total += count
            }
            return (text, total)
        }
        var number = 0
        for link in alignment.links {
            let from = targets(link.blockIDs(in: pivot), indexes[pivot], pivotCounts)
            let to = targets(link.blockIDs(in: version), indexes[version], otherCounts)
            // Blocks of white space only have no sentence, so nothing to link.
            if from.count == 0 && to.count == 0 { continue }
            number += 1
            try writer.startElement("link")
            try writer.attribute("id", "l\(number)")
            try writer.attribute("xtargets", from.ids + ";" + to.ids)
            try writer.attribute("type", "\(from.count)-\(to.count)")
            try writer.attribute("certainty", link.confidence.xmlDoubleText)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        return try writer.finish()
    }
}
