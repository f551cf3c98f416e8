import ParityCore

/// The readable listing `parity align` prints: a header per version, then
/// per link one line with number, type, method and confidence, and one line
/// per version with its block ids and first words.
struct AlignmentFormatter {
    /// Words of each block's text shown.
    var excerptWords = 8

    func lines(_ alignment: Alignment) -> [String] {
        let names = VersionNames(alignment.versions)
        var lines: [String] = []
        for (index, document) in alignment.versions.enumerated() {
            let role = index == alignment.pivot ? " (pivot)" : ""
            lines.append("version \(names[index]): \(document.sourceName), \(Count.of(document.blocks.count, "block"))\(role)")
        }
        lines.append(Count.of(alignment.links.count, "link"))
        var blockByID: [[String: Block]] = []
        for document in alignment.versions {
            var map: [String: Block] = [:]
            for block in document.blocks where map[block.id] == nil { map[block.id] = block }
            blockByID.append(map)
        }
        let width = names.all.map(\.count).max() ?? 2
        for (number, link) in alignment.links.enumerated() {
            let confidence = (link.confidence * 100).rounded() / 100
            lines.append("")
            lines.append("#\(number + 1)  \(link.type)  \(link.method.rawValue)  \(confidence)")
            for version in 0..<min(link.versionCount, alignment.versions.count) {
                let ids = link.blockIDs(in: version)
                let name = names[version].padding(to: width)
                guard let first = ids.first, let block = blockByID[version][first] else {
                    lines.append("  \(name)  —")
                    continue
                }
                let words = block.text.split(separator: " ")
                var excerpt = words.prefix(excerptWords).joined(separator: " ")
                if excerpt.count > 60 { excerpt = String(excerpt.prefix(60)) }
                if excerpt.count < block.text.count { excerpt += "…" }
                lines.append("  \(name)  \(ids.joined(separator: "+"))  \(excerpt)")
            }
        }
        return lines
    }
}

/// Short names for versions in listings: language codes, or file names when
/// two versions share a language or a language is unknown.
struct VersionNames {
    let all: [String]

    init(_ versions: [Document]) {
        let languages = versions.map { $0.language ?? $0.metadata.language }
        let names = versions.enumerated().map { index, document in
            guard let language = languages[index], languages.filter({ $0 == language }).count == 1 else { return document.sourceName }
            return language.rawValue
        }
        // The same file given twice: number the versions.
        all = names.enumerated().map { index, name in
            names.filter { $0 == name }.count > 1 ? "\(name)#\(index + 1)" : name
        }
    }

    subscript(_ index: Int) -> String { all[index] }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
