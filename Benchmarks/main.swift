import Foundation
import ParityCore

// Usage: ParityBenchmarks segment [MB]   time decode + segment on ~MB of es.txt
//        ParityBenchmarks align          time align + check at 1×, 10×, 100× length
//        ParityBenchmarks export [MB]    write TMX, native XML and XCES for the six-way UDHR repeated to ~MB
//        ParityBenchmarks views          time the terminal layout and HTML report at 1×, 10×, 100× length
//        ParityBenchmarks numbers        number extraction MB/s per language, hostile token shapes, share of check time
//        ParityBenchmarks borrowed-months [PARAGRAPHS]   check of `1 WORD 2030` paragraphs, WORD made up (read as a borrowed month?) against `March` (default 2000, 1)
//        ParityBenchmarks number-dense [PARAGRAPHS] [FIGURES…] [--write FOLDER]   paragraphs of many figures (hi ja en es fr, default 50 paragraphs of 60 240 960): extraction and check MB/s, the extraction's share of check
//        ParityBenchmarks many-children  align + check with 1,000…16,000 tiny paragraphs in one article (linear?)
//        ParityBenchmarks sentences      sentence splitting and alignment, rows, view table, native XML: sentences/s and MB/s at growing sizes
//        ParityBenchmarks corpus [SETS] [JOBS…]   build SETS perturbed plain-text sets (default 2000, ~200 MB); MB/s per stage, end to end at each JOBS (default 1 and all cores)
//        ParityBenchmarks corpus-make SETS FOLDER   only build that corpus (to time other binaries on it)
//        ParityBenchmarks corpus-stages FOLDER      only time the stages on such a corpus, in this process (for a profiler)
//        ParityBenchmarks dump FILE      print the blocks the segmenter finds (for inspection)
//        ParityBenchmarks text-shape FILE…   bytes a unit and a line of each text, the figures TextShapeLimit bounds
//        ParityBenchmarks pdf-geometry [N]   parse pdftotext -bbox-layout XHTML of the real ODS PDFs and rebuild their text N times (default 20): MB text/s
//        ParityBenchmarks memory [MB] [PAIR-MB] [SHAPE…]   peak RSS / input of outline (MB, default 30) and check, show, report, align --format tmx (two PAIR-MB files, default 3; 0: none) on short, long, one-word, numbered, udhr text
//        ParityBenchmarks scaling [SHAPE] [SIZE…]   CPU and wall seconds of outline, check, show, align --format tmx at growing sizes: short (MB a file, default 1 2 4 8), one-article (thousands of one-word paragraphs in one article, default 1 2 4 8)
//        ParityBenchmarks hostile single-line|pdf-like|pdf-reading-order [MB]   decode + segment a hostile input of ~MB (default 200), peak RSS
let arguments = Array(CommandLine.arguments.dropFirst())

/// Runs one benchmark; a failure is one line on standard error and exit code 2.
func runOrExit(_ body: () throws -> Void) {
    do {
        try body()
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
}

switch arguments.first {
case "segment":
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 50 : 50
    runOrExit {
        try SegmenterBenchmark.run(megabytes: megabytes)
    }
case "hostile":
    let shape = arguments.count > 1 ? arguments[1] : "single-line"
    let megabytes = arguments.count > 2 ? Double(arguments[2]) ?? 200 : 200
    runOrExit {
        try HostileInputBenchmark.run(shape: shape, megabytes: megabytes)
    }
case "memory":
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 30 : 30
    let pairMegabytes = arguments.count > 2 ? Double(arguments[2]) ?? 3 : 3
    runOrExit {
        try MemoryBenchmark.run(megabytes: megabytes, pairMegabytes: pairMegabytes, only: Array(arguments.dropFirst(3)))
    }
case "scaling":
    let shape = arguments.count > 1 ? arguments[1] : "short"
    let sizes = arguments.dropFirst(2).compactMap(Double.init)
    runOrExit {
        try ScalingBenchmark.run(shape: shape, sizes: sizes.isEmpty ? [1, 2, 4, 8] : sizes)
    }
case "pdf-geometry":
    let repeats = arguments.count > 1 ? Int(arguments[1]) ?? 20 : 20
    runOrExit {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try PDFGeometryBenchmark.run(root: root, repeats: repeats)
    }
case "align":
    runOrExit {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try AlignBenchmark.run(root: root)
    }
case "export":
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 40 : 40
    runOrExit {
        try ExportBenchmark.run(megabytes: megabytes)
    }
case "views":
    runOrExit {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try ViewsBenchmark.run(root: root)
    }
case "numbers":
    runOrExit {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try NumberBenchmark.run(root: root)
    }
case "borrowed-months":
    let paragraphs = arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000
    BorrowedMonthBenchmark.run(paragraphs: paragraphs)
case "number-dense":
    var rest = Array(arguments.dropFirst())
    var folder: String?
    if let flag = rest.firstIndex(of: "--write"), flag + 1 < rest.count {
        folder = rest[flag + 1]
        rest.removeSubrange(flag...flag + 1)
    }
    let paragraphs = rest.first.flatMap { Int($0) } ?? 50
    let sizes = rest.dropFirst().compactMap { Int($0) }
    runOrExit {
        try NumberDenseBenchmark.run(paragraphs: paragraphs, sizes: sizes.isEmpty ? [60, 240, 960] : sizes, writeTo: folder)
    }
case "many-children":
    runOrExit {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try ManyChildrenBenchmark.run(root: root)
    }
case "sentences":
    runOrExit {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try SentenceBenchmark.run(root: root)
        try SentenceBenchmark.runAfterAlignment(root: root)
    }
case "corpus":
    let sets = arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000
    var jobs = arguments.dropFirst(2).compactMap { Int($0) }
    if jobs.isEmpty { jobs = Array(Set([1, ProcessInfo.processInfo.activeProcessorCount])).sorted() }
    runOrExit {
        try CorpusBenchmark.run(sets: sets, jobs: jobs)
    }
case "corpus-make":
    guard arguments.count > 2, let sets = Int(arguments[1]) else {
        print("usage: ParityBenchmarks corpus-make SETS FOLDER")
        exit(2)
    }
    runOrExit {
        let bytes = try CorpusBenchmark.build(sets: sets, in: URL(fileURLWithPath: arguments[2]))
        print("\(sets) sets, \(bytes) bytes in \(arguments[2])")
    }
case "corpus-stages":
    guard arguments.count > 1 else {
        print("usage: ParityBenchmarks corpus-stages FOLDER")
        exit(2)
    }
    runOrExit {
        try CorpusBenchmark.stages(URL(fileURLWithPath: arguments[1]))
    }
case "dump":
    guard arguments.count > 1 else {
        print("usage: ParityBenchmarks dump FILE")
        exit(2)
    }
    SegmentationDump.run(path: arguments[1])
case "text-shape":
    guard arguments.count > 1 else {
        print("usage: ParityBenchmarks text-shape FILE…")
        exit(2)
    }
    runOrExit {
        try TextShapeSurvey.run(paths: Array(arguments.dropFirst()))
    }
case "geometry-text":
    // The text the geometry reading rebuilds from `pdftotext -bbox-layout` XHTML on standard input (before the clean-up).
    let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    guard let pages = PDFBoundingBoxDocument.pages(input) else {
        FileHandle.standardError.write(Data("geometry-text: not pdftotext -bbox-layout XHTML\n".utf8))
        exit(2)
    }
    print(PDFGeometryReading.text(pages), terminator: "")
default:
    print("usage: ParityBenchmarks segment [MB] | align | export [MB] | views | numbers | borrowed-months [PARAGRAPHS] | number-dense [PARAGRAPHS] [FIGURES…] [--write FOLDER] | many-children | sentences | corpus [SETS] [JOBS…] | corpus-make SETS FOLDER | corpus-stages FOLDER | dump FILE | text-shape FILE… | geometry-text < XHTML | hostile single-line|pdf-like|pdf-reading-order [MB] | memory [MB] [PAIR-MB] [SHAPE…] | scaling [short|one-article] [SIZE…]")
}
