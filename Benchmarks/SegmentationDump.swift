import Foundation
import ParityCore

/// Prints one line per block of a segmented plain-text file: id, kind,
/// label, path, links and the start of the text. For inspecting the
/// segmenter on new documents.
enum SegmentationDump {
    static func run(path: String) {
        do {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let document = PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: path), sourceName: path)
            print("language: \(document.language?.rawValue ?? "?")")
            print("metadata: \(document.metadata)")
            for block in document.blocks { print(line(block)) }
            for diagnostic in document.diagnostics { print("diagnostic: \(diagnostic.blockIDs) \(diagnostic.message)") }
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(2)
        }
    }

    static func line(_ block: Block) -> String {
        let text = block.text.count > 70 ? String(block.text.prefix(70)) + "…" : block.text
        var extra = ""
        if let path = block.labelPath { extra += " path=\(path)" }
        if let level = block.level { extra += " L\(level)" }
        if let target = block.tocTarget {
            extra += " toc=\(target.firstParagraph.map(String.init) ?? "-")-\(target.lastParagraph.map(String.init) ?? "-") page=\(target.page ?? "-")"
        }
        if let field = block.metadataField { extra += " field=\(field)" }
        if let parent = block.parent { extra += " parent=\(parent)" }
        if !block.footnoteRefs.isEmpty { extra += " refs=\(block.footnoteRefs)" }
        if !block.citedBy.isEmpty { extra += " citedBy=\(block.citedBy)" }
        if !block.emphasis.isEmpty { extra += " emphasis=\(block.emphasis.map { "\($0.start)-\($0.end)\($0.style)" })" }
        if block.sourceRanges.count > 1 { extra += " ranges=\(block.sourceRanges.count)" }
        return "\(block.id) [\(block.kind)] label=\(block.label ?? "")\(extra) | \(text)"
    }
}
