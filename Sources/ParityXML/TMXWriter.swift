import ParityCore

/// Writes an alignment as TMX 1.4b (`<tmx version="1.4">`), valid against
/// `Schemas/tmx14.dtd`.
///
/// One `<tu>` per link that has text in at least two of the chosen languages;
/// `tuid` is `PREFIX:` and the pivot block id(s) joined with `+` (or
/// `PREFIX:lang:ids` of the first chosen version with blocks when the pivot
/// has none), unique in the file and, through the prefix (a set name, the
/// document symbol or the pivot's file name), across the files of a corpus.
/// Each `<tuv>` carries the texts of its blocks joined with a space, and
/// `<prop>`s record the block ids, number, kind, link type (block counts of the
/// chosen languages), method and confidence (three decimals).
///
/// The header and every unit carry `creationdate` and `changedate` (`date`, in
/// TMX's `YYYYMMDDThhmmssZ`). The header's `segtype` is `paragraph`; a unit
/// that joins several blocks in one language says `segtype="block"` (TMX
/// 1.4b: a segment that is none of paragraph, sentence or phrase). `xml:lang`
/// is each version's tag or its mapping in `languageTags`.
public struct TMXWriter: Sendable {
    /// The `creationtoolversion` written when none is given.
    public static let defaultToolVersion = ParityVersion.current

    /// Which languages the file carries.
    public var languages: TMXLanguageSelection
    /// Written as `creationtoolversion`.
    public var toolVersion: String
    /// What every `tuid` starts with (followed by `:`); `nil` for the pivot's
    /// document symbol, else its file name without directory and extension.
    public var tuidPrefix: String?
    /// Written as `creationdate` and `changedate` of the header and the units.
    public var date: TMXDate
    /// The `xml:lang` written for each language.
    public var languageTags: TMXLanguageTags

    /// Creates a writer.
    /// - Parameters:
    ///   - pair: the two languages of a bilingual file, in `tuv` order; nil for
    ///     the pivot's language and the first other one.
    ///   - allLanguages: write every language (N-way TMX); overrides `pair`.
    ///   - toolVersion: written as `creationtoolversion`.
    ///   - tuidPrefix: what every `tuid` starts with; `nil` for the pivot's symbol or file name.
    ///   - date: the `creationdate` and `changedate`; the current time by default.
    ///   - languageTags: the `xml:lang` of each language; the versions' own tags by default.
    public init(pair: (Language, Language)? = nil, allLanguages: Bool = false, toolVersion: String = TMXWriter.defaultToolVersion,
                tuidPrefix: String? = nil, date: TMXDate = .now(), languageTags: TMXLanguageTags = TMXLanguageTags()) {
        if allLanguages {
            languages = .allLanguages
        } else if let pair {
            languages = .pair(pair.0, pair.1)
        } else {
            languages = .pivotAndFirstOther
        }
        self.toolVersion = toolVersion
        self.tuidPrefix = tuidPrefix
        self.date = date
        self.languageTags = languageTags
    }

    /// Writes the TMX document. Findings are not part of TMX and are ignored.
    /// - Throws: `ExportError` when the languages cannot be chosen or the
    ///   alignment refers to blocks its versions do not have.
    public func write(_ content: CheckedAlignment) throws(ExportError) -> XMLWriteResult {
        try write(content.alignment)
    }

    /// Writes the TMX document for `alignment`.
    public func write(_ alignment: Alignment) throws(ExportError) -> XMLWriteResult {
        try write(alignment, to: .memory)
    }

    /// Writes the TMX document for `alignment` to `destination` (no bytes returned for a file).
    func write(_ alignment: Alignment, to destination: XMLOutputDestination) throws(ExportError) -> XMLWriteResult {
        try NativeAlignmentWriter.checkConsistency(alignment)
        let (chosen, selectionWarnings) = try languages.versionIndices(in: alignment)
        let languages = chosen.map { (version: $0, code: languageTags.tag(for: alignment.versions[$0].language!)) }
        let prefix = (tuidPrefix ?? Self.defaultPrefix(alignment)) + ":"
        let blockIndex = alignment.versions.map { BlockIDIndex($0.blocks) }

        let writer = try XMLStreamWriter(destination)
        try writer.doctype("tmx", systemID: "tmx14.dtd")
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        // The same date on every unit: written once.
        let dateText = date.text
        try writeHeader(alignment, languages: languages, to: writer)
        try writer.startElement("body")
        var usedIDs = TMXUnitIDs()
        for (linkNumber, link) in alignment.links.enumerated() {
            guard let sides = try Self.sides(of: link, number: linkNumber, alignment: alignment, languages: languages, blockIndex: blockIndex)
            else { continue }
            let tuid = uniqueUnitID(link, prefix: prefix, alignment: alignment, sides: sides, used: &usedIDs) {
                unitIDs(before: linkNumber, alignment: alignment, languages: languages, prefix: prefix, blockIndex: blockIndex)
            }
            let pivotSide = TMXSide(version: alignment.pivot, code: "", document: alignment.versions[alignment.pivot].blocks,
                                    positions: link.blockIDs(in: alignment.pivot).compactMap { blockIndex[alignment.pivot][$0] }, text: "")
            try writeUnit(link, id: tuid, pivotBlocks: pivotSide, sides: sides, dateText: dateText, to: writer)
        }
        try writer.endElement()
        try writer.endElement()
        var result = try writer.finish()
        result.warnings = selectionWarnings + result.warnings
        return result
    }

    /// `<header>` with the attributes TMX 1.4b requires and the chosen versions' source names.
    private func writeHeader(_ alignment: Alignment, languages: [(version: Int, code: String)], to writer: XMLStreamWriter) throws(ExportError) {
        let sourceLanguage = languages.first { $0.version == alignment.pivot }?.code ?? languages[0].code
        try TMXHeader(toolVersion: toolVersion, date: date, segtype: "paragraph", sourceLanguage: sourceLanguage,
                      sources: languages.map { ($0.code, alignment.versions[$0.version].sourceName) }).write(to: writer)
    }

    /// The prefix when none is given: the pivot's document symbol (`A/61/187`),
    /// else its file name without directory and extension (`udhr_spa`).
    static func defaultPrefix(_ alignment: Alignment) -> String {
        if alignment.versions.indices.contains(alignment.pivot),
           let symbol = alignment.versions[alignment.pivot].metadata.symbol?.trimmingWhitespace(), !symbol.isEmpty {
            return symbol
        }
        return AlignmentExporter.defaultBaseName(alignment)
    }

    /// The chosen languages' sides of link `number`, or nil when fewer than
    /// two of them have text (the link makes no unit).
    /// - Throws: `.inconsistentAlignment` when the link names a block its version does not have.
    private static func sides(
        of link: AlignmentLink, number linkNumber: Int, alignment: Alignment, languages: [(version: Int, code: String)],
        blockIndex: [BlockIDIndex]
    ) throws(ExportError) -> [TMXSide]? {
        var sides: [TMXSide] = []
        for (version, code) in languages {
            var positions: [Int] = []
            for id in link.blockIDs(in: version) {
                guard let position = blockIndex[version][id] else {
                    throw .inconsistentAlignment(
                        detail: "link \(linkNumber + 1) refers to block \(id), which version \(version) does not have")
                }
                positions.append(position)
            }
            sides.append(TMXSide(version: version, code: code, document: alignment.versions[version].blocks, positions: positions))
        }
        return sides.count(where: { !$0.text.isEmpty }) >= 2 ? sides : nil
    }

    /// The `tuid` of every unit of the links before `end`, in order, made
    /// again as `write` made them (for `TMXUnitIDs`, when a hash repeats).
    private func unitIDs(before end: Int, alignment: Alignment, languages: [(version: Int, code: String)], prefix: String,
                         blockIndex: [BlockIDIndex]) -> [String] {
        var used = TMXUnitIDs(exact: true)
        var tuids: [String] = []
        for linkNumber in 0..<end {
            let link = alignment.links[linkNumber]
            // These links were written already: they refer to no missing block.
            guard let sides = try? Self.sides(of: link, number: linkNumber, alignment: alignment, languages: languages, blockIndex: blockIndex)
            else { continue }
            tuids.append(uniqueUnitID(link, prefix: prefix, alignment: alignment, sides: sides, used: &used) { [] })
        }
        return tuids
    }

    /// `prefix` and the pivot block ids joined with `+`, or `prefix` and
    /// `lang:ids` of the first side with text when the pivot has no block;
    /// made unique with `#2`, `#3`, … among the `tuid`s `used` (`earlier`
    /// makes them again when `used` asks for them).
    private func uniqueUnitID(_ link: AlignmentLink, prefix: String, alignment: Alignment, sides: [TMXSide], used: inout TMXUnitIDs,
                              earlier: () -> [String]) -> String {
        let pivotIDs = link.blockIDs(in: alignment.pivot)
        var tuid = prefix + pivotIDs.joined(separator: "+")
        if pivotIDs.isEmpty, let first = sides.first(where: { !$0.text.isEmpty }) {
            tuid = "\(prefix)\(first.code):\(first.ids.joined(separator: "+"))"
        }
        if used.contains(tuid, earlier: earlier) {
            var suffix = 2
            while used.contains("\(tuid)#\(suffix)", earlier: earlier) { suffix += 1 }
            tuid = "\(tuid)#\(suffix)"
        }
        used.insert(tuid)
        return tuid
    }

    /// One `<tu>`: properties from the pivot's blocks (or the first side's
    /// when the pivot has none), then a `<tuv>` per side with text.
    private func writeUnit(
        _ link: AlignmentLink, id tuid: String, pivotBlocks: TMXSide, sides: [TMXSide], dateText: String, to writer: XMLStreamWriter
    ) throws(ExportError) {
        let representative = pivotBlocks.positions.isEmpty ? sides.first { !$0.text.isEmpty } ?? pivotBlocks : pivotBlocks
        writer.setContext("tu", tuid)
        try writer.startElement("tu")
        try writer.attribute("tuid", tuid)
        try writer.attribute("creationdate", dateText)
        try writer.attribute("changedate", dateText)
        if sides.contains(where: { $0.positions.count > 1 }) { try writer.attribute("segtype", "block") }
        let numbers = representative.positions.compactMap { representative.document[$0].number }.map(String.init)
        if !numbers.isEmpty { try property("x-number", numbers.joined(separator: " "), to: writer) }
        var kinds: [String] = []
        for position in representative.positions where !kinds.contains(representative.document[position].kind.rawValue) {
            kinds.append(representative.document[position].kind.rawValue)
        }
        try property("x-kind", kinds.joined(separator: " "), to: writer)
        try property("x-link-type", sides.map { String($0.positions.count) }.joined(separator: "-"), to: writer)
        try property("x-method", link.method.rawValue, to: writer)
        try property("x-confidence", Self.confidenceText(link.confidence), to: writer)
        for side in sides where !side.text.isEmpty {
            writer.setContext("tu", tuid, side.code)
            try writer.startElement("tuv")
            try writer.xmlAttribute("lang", side.code)
            try property("x-block-ids", side.ids.joined(separator: " "), to: writer)
            try writer.element("seg", text: side.text)
            try writer.endElement()
        }
        try writer.endElement()
    }

    /// A confidence with three decimals (`0.867`, `1.000`), clamped to 0…1.
    static func confidenceText(_ confidence: Double) -> String {
        let thousandths = confidence.isNaN ? 0 : Int((min(max(confidence, 0), 1) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private func property(_ type: String, _ value: String, to writer: XMLStreamWriter) throws(ExportError) {
        try writer.startElement("prop")
        try writer.attribute("type", type)
        try writer.text(value)
        try writer.endElement()
    }
}

/// One language's part of a link in a TMX unit: its blocks (read in place
/// in their document's array) and their text.
private struct TMXSide {
    var version: Int
    var code: String
    /// The version's blocks.
    var document: [Block]
    /// Positions in `document` of the side's blocks, in link order.
    var positions: [Int]
    /// The non-blank block texts joined with a space.
    var text: String

    init(version: Int, code: String, document: [Block], positions: [Int], text: String? = nil) {
        self.version = version
        self.code = code
        self.document = document
        self.positions = positions
        self.text = text ?? positions.map { document[$0].text }
            .filter { $0.unicodeScalars.contains { !$0.properties.isWhitespace } }.joined(separator: " ")
    }

    /// The ids of the side's blocks.
    var ids: [String] { positions.map { document[$0].id } }
}
