import Foundation
import ParityCore

// Usage: ParityBenchmarks segment [MB]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "segment":
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 50 : 50
    do {
        try SegmenterBenchmark.run(megabytes: megabytes)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "dump":
    let url = URL(fileURLWithPath: arguments[1])
    let bytes = [UInt8](try! Data(contentsOf: url))
    let document = PlainTextSegmenter().segment(try! TextDecoder().decode(bytes, file: arguments[1]), sourceName: arguments[1])
    print(document.language as Any, document.metadata)
    for block in document.blocks {
        let text = block.text.count > 70 ? String(block.text.prefix(70)) + "…" : block.text
        var extra = ""
        if let path = block.labelPath { extra += " path=\(path)" }
        if let level = block.level { extra += " L\(level)" }
        if let target = block.tocTarget { extra += " toc=\(target.firstParagraph.map(String.init) ?? "-")-\(target.lastParagraph.map(String.init) ?? "-") p\(target.page ?? "-")" }
        if let field = block.metadataField { extra += " field=\(field)" }
        if let parent = block.parent { extra += " parent=\(parent)" }
        if !block.footnoteRefs.isEmpty { extra += " refs=\(block.footnoteRefs)" }
        if !block.citedBy.isEmpty { extra += " citedBy=\(block.citedBy)" }
        if !block.emphasis.isEmpty { extra += " em=\(block.emphasis.map { "\($0.start)-\($0.end)\($0.style)" })" }
        if block.sourceRanges.count > 1 { extra += " ranges=\(block.sourceRanges.count)" }
        print("\(block.id) [\(block.kind)] label=\(block.label ?? "")\(extra) | \(text)")
    }
    for diagnostic in document.diagnostics { print("DIAG", diagnostic.blockIDs, diagnostic.message) }
default:
    print("usage: ParityBenchmarks segment [MB]")
}
