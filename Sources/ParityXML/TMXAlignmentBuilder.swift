import ParityCore

/// Turns a TMX file's units back into an `Alignment`: one version per
/// language (the source language first), one block per unit variant, one
/// link per unit. Parity's own properties (`x-block-ids`, `x-kind`,
/// `x-number`, `x-method`, `x-confidence`) are used when present, so a TMX
/// written by Parity re-checks like the alignment it came from; a third
/// party's TMX gets ids `tu1`, `tu2`, … and unnumbered paragraphs.
public struct TMXAlignmentBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// The alignment `tmx` describes; `file` names the versions (`file#es`).
    public func alignment(from tmx: TMXDocument, file: String) -> Alignment {
        var codes: [String] = []
        func addCode(_ code: String) {
            if !codes.contains(where: { $0.equalsIgnoringCase(code) }) { codes.append(code) }
        }
        if !tmx.sourceLanguage.isEmpty, tmx.sourceLanguage != "*all*" { addCode(tmx.sourceLanguage) }
        for unit in tmx.units { for variant in unit.variants { addCode(variant.language) } }

        var blocks: [[Block]] = Array(repeating: [], count: codes.count)
        var usedIDs: [Set<String>] = Array(repeating: [], count: codes.count)
        var links: [AlignmentLink] = []
        for (position, unit) in tmx.units.enumerated() {
            let kind = unit.property("x-kind")?.split(separator: " ").first.flatMap { BlockKind(rawValue: String($0)) }
                ?? .unnumberedParagraph
            let number = unit.property("x-number")?.split(separator: " ").first.flatMap { Int($0) }
            var linkIDs: [[String]] = Array(repeating: [], count: codes.count)
            for variant in unit.variants {
                guard let version = codes.firstIndex(where: { $0.equalsIgnoringCase(variant.language) }) else { continue }
                let suggested = variant.properties.first { $0.type == "x-block-ids" }?.value
                    .split(separator: " ").joined(separator: "_")
                var id = suggested.flatMap { $0.isEmpty ? nil : $0 } ?? unit.id.map(XMLNameSanitizer.ncName) ?? "tu\(position + 1)"
                if usedIDs[version].contains(id) { id = "tu\(position + 1)" }
                var suffix = 2
                while usedIDs[version].contains(id) { id = "tu\(position + 1)-\(suffix)"; suffix += 1 }
                usedIDs[version].insert(id)
                blocks[version].append(Block(id: id, kind: kind, number: number, text: variant.text))
                linkIDs[version] = [id]
            }
            let method = unit.property("x-method").flatMap(AlignmentMethod.init(rawValue:)) ?? .structure
            let confidence = unit.property("x-confidence").flatMap(Double.init) ?? 1
            links.append(AlignmentLink(blockIDs: linkIDs, method: method, confidence: min(max(confidence, 0), 1)))
        }
        let versions = codes.enumerated().map { index, code in
            Document(sourceName: "\(file)#\(code)", language: Language(code: code), blocks: blocks[index])
        }
        return Alignment(versions: versions, pivot: 0, links: links)
    }
}
