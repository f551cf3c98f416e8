import ParityCore

/// Reads Parity's native alignment XML (`<parity-alignment version="1">`,
/// as written by `NativeAlignmentWriter`) back into an alignment and its findings.
///
/// The reader checks what later stages rely on (known element and attribute
/// values, ranges that do not run backwards, a pivot and link references
/// inside the versions), so a bad file is reported, never a crash.
///
/// A sentence-level file (blocks with `<sentence>` elements and
/// `<sentence-alignments>`) reads back into `CheckedAlignment.sentencePairs`:
/// each side's sentences in link order, as `SentencePairAlignment.align`
/// lists them; its blocks and links read exactly as at the block level.
public struct NativeAlignmentReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the bytes of `file`.
    /// - Throws: `InputError.malformedXML` (with the line) for XML that is not
    ///   well-formed or does not follow the format; `.unsupportedFormat` for
    ///   another root element or format version.
    public func read(_ bytes: [UInt8], file: String) throws(InputError) -> CheckedAlignment {
        let document = try XMLParsing.parse(fileBytes: bytes, file: file)
        guard let rootNode = document.rootElement else { throw .malformedXML(file: file, line: 1, message: "no root element") }
        return try NativeAlignmentParse(file: file).alignment(from: ExportXMLElement(node: rootNode))
    }
}

/// One run of `NativeAlignmentReader` over one file: the tree walk and its error messages.
private struct NativeAlignmentParse {
    let file: String

    func alignment(from root: ExportXMLElement) throws(InputError) -> CheckedAlignment {
        guard root.name == NativeAlignmentFormat.root else {
            throw .unsupportedFormat(file: file, detail: "root element <\(root.name)> is not <\(NativeAlignmentFormat.root)>")
        }
        let version = try required(root, "version")
        guard version == NativeAlignmentFormat.version else {
            throw .unsupportedFormat(file: file, detail: "native alignment format version \(version) (this reader knows version 1)")
        }
        let pivot = try integer(root, "pivot")
        let hasSentences = root.children.count == 4
        let sections = try children(of: root, named: hasSentences
            ? ["versions", "links", "sentence-alignments", "findings"] : ["versions", "links", "findings"])

        var versions: [Document] = []
        var sentences: [[String: [SentenceUnit]]] = []
        for element in sections[0].children {
            try expect(element, "version")
            guard try integer(element, "index") == versions.count else {
                throw fail(element, "version index \(element.attribute("index") ?? "") out of order (expected \(versions.count))")
            }
            let (document, blockSentences) = try document(from: element)
            versions.append(document)
            sentences.append(blockSentences)
        }
        if !versions.isEmpty && !(0..<versions.count).contains(pivot) {
            throw fail(root, "pivot \(pivot) is not one of the \(versions.count) versions")
        }

        var links: [AlignmentLink] = []
        for element in sections[1].children {
            links.append(try link(from: element, versionCount: versions.count))
        }

        var findings: [Finding] = []
        for element in sections[hasSentences ? 3 : 2].children {
            findings.append(try finding(from: element, versionCount: versions.count))
        }
        let alignment = Alignment(versions: versions, pivot: pivot, links: links)
        var pairs: [SentencePairAlignment] = []
        if hasSentences {
            var targets: Set<Int> = []
            for element in sections[2].children {
                let pair = try sentencePair(from: element, alignment: alignment, sentences: sentences)
                guard targets.insert(pair.targetVersion).inserted else {
                    throw fail(element, "a second <sentence-alignment> for version \(pair.targetVersion)")
                }
                pairs.append(pair)
            }
        }
        return CheckedAlignment(alignment: alignment, findings: findings, sentencePairs: pairs)
    }

    /// One pair's beads, their ids resolved into the sentences of each side in link order.
    private func sentencePair(from element: ExportXMLElement, alignment: Alignment,
                              sentences: [[String: [SentenceUnit]]]) throws(InputError) -> SentencePairAlignment {
        try expect(element, "sentence-alignment")
        let source = try integer(element, "source"), target = try integer(element, "target")
        guard source == alignment.pivot, target != source, alignment.versions.indices.contains(target) else {
            throw fail(element, "<sentence-alignment> pairs versions \(source) and \(target), not the pivot \(alignment.pivot) and another version")
        }
        func units(_ version: Int) -> [SentenceUnit] {
            let byBlock = version < sentences.count ? sentences[version] : [:]
            return alignment.links.flatMap { link in link.blockIDs(in: version).flatMap { byBlock[$0] ?? [] } }
        }
        let sourceUnits = units(source), targetUnits = units(target)
        let sourceIndex = Dictionary(sourceUnits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let targetIndex = Dictionary(targetUnits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var beads: [SentenceBead] = []
        for beadElement in element.children {
            try expect(beadElement, "bead")
            var sides: [[Int]] = []
            for (name, index) in [("source", sourceIndex), ("target", targetIndex)] {
                var side: [Int] = []
                for id in idList(beadElement, name) {
                    guard let position = index[id] else { throw fail(beadElement, "\(name) sentence \(id) is no sentence of a linked block") }
                    side.append(position)
                }
                sides.append(side)
            }
            let confidenceText = try required(beadElement, "confidence")
            guard let confidence = Double(xmlDoubleText: confidenceText) else {
                throw fail(beadElement, "confidence \"\(confidenceText)\" is not a number")
            }
            let bead = SentenceBead(source: sides[0], target: sides[1], confidence: confidence)
            guard !(bead.source.isEmpty && bead.target.isEmpty), try required(beadElement, "type") == bead.type else {
                throw fail(beadElement, "bead type \(beadElement.attribute("type") ?? "") does not fit its sentences (\(bead.type))")
            }
            beads.append(bead)
        }
        guard beads.flatMap(\.source) == Array(sourceUnits.indices), beads.flatMap(\.target) == Array(targetUnits.indices) else {
            throw fail(element, "the beads do not cover the sentences of versions \(source) and \(target) in order, each once")
        }
        return SentencePairAlignment(sourceVersion: source, targetVersion: target, source: sourceUnits, target: targetUnits, beads: beads)
    }

    /// A version, and the sentences of its blocks by block id (none at the block level).
    private func document(from element: ExportXMLElement) throws(InputError) -> (Document, [String: [SentenceUnit]]) {
        let parts = try children(of: element, named: ["metadata", "blocks", "diagnostics"])
        var blocks: [Block] = []
        var sentences: [String: [SentenceUnit]] = [:]
        blocks.reserveCapacity(parts[1].children.count)
        for blockElement in parts[1].children {
            let (block, blockSentences) = try block(from: blockElement)
            blocks.append(block)
            if !blockSentences.isEmpty { sentences[block.id, default: []] += blockSentences }
        }
        var diagnostics: [ReaderDiagnostic] = []
        for diagnosticElement in parts[2].children {
            try expect(diagnosticElement, "diagnostic")
            let message = try children(of: diagnosticElement, named: ["message"])[0].textContent
            diagnostics.append(ReaderDiagnostic(blockIDs: idList(diagnosticElement, "blocks"), message: message))
        }
        let document = Document(
            sourceName: try required(element, "source-name"),
            language: try language(element, "language"),
            metadata: try metadata(from: parts[0]),
            blocks: blocks,
            diagnostics: diagnostics)
        return (document, sentences)
    }

    private func metadata(from element: ExportXMLElement) throws(InputError) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        metadata.language = try language(element, "language")
        metadata.originalLanguage = try language(element, "original-language")
        var lastOrder = -1
        for field in element.children {
            guard let order = NativeMetadataFields.names.firstIndex(of: field.name), order > lastOrder,
                NativeMetadataFields.set(field.name, to: field.textContent, in: &metadata)
            else { throw fail(field, "unexpected <\(field.name)> in <metadata>") }
            lastOrder = order
        }
        return metadata
    }

    /// A block and its sentences (`<sentence>` elements, at the sentence level).
    private func block(from element: ExportXMLElement) throws(InputError) -> (Block, [SentenceUnit]) {
        try expect(element, "block")
        var block = Block(
            id: try required(element, "id"),
            kind: try requiredEnumeration(element, "kind", BlockKind.self),
            text: "")
        block.number = try optionalInteger(element, "number")
        block.label = element.attribute("label")
        block.labelPath = element.attribute("label-path")
        block.level = try optionalInteger(element, "level")
        block.parent = element.attribute("parent")
        block.metadataField = try enumeration(element, "metadata-field", MetadataField.self)
        block.footnoteRefs = idList(element, "footnote-refs")
        block.citedBy = idList(element, "cited-by")
        let parts = element.children
        guard let textElement = parts.first, textElement.name == "text" else {
            throw fail(element, "<block id=\"\(block.id)\"> must start with <text>")
        }
        block.text = textElement.textContent
        var stage = 0  // emphasis, then source-range, then toc-target, then sentence
        var sentences: [SentenceUnit] = []
        for part in parts.dropFirst() {
            switch part.name {
            case "emphasis" where stage == 0:
                let start = try integer(part, "start"), end = try integer(part, "end")
                guard start <= end else { throw fail(part, "emphasis end \(end) before start \(start)") }
                let style = try requiredEnumeration(part, "style", EmphasisSpan.Style.self)
                block.emphasis.append(EmphasisSpan(start: start, end: end, style: style))
            case "source-range" where stage <= 1:
                stage = 1
                let start = try integer(part, "start"), end = try integer(part, "end")
                guard start >= 0, start <= end else { throw fail(part, "source range \(start)..<\(end) is not a byte range") }
                block.sourceRanges.append(SourceRange(start: start, end: end))
            case "toc-target" where stage <= 1:
                stage = 2
                block.tocTarget = TOCTarget(
                    firstParagraph: try optionalInteger(part, "first-paragraph"),
                    lastParagraph: try optionalInteger(part, "last-paragraph"),
                    page: part.attribute("page"))
            case "sentence":
                stage = 3
                let id = try required(part, "id")
                guard part.children.isEmpty else { throw fail(part, "<sentence id=\"\(id)\"> holds only text") }
                sentences.append(SentenceUnit(id: id, blockID: block.id, text: part.textContent))
            default:
                throw fail(part, "unexpected <\(part.name)> in <block id=\"\(block.id)\">")
            }
        }
        return (block, sentences)
    }

    private func link(from element: ExportXMLElement, versionCount: Int) throws(InputError) -> AlignmentLink {
        try expect(element, "link")
        let method = try requiredEnumeration(element, "method", AlignmentMethod.self)
        let confidenceText = try required(element, "confidence")
        guard let confidence = Double(xmlDoubleText: confidenceText) else {
            throw fail(element, "confidence \"\(confidenceText)\" is not a number")
        }
        let refs = element.children
        guard refs.count == versionCount else {
            throw fail(element, "<link> has \(refs.count) <ref> elements for \(versionCount) versions")
        }
        var blockIDs: [[String]] = []
        for (index, ref) in refs.enumerated() {
            try expect(ref, "ref")
            guard try integer(ref, "version") == index else { throw fail(ref, "<ref> version out of order (expected \(index))") }
            blockIDs.append(idList(ref, "blocks"))
        }
        return AlignmentLink(blockIDs: blockIDs, method: method, confidence: confidence)
    }

    private func finding(from element: ExportXMLElement, versionCount: Int) throws(InputError) -> Finding {
        try expect(element, "finding")
        let kind = try requiredEnumeration(element, "kind", FindingKind.self)
        let severity = try requiredEnumeration(element, "severity", Severity.self)
        let parts = element.children
        guard let messageElement = parts.first, messageElement.name == "message" else {
            throw fail(element, "<finding> must start with <message>")
        }
        var locations: [FindingLocation] = []
        for part in parts.dropFirst() {
            try expect(part, "location")
            let version = try integer(part, "version")
            guard (0..<versionCount).contains(version) else { throw fail(part, "location version \(version) does not exist") }
            var labels: [String] = []
            for label in part.children {
                try expect(label, "label")
                labels.append(label.textContent)
            }
            locations.append(FindingLocation(
                version: version, language: try language(part, "language"), blockIDs: idList(part, "blocks"), labels: labels))
        }
        return Finding(kind: kind, severity: severity, locations: locations, message: messageElement.textContent)
    }

    // MARK: - Helpers

    private func fail(_ element: ExportXMLElement, _ message: String) -> InputError {
        .malformedXML(file: file, line: element.line, message: message)
    }

    private func expect(_ element: ExportXMLElement, _ name: String) throws(InputError) {
        if element.name != name { throw fail(element, "expected <\(name)>, found <\(element.name)>") }
    }

    /// The element's children, which must be exactly `names` in order.
    private func children(of element: ExportXMLElement, named names: [String]) throws(InputError) -> [ExportXMLElement] {
        let found = element.children
        guard found.map(\.name) == names else {
            throw fail(element, "<\(element.name)> must contain <\(names.joined(separator: ">, <"))> in this order")
        }
        return found
    }

    private func required(_ element: ExportXMLElement, _ name: String) throws(InputError) -> String {
        guard let value = element.attribute(name) else { throw fail(element, "<\(element.name)> lacks the attribute \(name)") }
        return value
    }

    private func integer(_ element: ExportXMLElement, _ name: String) throws(InputError) -> Int {
        let text = try required(element, name)
        guard let value = Int(text) else { throw fail(element, "\(name)=\"\(text)\" is not an integer") }
        return value
    }

    private func optionalInteger(_ element: ExportXMLElement, _ name: String) throws(InputError) -> Int? {
        element.attribute(name) == nil ? nil : try integer(element, name)
    }

    private func enumeration<Value: RawRepresentable>(
        _ element: ExportXMLElement, _ name: String, _ type: Value.Type
    ) throws(InputError) -> Value? where Value.RawValue == String {
        guard let text = element.attribute(name) else { return nil }
        guard let value = Value(rawValue: text) else { throw fail(element, "\(name)=\"\(text)\" is not a known value") }
        return value
    }

    private func requiredEnumeration<Value: RawRepresentable>(
        _ element: ExportXMLElement, _ name: String, _ type: Value.Type
    ) throws(InputError) -> Value where Value.RawValue == String {
        guard let value = try enumeration(element, name, type) else {
            throw fail(element, "<\(element.name)> lacks the attribute \(name)")
        }
        return value
    }

    private func language(_ element: ExportXMLElement, _ name: String) throws(InputError) -> Language? {
        try enumeration(element, name, Language.self)
    }

    private func idList(_ element: ExportXMLElement, _ name: String) -> [String] {
        (element.attribute(name) ?? "").split(separator: " ").map(String.init)
    }
}
