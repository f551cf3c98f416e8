import ParityCore

/// Writes an alignment as TMX 1.4b (`<tmx version="1.4">`), valid against
/// `Schemas/tmx14.dtd`.
///
/// One `<tu>` per link that has text in at least two of the chosen languages;
/// `tuid` is the pivot block id(s) joined with `+` (or `lang:ids` of the first
/// chosen version with blocks when the pivot has none), unique in the file.
/// Each `<tuv>` carries the texts of its blocks joined with a space, and
/// `<prop>`s record the block ids, number, kind, link type (block counts of the
/// chosen languages), method and confidence.
public struct TMXWriter: Sendable {
    /// The `creationtoolversion` written when none is given.
    public static let defaultToolVersion = "0.1.0"

    /// Which languages the file carries.
    public var languages: TMXLanguageSelection
    /// Written as `creationtoolversion`.
    public var toolVersion: String

    /// Creates a writer.
    /// - Parameters:
    ///   - pair: the two languages of a bilingual file, in `tuv` order; nil for
    ///     the pivot's language and the first other one.
    ///   - allLanguages: write every language (N-way TMX); overrides `pair`.
    ///   - toolVersion: written as `creationtoolversion`.
    public init(pair: (Language, Language)? = nil, allLanguages: Bool = false, toolVersion: String = TMXWriter.defaultToolVersion) {
        if allLanguages {
            languages = .allLanguages
        } else if let pair {
            languages = .pair(pair.0, pair.1)
        } else {
            languages = .pivotAndFirstOther
        }
        self.toolVersion = toolVersion
    }

    /// Writes the TMX document. Findings are not part of TMX and are ignored.
    /// - Throws: `ExportError` when the languages cannot be chosen or the
    ///   alignment refers to blocks its versions do not have.
    public func write(_ content: CheckedAlignment) throws(ExportError) -> XMLWriteResult {
        try write(content.alignment)
    }

    /// Writes the TMX document for `alignment`.
    public func write(_ alignment: Alignment) throws(ExportError) -> XMLWriteResult {
        try NativeAlignmentWriter.checkConsistency(alignment)
        let (chosen, selectionWarnings) = try languages.versionIndices(in: alignment)
        let codes = chosen.map { alignment.versions[$0].language!.rawValue }
        let sourceLanguage = chosen.contains(alignment.pivot) ? alignment.versions[alignment.pivot].language!.rawValue : codes[0]
        let blockIndexByID = alignment.versions.map { document in
            Dictionary(document.blocks.indices.map { (document.blocks[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        let writer = try XMLStreamWriter()
        try writer.doctype("tmx", systemID: "tmx14.dtd")
        try writer.startElement("tmx")
        try writer.attribute("version", "1.4")
        writer.context = "header"
        try writer.startElement("header")
        try writer.attribute("creationtool", "Parity")
        try writer.attribute("creationtoolversion", toolVersion)
        try writer.attribute("segtype", "paragraph")
        try writer.attribute("o-tmf", "Parity")
        try writer.attribute("adminlang", "en")
        try writer.attribute("srclang", sourceLanguage)
        try writer.attribute("datatype", "plaintext")
        for (index, code) in zip(chosen, codes) {
            try writer.startElement("prop")
            try writer.attribute("type", "x-source-name")
            try writer.xmlAttribute("lang", code)
            try writer.text(alignment.versions[index].sourceName)
            try writer.endElement()
        }
        try writer.endElement()

        try writer.startElement("body")
        var usedIDs = Set<String>()
        for (linkNumber, link) in alignment.links.enumerated() {
            var sides: [(index: Int, code: String, blocks: [Int], text: String)] = []
            for (index, code) in zip(chosen, codes) {
                var blocks: [Int] = []
                var texts: [String] = []
                for id in link.blockIDs[index] {
                    guard let position = blockIndexByID[index][id] else {
                        throw .inconsistentAlignment(
                            detail: "link \(linkNumber + 1) refers to block \(id), which version \(index) does not have")
                    }
                    blocks.append(position)
                    let text = alignment.versions[index].blocks[position].text
                    if text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) { texts.append(text) }
                }
                sides.append((index, code, blocks, texts.joined(separator: " ")))
            }
            let withText = sides.filter { !$0.text.isEmpty }
            guard withText.count >= 2 else { continue }

            let pivotIDs = link.blockIDs[alignment.pivot]
            let representative: [Block] = pivotIDs.isEmpty
                ? withText[0].blocks.map { alignment.versions[withText[0].index].blocks[$0] }
                : pivotIDs.compactMap { blockIndexByID[alignment.pivot][$0].map { alignment.versions[alignment.pivot].blocks[$0] } }
            var tuid = pivotIDs.isEmpty
                ? "\(withText[0].code):\(link.blockIDs[withText[0].index].joined(separator: "+"))"
                : pivotIDs.joined(separator: "+")
            if usedIDs.contains(tuid) {
                var suffix = 2
                while usedIDs.contains("\(tuid)#\(suffix)") { suffix += 1 }
                tuid = "\(tuid)#\(suffix)"
            }
            usedIDs.insert(tuid)

            writer.context = "tu \(tuid)"
            try writer.startElement("tu")
            try writer.attribute("tuid", tuid)
            let numbers = representative.compactMap(\.number).map(String.init)
            if !numbers.isEmpty { try property("x-number", numbers.joined(separator: " "), to: writer) }
            var kinds: [String] = []
            for kind in representative.map(\.kind.rawValue) where !kinds.contains(kind) { kinds.append(kind) }
            try property("x-kind", kinds.joined(separator: " "), to: writer)
            try property("x-link-type", sides.map { String($0.blocks.count) }.joined(separator: "-"), to: writer)
            try property("x-method", link.method.rawValue, to: writer)
            try property("x-confidence", link.confidence.xmlDoubleText, to: writer)
            for side in withText {
                writer.context = "tu \(tuid) \(side.code)"
                try writer.startElement("tuv")
                try writer.xmlAttribute("lang", side.code)
                try property("x-block-ids", link.blockIDs[side.index].joined(separator: " "), to: writer)
                try writer.element("seg", text: side.text)
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        var result = try writer.finish()
        result.warnings = selectionWarnings + result.warnings
        return result
    }

    private func property(_ type: String, _ value: String, to writer: XMLStreamWriter) throws(ExportError) {
        try writer.startElement("prop")
        try writer.attribute("type", type)
        try writer.text(value)
        try writer.endElement()
    }
}
