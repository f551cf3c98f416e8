import Foundation
import ParityCore

// Usage: ParityBenchmarks segment [MB]   time decode + segment on ~MB of es.txt
//        ParityBenchmarks align          time align + check at 1×, 10×, 100× length
//        ParityBenchmarks export [MB]    write TMX and native XML for the six-way UDHR repeated to ~MB
//        ParityBenchmarks views          time the terminal layout and HTML report at 1×, 10×, 100× length
//        ParityBenchmarks numbers        number extraction MB/s per language, hostile token shapes, share of check time
//        ParityBenchmarks many-children  align + check with 1,000…16,000 tiny paragraphs in one article (linear?)
//        ParityBenchmarks sentences      sentence splitting and alignment, rows, view table, native XML: sentences/s and MB/s at growing sizes
//        ParityBenchmarks dump FILE      print the blocks the segmenter finds (for inspection)
//        ParityBenchmarks hostile single-line|pdf-like|pdf-reading-order [MB]   decode + segment a hostile input of ~MB (default 200), peak RSS
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
case "hostile":
    let shape = arguments.count > 1 ? arguments[1] : "single-line"
    let megabytes = arguments.count > 2 ? Double(arguments[2]) ?? 200 : 200
    do {
        try HostileInputBenchmark.run(shape: shape, megabytes: megabytes)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "align":
    do {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try AlignBenchmark.run(root: root)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "export":
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 40 : 40
    do {
        try ExportBenchmark.run(megabytes: megabytes)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "views":
    do {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try ViewsBenchmark.run(root: root)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "numbers":
    do {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try NumberBenchmark.run(root: root)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "many-children":
    do {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try ManyChildrenBenchmark.run(root: root)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "sentences":
    do {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try SentenceBenchmark.run(root: root)
        try SentenceBenchmark.runAfterAlignment(root: root)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
case "dump":
    guard arguments.count > 1 else {
        print("usage: ParityBenchmarks dump FILE")
        exit(2)
    }
    SegmentationDump.run(path: arguments[1])
default:
    print("usage: ParityBenchmarks segment [MB] | align | export [MB] | views | numbers | many-children | sentences | dump FILE | hostile single-line|pdf-like|pdf-reading-order [MB]")
}
