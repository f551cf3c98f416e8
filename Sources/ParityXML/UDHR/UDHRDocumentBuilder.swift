import ParityCore

/// Walks a parsed UDHR document once and builds its blocks, with source
/// ranges from an `XMLSourceMap` of the same bytes.
struct UDHRDocumentBuilder {
    /// Where a block-producing element stands; decides ids and kinds.
    fileprivate enum Section: Equatable {
        case root, note, preamble, other
        case article(id: String)
    }

    private let text: DecodedText
    private let file: String
    private let root: XMLNodePointer
    private let map: XMLSourceMap?
    /// Pre-order index of each element, the numbering `map` uses.
    private var elementIndex: [XMLNodePointer: Int] = [:]
    private var blocks: [Block] = []
    private var diagnostics: [ReaderDiagnostic] = []
    private var usedIDs: Set<String> = []
    /// The last copy number `uniqueID` gave for each base id.
    private var lastCopy: [String: Int] = [:]
    private var paragraphCounts: [String: Int] = [:]
    private var listItemCounts: [String: Int] = [:]
    private var articleCount = 0

    init(text: DecodedText, file: String, root: XMLNodePointer) {
        self.text = text
        self.file = file
        self.root = root
        var order: [XMLNodePointer: Int] = [:]
        Self.numberElements(root, into: &order)
        let map = XMLSourceScanner.map(text.utf8)
        if let map, map.elements.count == order.count {
            self.map = map
        } else {
            self.map = nil
            diagnostics.append(ReaderDiagnostic(
                blockIDs: [], message: "could not locate the elements in the source bytes; blocks have no source ranges"))
        }
        elementIndex = order
    }

    private static func numberElements(_ element: XMLNodePointer, into order: inout [XMLNodePointer: Int]) {
        order[element] = order.count
        for child in element.childNodes where child.isElement { numberElements(child, into: &order) }
    }

    /// Builds the document.
    mutating func build() -> Document {
        let language = documentLanguage()
        var metadata = DocumentMetadata(languageName: root.attribute("n"), language: language)
        visitChildren(of: root, section: .root)
        metadata.title = blocks.first { $0.kind == .title }?.text
        return Document(sourceName: file, language: language, metadata: metadata, blocks: blocks, diagnostics: diagnostics)
    }

    /// The language of `xml:lang` (any BCP 47 tag: `es`, `zh-Hans`, `deu`,
    /// `pt-BR`), else of the `iso639-3` attribute UDHR files also carry; a
    /// value that is no language tag is reported and left out.
    private mutating func documentLanguage() -> Language? {
        for (name, value) in [("xml:lang", root.language), ("iso639-3", root.attribute("iso639-3"))] {
            guard let value, !value.isEmpty else { continue }
            switch Language.parse(value) {
            case .success(let language): return language
            case .failure(let error):
                diagnostics.append(ReaderDiagnostic(blockIDs: [], message: "\(name)=\"\(value)\": \(error); the language is unknown (give it with --lang)"))
            }
        }
        return nil
    }

    // MARK: Walking

    /// Visits the children of a container element, turning text that stands
    /// directly in it into paragraphs of `section`.
    private mutating func visitChildren(of element: XMLNodePointer, section: Section, skipping consumed: XMLNodePointer? = nil) {
        var strayExtents: [Int: Range<Int>] = [:]
        if let map, let index = elementIndex[element] {
            for (gap, range) in map.directTextExtents(of: index, in: text.utf8) { strayExtents[gap] = range }
        }
        var gap = 0
        var gapNodes: [XMLNodePointer] = []
        var listItemOrdinal = 0
        for child in element.childNodes {
            guard child.isElement else {
                gapNodes.append(child)
                continue
            }
            addStrayText(gapNodes, extent: strayExtents[gap], section: section)
            gapNodes = []
            gap += 1
            if child == consumed { continue }
            if child.localName == "listitem" { listItemOrdinal += 1 }
            visit(child, section: section, listItemOrdinal: listItemOrdinal)
        }
        addStrayText(gapNodes, extent: strayExtents[gap], section: section)
    }

    private mutating func visit(_ element: XMLNodePointer, section: Section, listItemOrdinal: Int) {
        switch element.localName {
        case "title" where section == .root:
            addOwnedBlock(element, id: uniqueID("title"), kind: .title)
        case "title" where section == .preamble:
            addOwnedBlock(element, id: uniqueID("h-preamble"), kind: .heading, labelPath: "preamble", level: 0)
        case "title", "para":
            addParagraph(element, section: section)
        case "listitem":
            addListItem(element, section: section, ordinal: listItemOrdinal)
        case "article":
            visitArticle(element)
        case "note":
            visitChildren(of: element, section: .note)
        case "preamble":
            visitChildren(of: element, section: .preamble)
        default:
            visitChildren(of: element, section: section == .root ? .other : section)
        }
    }

    private mutating func visitArticle(_ element: XMLNodePointer) {
        articleCount += 1
        let title = element.childElements.first { $0.localName == "title" }
        let titleText = title.map { XMLTextContent.text(of: $0).foldingWhitespace() }
        let attribute = element.attribute("number")
        let attributeNumber = attribute.flatMap { Int($0.trimmingWhitespace()) }
        let titleNumber = titleText.flatMap(ArticleTitleNumber.number(in:))
        let number = attributeNumber ?? titleNumber ?? articleCount
        let id = uniqueID("art\(number)")

        switch (attributeNumber, titleNumber) {
        case let (declared?, given?) where declared != given:
            diagnostics.append(ReaderDiagnostic(
                blockIDs: [id], message: "article \(declared): the title \"\(titleText ?? "")\" gives number \(given)"))
        case (_?, nil):
            diagnostics.append(ReaderDiagnostic(
                blockIDs: [id], message: "article \(number): the title \"\(titleText ?? "")\" gives no number"))
        case (nil, _):
            let written = attribute.map { "number=\"\($0)\" is not a number" } ?? "no number attribute"
            diagnostics.append(ReaderDiagnostic(blockIDs: [id], message: "article \(number): \(written)"))
        default:
            break
        }
        blocks.append(Block(id: id, kind: .article, number: number, label: titleText, text: titleText ?? "",
                            sourceRanges: title.map(sourceRanges(of:)) ?? []))
        visitChildren(of: element, section: .article(id: id), skipping: title)
    }

    // MARK: Blocks

    private mutating func addParagraph(_ element: XMLNodePointer, section: Section) {
        addOwnedBlock(element, id: nextParagraphID(section), kind: .unnumberedParagraph, parent: section.articleID)
    }

    private mutating func addListItem(_ element: XMLNodePointer, section: Section, ordinal: Int) {
        let prefix = section.idPrefix.map { "\($0)-li" } ?? "li"
        let count = (listItemCounts[prefix] ?? 0) + 1
        listItemCounts[prefix] = count
        addOwnedBlock(element, id: uniqueID("\(prefix)\(count)"), kind: .listItem, number: ordinal, parent: section.articleID)
    }

    /// A block made of all the character data of `element`; `id` must already be unique.
    private mutating func addOwnedBlock(
        _ element: XMLNodePointer, id: String, kind: BlockKind, number: Int? = nil,
        labelPath: String? = nil, level: Int? = nil, parent: String? = nil
    ) {
        blocks.append(Block(id: id, kind: kind, number: number, labelPath: labelPath, level: level,
                            text: XMLTextContent.text(of: element).foldingWhitespace(),
                            sourceRanges: sourceRanges(of: element), parent: parent))
    }

    /// Text that stands directly in a container becomes a paragraph of its section.
    private mutating func addStrayText(_ nodes: [XMLNodePointer], extent: Range<Int>?, section: Section) {
        let content = XMLTextContent.text(of: nodes).foldingWhitespace()
        guard !content.isEmpty || extent != nil else { return }
        blocks.append(Block(id: nextParagraphID(section), kind: .unnumberedParagraph, text: content,
                            sourceRanges: extent.map { [text.sourceRange($0.lowerBound, $0.upperBound)] } ?? [],
                            parent: section.articleID))
    }

    private func sourceRanges(of element: XMLNodePointer) -> [SourceRange] {
        guard let map, let index = elementIndex[element], let extent = map.contentExtent(of: index, in: text.utf8) else {
            return []
        }
        return [text.sourceRange(extent.lowerBound, extent.upperBound)]
    }

    // MARK: Ids

    private mutating func nextParagraphID(_ section: Section) -> String {
        let prefix: String
        switch section {
        case .note: prefix = "note"
        case .preamble: prefix = "pre"
        case .article(let id): prefix = "\(id)-p"
        case .root, .other: prefix = "u"
        }
        let count = (paragraphCounts[prefix] ?? 0) + 1
        paragraphCounts[prefix] = count
        return uniqueID("\(prefix)\(count)")
    }

    /// `base`, or `base` with a `-dup2`, `-dup3`, … suffix if already taken.
    private mutating func uniqueID(_ base: String) -> String {
        var id = base
        var copy = lastCopy[base] ?? 1
        while usedIDs.contains(id) {
            copy += 1
            id = "\(base)-dup\(copy)"
        }
        lastCopy[base] = copy
        usedIDs.insert(id)
        return id
    }
}

extension UDHRDocumentBuilder.Section {
    var articleID: String? {
        if case .article(let id) = self { return id }
        return nil
    }

    /// Prefix of list item ids: the article id, `pre`, `note`, or none.
    var idPrefix: String? {
        switch self {
        case .article(let id): return id
        case .preamble: return "pre"
        case .note: return "note"
        case .root, .other: return nil
        }
    }
}
