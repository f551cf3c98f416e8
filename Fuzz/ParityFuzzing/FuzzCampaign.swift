import Foundation
import ParityArchive
import ParityCore
import ParityTestSupport
import ParityXML

/// A seeded mutation fuzzer over every input reader and the whole pipeline
/// behind the commands (issue 11): real inputs of every format are mutated
/// (byte flips, cuts, random bytes, and snippets shaped like real text: time
/// phrases, dotted numbers, labels in six scripts, markup), read by their
/// reader (text in UTF-8, UTF-16 and Windows-1252, PDF text and PDF word boxes,
/// UDHR XML, DOCX, HTML, native alignments, TMX), segmented, aligned with a
/// real counterpart, checked and exported
/// as native XML, TMX and XCES, shown side by side as `show` prints it and
/// rendered as `report`'s HTML. The oracle, per input:
/// - the reader gives a document or an `InputError`, never a trap;
/// - a document read from text keeps every byte in exactly one block;
/// - every XML output is valid (native against its RelaxNG schema, TMX and
///   XCES against their DTDs), or the export refuses with an `ExportError`;
/// - no line of the side-by-side view without colour holds a control or a
///   bidi override (`TerminalSafeText`) or is wider than the layout's width;
/// - no input takes longer than `timeLimit` (`FuzzWatchdog` ends the process).
/// Seeded: run `i` of the campaign with seed `S` always tries the same input,
/// made from its own random stream (``random(seed:run:)``), so a range of runs
/// can be split between parallel workers (``ranges(count:jobs:)``) and any run
/// replayed alone.
public struct FuzzCampaign: Sendable {
    /// What a campaign found.
    public struct Report: Sendable, CustomStringConvertible, Equatable, Codable {
        public var runs = 0
        public var documents = 0
        public var inputErrors = 0
        public var exports = 0
        public var validatedOutputs = 0
        /// XML outputs that failed validation or could not be read back (also in `problems`).
        public var invalidOutputs = 0
        /// Side-by-side views and HTML reports rendered.
        public var views = 0
        /// In run order, each naming its run.
        public var problems: [String] = []
        /// Wall-clock time.
        public var seconds = 0.0
        /// Processor time of the process (all workers).
        public var cpuSeconds = 0.0
        /// Runs that ended their process with a trap or signal (also in `problems`): counted only when each
        /// runs in a child process (``FuzzSupervisor``); in process, a crash ends the campaign.
        public var crashes = 0
        /// Runs over the time limit (also in `problems`): counted by ``FuzzSupervisor``; in process, one ends the campaign.
        public var hangs = 0

        public init() {}

        /// The findings without the times: the same for the same seed and runs, whatever the number of workers.
        public var figures: String {
            "\(runs) runs, \(documents) documents, \(inputErrors) input errors, \(exports) exports, "
                + "\(validatedOutputs) XML outputs validated (\(invalidOutputs) invalid), \(views) views and reports rendered, "
                + "\(crashes) crashes, \(hangs) hangs, \(problems.count) problems"
        }

        public var description: String {
            figures + ", "
                + String(format: "%.1f s (%.0f runs/s), %.1f CPU s (%.0f runs per CPU second)",
                         seconds, Double(runs) / max(seconds, 0.001), cpuSeconds, Double(runs) / max(cpuSeconds, 0.001))
        }

        /// One line of progress: runs done, crashes and hangs (always none while the campaign
        /// runs in process: either ends it), invalid XML, other problems, time so far.
        public var progressLine: String {
            "parity-fuzz: \(runs) runs, \(crashes) crashes, \(hangs) hangs, \(invalidOutputs) invalid XML, "
                + "\(problems.count - invalidOutputs - crashes - hangs) other problems, "
                + String(format: "%.0f s elapsed (%.1f runs/s)", seconds, Double(runs) / max(seconds, 0.001))
        }

        /// The reports of consecutive ranges of runs, in order, as one (times left at zero).
        public static func combined(_ parts: [Report]) -> Report {
            var whole = Report()
            for part in parts {
                whole.runs += part.runs
                whole.documents += part.documents
                whole.inputErrors += part.inputErrors
                whole.exports += part.exports
                whole.validatedOutputs += part.validatedOutputs
                whole.invalidOutputs += part.invalidOutputs
                whole.views += part.views
                whole.crashes += part.crashes
                whole.hangs += part.hangs
                whole.problems += part.problems
            }
            return whole
        }
    }

    /// The real inputs mutated, by format: `encodedText` is the text seed
    /// written in another encoding (UTF-8 with a mark, UTF-16 with and
    /// without a mark, Windows-1252); `pdfBoxes` is `pdftotext -bbox-layout`
    /// output of constructed PDFs, read as a PDF input is (`PDFGeometryReading`);
    /// `xces` is the cesDoc and cesAlign files Parity writes for twelve UDHR
    /// articles, read as the commands read an XML file that is no native
    /// alignment nor TMX (Parity reads no XCES: `UDHRReader` must refuse it or read it).
    enum Seed: CaseIterable { case text, pdfText, udhrXML, docx, html, nativeAlignment, tmx, encodedText, pdfBoxes, xces }

    static let snippets: [[UInt8]] = [
        "\u{0C}", "\n\n23. ", "-\n", "*", "¹", "\t", "<i>", "**", "\u{00AD}", "IV. ", "<!ENTITY a \"&a;\">", "<w:p>", "</",
        "&amp;", "\r\n", "\u{202E}", "A/61/187\n", "Hora 10 a", "de 9 a\n", "1.1.1.1.1.1.1.1", "1.a ", "(a) ", "١٢ - ",
        "第三条", "一、", "Статья 1\n", "Goal 1. ", "Article 2\n", "\n1.\n\n", "15-05716 9/19\n", "- 2-\n", "ANNEX\n",
        "Mr. Smith (France): ", "0,15 %", "100.000 millones", "10.12.1948", "१० दिसम्बर", "\u{1B}[2J", "<!DOCTYPE x [",
    ].map { Array($0.utf8) } + tokenShapes

    /// Token shapes of real languages (issue 11: a block ending in a number
    /// and a one-letter word trapped the time reader, and no byte mutation
    /// made one): inserted anywhere, at a line's start (where a label is
    /// read) or as a block of their own by ``mutate(_:_:)``.
    public static let tokenShapes: [[UInt8]] = [
        // A block ending in a number and a one-letter word, in several languages and scripts.
        "Hora 10 a\n\n", "pp. 3 y", "de 9 a", "10 h 30 à", "bis 12 u", "ст. 5 и", "стр. 12 в\n\n", "الفقرة ٥ و", "第5条 の",
        "εδάφιο 4 ή", "pkt 7 i\n\n", "2030 o", "١٠ - ٩ و", "15 e 16 e",
        // Labels in non-Latin scripts.
        "(ب) ", "٣ - ", "(а) ", "(क) ", "ক. ", "(가) ", "第一章\n", "Ⅳ. ", "๑. ", "(ა) ", "Άρθρο 3\n", "סעיף 4\n", "(ㄱ) ",
        "Статья 12 бис\n", "المادة ١٢ مكررا\n", "第十二条之二\n", "ጽሑፍ ፫\n", "༣. ", "(ก) ",
        // Wide grapheme clusters in labels.
        "(👩‍👩‍👧‍👦) ", "(🇺🇳) ", "(ಕ್ಷೆ) ", "(각) ", "(한글) ", "क्षि. ", "(ཀྵྭ) ", "第１条 ", "（一） ",
        // Combining marks, alone, stacked and after a label.
        "e\u{0301}\u{0301}\u{0301}", "(a\u{0308}\u{0323}) ", "\u{0301}", "1\u{20E3}. ", "\u{0345}\u{0345}", "a\u{200D}\u{0301}",
        // Right-to-left and other direction marks, in and around labels and numbers.
        "\u{200F}", "\u{200E}", "\u{061C}", "\u{2067}١٢\u{2069} ", "\u{202B}(أ)\u{202C} ", "\u{200F}12 a\u{200F}", "(\u{202E}b) ",
    ].map { Array($0.utf8) }

    /// The seeds of each format (one or more files).
    let seeds: [Seed: [[UInt8]]]
    let english: Document
    let spanish: Document
    let root: URL
    /// Longest time one input may take.
    public var timeLimit: Double = 10
    /// When set, each text, PDF-text and HTML input is a random window of at most
    /// this many bytes of its seed (a cut at both ends, as truncated files are),
    /// the Spanish counterpart the first blocks of a window of the same size,
    /// as many as hold about the input's bytes (``spanishCounterpart(for:)``), and the
    /// alignment seeds are small alignments Parity made of real UDHR articles.
    /// Runs are then about an order of magnitude faster, for long campaigns.
    public let windowBytes: Int?
    /// With `windowBytes`: the bytes of text in the Spanish counterpart's first `i + 1` blocks.
    let spanishTextEnds: [Int]

    /// The word-box seeds of the `pdfBoxes` kind, in `Tests/Fixtures/fuzz-seeds/`.
    static let pdfBoxSeeds = [
        "letter-water.constructed.pt.hanging.bbox.html", "agenda-csw.constructed.ar.two-columns-paged.bbox.html",
        "noteverbale-pledges.constructed.zh.hanging.bbox.html",
    ]

    /// Loads the seeds from the repository at `root`.
    public init(root: URL, windowBytes: Int? = nil) throws {
        self.windowBytes = windowBytes
        self.root = root
        func file(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: root.appendingPathComponent(relative))) }
        let spanishText = try file("Sources-Texts/un-hearings-2006/es.txt")
        var seeds: [Seed: [[UInt8]]] = [
            .text: [spanishText],
            .pdfText: [try file("Tests/Fixtures/generated-from-es-txt/es-generated.pdftotext-layout.txt")],
            .udhrXML: [try file("Sources-Texts/udhr/udhr_spa.xml")],
            .docx: [try file("Tests/Fixtures/generated-from-es-txt/es-generated-typed-numbers.docx")],
            .html: [try file("Tests/Fixtures/generated-from-es-txt/es-generated.html")],
            .nativeAlignment: [try file("Alignments/udhr.xml")],
            .tmx: [try file("Alignments/udhr.tmx")],
            .encodedText: [spanishText],
            .pdfBoxes: try Self.pdfBoxSeeds.map { try file("Tests/Fixtures/fuzz-seeds/" + $0) },
            .xces: try Self.xcesSeeds(root),
        ]
        english = try UDHRReader().read(try file("Sources-Texts/udhr/udhr_eng.xml"), file: "udhr_eng.xml")
        let counterpartText = windowBytes.map { Self.utf8Prefix(spanishText, $0) } ?? spanishText
        spanish = PlainTextSegmenter().segment(try TextDecoder().decode(counterpartText, file: "es.txt"), sourceName: "es.txt")
        var total = 0
        spanishTextEnds = spanish.blocks.map { block in
            total += block.text.utf8.count
            return total
        }
        if windowBytes != nil {
            seeds[.nativeAlignment] = [try Self.smallAlignmentSeed(root, tmx: false)]
            seeds[.tmx] = [try Self.smallAlignmentSeed(root, tmx: true)]
        }
        self.seeds = seeds
    }

    /// The longest prefix of `bytes` of at most `count` bytes that ends at a line end.
    static func utf8Prefix(_ bytes: [UInt8], _ count: Int) -> [UInt8] {
        guard bytes.count > count else { return bytes }
        let end = bytes[..<count].lastIndex(of: 0x0A).map { $0 + 1 } ?? count
        return Array(bytes[..<end])
    }

    /// Parity's alignment of the first twelve blocks of the English and Spanish UDHR.
    static func smallAlignment(_ root: URL) throws -> CheckedAlignment {
        func document(_ name: String) throws -> Document {
            var document = try UDHRReader().read([UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts/udhr/\(name)"))), file: name)
            document.blocks = Array(document.blocks.prefix(12))
            return document
        }
        let alignment = Aligner(pivot: 0).align([try document("udhr_eng.xml"), try document("udhr_spa.xml")])
        return CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
    }

    /// Native XML or TMX that Parity writes for the first twelve blocks of the Spanish and English UDHR.
    static func smallAlignmentSeed(_ root: URL, tmx: Bool) throws -> [UInt8] {
        let content = try smallAlignment(root)
        return tmx ? try TMXWriter().write(content).bytes : try NativeAlignmentWriter().write(content).bytes
    }

    /// The XCES files (two cesDoc, one cesAlign) Parity writes for the first twelve blocks of the Spanish and English UDHR.
    static func xcesSeeds(_ root: URL) throws -> [[UInt8]] {
        let files = try XCESWriter().write(try smallAlignment(root).alignment, baseName: "udhr")
        return (files.documents + files.linkFiles).map(\.bytes)
    }

    /// A seed of `kind`, as a random window for text-like seeds when `windowBytes`
    /// is set, and written in a random encoding for `encodedText`.
    private func input(_ kind: Seed, _ random: inout SplitMix64) -> [UInt8] {
        let choices = seeds[kind]!
        let seed = choices.count == 1 ? choices[0] : choices.randomElement(using: &random)!
        switch kind {
        case .text, .pdfText, .html, .encodedText:
            guard let windowBytes, seed.count > windowBytes else { return kind == .encodedText ? Self.encoded(seed, &random) : seed }
            let length = Int.random(in: 1...windowBytes, using: &random)
            let start = Int.random(in: 0...(seed.count - length), using: &random)
            let window = Array(seed[start..<(start + length)])
            return kind == .encodedText ? Self.encoded(window, &random) : window
        default:
            return seed
        }
    }

    /// `utf8` (a window may cut a character: its bytes are then replaced)
    /// written as UTF-8 with a byte-order mark, UTF-16 little- or big-endian
    /// with a mark, UTF-16 little-endian without one, or Windows-1252 (a
    /// character it lacks as `?`).
    static func encoded(_ utf8: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return [0xEF, 0xBB, 0xBF] + Array(String(decoding: utf8, as: UTF8.self).utf8)
        case 1: return encodedUTF16(utf8)
        case 2: return encodedUTF16(utf8, bigEndian: true)
        case 3: return encodedUTF16(utf8, mark: false)
        default: return encodedWindows1252(utf8)
        }
    }

    /// `utf8` in UTF-16, little-endian unless `bigEndian`, with a byte-order mark when `mark`.
    static func encodedUTF16(_ utf8: [UInt8], bigEndian: Bool = false, mark: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        bytes.reserveCapacity(utf8.count * 2 + 2)
        for unit in String(decoding: utf8, as: UTF8.self).utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// `utf8` in Windows-1252, a character it lacks as `?`.
    static func encodedWindows1252(_ utf8: [UInt8]) -> [UInt8] {
        String(decoding: utf8, as: UTF8.self).unicodeScalars.map { scalar in
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
            return windows1252High[scalar] ?? 0x3F
        }
    }

    /// The characters Windows-1252 puts at 0x80–0x9F.
    static let windows1252High: [Unicode.Scalar: UInt8] = {
        let scalars: [UInt32] = [0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
                                 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178]
        var table: [Unicode.Scalar: UInt8] = [:]
        for (offset, value) in scalars.enumerated() where value != 0 { table[Unicode.Scalar(value)!] = UInt8(0x80 + offset) }
        return table
    }()

    /// Applies one to four mutations.
    public static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case 1: bytes.removeSubrange(at...)
            case 2: bytes.insert(contentsOf: (0..<Int.random(in: 1...16, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
            case 3, 4: bytes.insert(contentsOf: snippets.randomElement(using: &random)!, at: at)
            case 5:
                // A token shape at the start of the next line, where labels and numbers are read.
                let lineStart = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                bytes.insert(contentsOf: tokenShapes.randomElement(using: &random)!, at: lineStart)
            case 6:
                // A token shape as a block of its own: it starts and ends a block.
                let lineStart = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                bytes.insert(contentsOf: [0x0A] + tokenShapes.randomElement(using: &random)! + [0x0A, 0x0A], at: lineStart)
            default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &random)))
            }
        }
        return bytes
    }

    /// The random stream of run `run` of the campaign with `seed`: its own,
    /// whatever ran before it, so that runs can be split between workers.
    public static func random(seed: UInt64, run: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ 0x5851_F42D_4C95_7F2D)
        var runMixer = SplitMix64(seed: UInt64(run) &+ mixer.next())
        return SplitMix64(seed: runMixer.next())
    }

    /// The kind and input of run `run` of the campaign with `seed`.
    func input(run: Int, seed: UInt64) -> (kind: Seed, input: [UInt8]) {
        var random = Self.random(seed: seed, run: run)
        let kind = Seed.allCases[run % Seed.allCases.count]
        return (kind, Self.mutate(input(kind, &random), &random))
    }

    /// `0..<count` cut into `jobs` consecutive ranges whose lengths differ by
    /// at most one (the first ones longer), none empty.
    public static func ranges(count: Int, jobs: Int) -> [Range<Int>] {
        let parts = max(1, min(jobs, count))
        let (size, longer) = count.quotientAndRemainder(dividingBy: parts)
        var start = 0
        return (0..<parts).map { part in
            let end = start + size + (part < longer ? 1 : 0)
            defer { start = end }
            return start..<end
        }
    }

    /// Runs `count` inputs from `seed` on `jobs` threads (each a consecutive
    /// range of runs, ``ranges(count:jobs:)``); the report is the same as one
    /// thread's, times aside. `watchdog` is told when each input starts;
    /// `progress`, when given, is called with the report so far of all
    /// workers (its `seconds` the time since the start) as it asks (``FuzzProgress``).
    public func run(count: Int, seed: UInt64, jobs: Int = 1, watchdog: FuzzWatchdog? = nil, progress: FuzzProgress<Report>? = nil) -> Report {
        run(runs: 0..<count, seed: seed, jobs: jobs, watchdog: watchdog, progress: progress)
    }

    /// Runs the inputs `runs` of the campaign with `seed` (a part of a longer
    /// one, to look again at the runs around a problem), as ``run(count:seed:jobs:watchdog:progress:)``.
    /// `marker`, with one job, gets the index of each run before it starts (for ``FuzzSupervisor``).
    public func run(runs: Range<Int>, seed: UInt64, jobs: Int = 1, watchdog: FuzzWatchdog? = nil, progress: FuzzProgress<Report>? = nil,
                    marker: FuzzRunMarker? = nil) -> Report {
        let started = Date()
        let cpuStarted = Self.processorSeconds()
        let ranges = Self.ranges(count: runs.count, jobs: jobs).map { ($0.lowerBound + runs.lowerBound)..<($0.upperBound + runs.lowerBound) }
        let tally = FuzzTally(workers: ranges.count, started: started, progress: progress)
        if ranges.count == 1 {
            tally.finish(worker: 0, run(ranges[0], seed: seed, worker: 0, watchdog: watchdog, tally: tally, marker: marker))
        } else {
            let campaign = self
            DispatchQueue.concurrentPerform(iterations: ranges.count) { worker in
                tally.finish(worker: worker, campaign.run(ranges[worker], seed: seed, worker: worker, watchdog: watchdog, tally: tally))
            }
        }
        var report = Report.combined(tally.reports)
        report.seconds = Date().timeIntervalSince(started)
        report.cpuSeconds = Self.processorSeconds() - cpuStarted
        return report
    }

    /// Runs the inputs of `runs` on this thread, with its own parsed schemas.
    private func run(_ runs: Range<Int>, seed: UInt64, worker: Int, watchdog: FuzzWatchdog?, tally: FuzzTally, marker: FuzzRunMarker? = nil) -> Report {
        var report = Report()
        guard let schemas = try? FuzzSchemas(root: root) else {
            report.problems.append("the schemas in \(root.appendingPathComponent("Schemas").path) cannot be loaded")
            return report
        }
        for index in runs {
            marker?.starting(run: index)
            let (kind, input) = input(run: index, seed: seed)
            watchdog?.started(worker: worker, input: input, label: "\(kind) run \(index) seed \(seed)")
            report.runs += 1
            let known = report.problems.count
            exercise(kind, input, schemas, &report)
            // Name the run, so that a problem of a long campaign can be replayed.
            for problem in known..<report.problems.count { report.problems[problem] = "run \(index) seed \(seed): " + report.problems[problem] }
            tally.update(worker: worker, report)
        }
        watchdog?.finished(worker: worker)
        return report
    }

    /// Processor time used by the process so far, user and system.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }

    /// The kind and input of run `run` of the campaign with `seed`, to replay a problem.
    public func replayInput(run: Int, seed: UInt64) -> (kind: String, input: [UInt8]) {
        let (kind, input) = input(run: run, seed: seed)
        return ("\(kind)", input)
    }

    private func exercise(_ kind: Seed, _ input: [UInt8], _ schemas: FuzzSchemas, _ report: inout Report) {
        do throws(InputError) {
            switch kind {
            case .nativeAlignment:
                let content = try NativeAlignmentReader().read(input, file: "fuzz.xml")
                report.documents += 1
                export(content.alignment, schemas, &report)
                return
            case .tmx:
                let tmx = try TMXReader().read(input, file: "fuzz.tmx")
                report.documents += 1
                export(TMXAlignmentBuilder().alignment(from: tmx, file: "fuzz.tmx"), schemas, &report)
                return
            default:
                break
            }
            let (document, text) = try read(kind, input)
            report.documents += 1
            if let text, !LosslessCoverage.violations(text.bytes, document, from: text.from).filter(text.counts).isEmpty {
                report.problems.append("\(kind): a document that is not lossless")
            }
            let counterpart = kind == .udhrXML || kind == .xces ? english : spanishCounterpart(for: input.count)
            export(Aligner(pivot: 0).align([counterpart, document]), schemas, &report)
        } catch {
            report.inputErrors += 1
        }
    }

    /// The Spanish counterpart of a text-like input of `bytes` bytes: without
    /// `windowBytes`, the whole text; with it, its first blocks, as many as hold
    /// `bytes` bytes of text (at least one), so that aligning, checking,
    /// exporting and rendering cost in proportion to the input.
    func spanishCounterpart(for bytes: Int) -> Document {
        guard windowBytes != nil, let last = spanishTextEnds.firstIndex(where: { $0 >= bytes }) else { return spanish }
        var document = spanish
        document.blocks = Array(document.blocks.prefix(last + 1))
        return document
    }

    /// Decodes as UTF-8, or as windows-1252 when that fails (as the CLI does with a plausible text).
    public static func decodeLikeTheCLI(_ bytes: [UInt8]) throws(InputError) -> DecodedText {
        do {
            return try TextDecoder().decode(bytes, file: "fuzz.txt")
        } catch {
            guard case .invalidUTF8 = error else { throw error }
            return try TextDecoder(forcedEncoding: .windows1252).decode(bytes, file: "fuzz.txt")
        }
    }

    /// The bytes a document's source ranges must cover losslessly, from offset
    /// `from` on, and which uncovered offsets count (in UTF-16, not the bytes of a white-space unit).
    private struct LosslessText {
        var bytes: [UInt8]
        var from = 0
        var counts: (Int) -> Bool = { _ in true }
    }

    /// The document, and the text its source ranges point into when they must cover it losslessly.
    private func read(_ kind: Seed, _ input: [UInt8]) throws(InputError) -> (Document, LosslessText?) {
        switch kind {
        case .text, .pdfText, .encodedText:
            let decoded = try Self.decodeLikeTheCLI(input)
            let from = decoded.byteOrderMarkLength
            var text = LosslessText(bytes: input, from: from)
            if decoded.encoding == .utf16LittleEndian || decoded.encoding == .utf16BigEndian {
                let bigEndian = decoded.encoding == .utf16BigEndian
                // An offset counts unless its code unit is white space (the units start after the mark).
                text.counts = { offset in
                    let unit = offset - (offset - from) % 2
                    guard unit + 1 < input.count else { return true }
                    let (low, high) = bigEndian ? (input[unit + 1], input[unit]) : (input[unit], input[unit + 1])
                    return !(high == 0 && [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains(low))
                }
            }
            return (PlainTextSegmenter().segment(decoded, sourceName: "fuzz.txt"), text)
        case .pdfBoxes:
            // As a PDF is read: its word boxes rebuilt into text (a reading without boxes falls back to pdftotext's text).
            guard let pages = PDFBoundingBoxDocument.pages(input), pages.contains(where: { !$0.lines.isEmpty }) else {
                throw .unsupportedFormat(file: "fuzz.pdf", detail: "no word boxes")
            }
            var decoded = try TextDecoder(forcedEncoding: .utf8).decode(Array(PDFGeometryReading.text(pages).utf8), file: "fuzz.pdf")
            decoded.paragraphsMarkedByGeometry = true
            let text = decoded.utf8
            return (PlainTextSegmenter().segment(decoded, sourceName: "fuzz.pdf"), LosslessText(bytes: text))
        case .udhrXML, .xces:
            return (try UDHRReader().read(input, file: "fuzz.xml"), nil)
        case .docx:
            let text = try DOCXReader().extractText(parts: try BoundedZIPArchive(bytes: input, file: "fuzz.docx"), file: "fuzz.docx")
            return (PlainTextSegmenter().segment(text, sourceName: "fuzz.docx"), LosslessText(bytes: text.utf8))
        case .html:
            let text = try HTMLReader().extractText(input, file: "fuzz.html", encoding: nil)
            return (PlainTextSegmenter().segment(text, sourceName: "fuzz.html"), LosslessText(bytes: text.utf8))
        case .nativeAlignment, .tmx:
            throw .unsupportedFormat(file: "fuzz", detail: "not a document")
        }
    }

    /// Checks, exports in the three formats and validates each output.
    private func export(_ alignment: Alignment, _ schemas: FuzzSchemas, _ report: inout Report) {
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        report.exports += 1
        func validate(_ bytes: [UInt8], _ schema: LoadedXMLSchema, _ what: String) {
            do throws(InputError) {
                let messages = try schema.validate(bytes, file: what)
                report.validatedOutputs += 1
                if !messages.isEmpty {
                    report.invalidOutputs += 1
                    report.problems.append("\(what) invalid: \(messages.first!)")
                }
            } catch {
                report.invalidOutputs += 1
                report.problems.append("\(what) unreadable: \(error)")
            }
        }
        if let native = try? NativeAlignmentWriter().write(content) { validate(native.bytes, schemas.native, "native") }
        if alignment.versions.compactMap(\.language).count >= 2, Set(alignment.versions.compactMap(\.language)).count >= 2,
           let tmx = try? TMXWriter().write(content) {
            validate(tmx.bytes, schemas.tmx, "tmx")
        }
        if let xces = try? XCESWriter().write(alignment, baseName: "fuzz") {
            for file in xces.documents { validate(file.bytes, schemas.xcesDocument, "xces \(file.name)") }
            for file in xces.linkFiles { validate(file.bytes, schemas.xcesAlign, "xces \(file.name)") }
        }
        render(content, &report)
    }

    /// What `show` prints (with colour at a width the alignment picks, and
    /// without colour in ASCII at a narrow one) and `report`'s HTML.
    private func render(_ content: CheckedAlignment, _ report: inout Report) {
        let table = SideBySideTable(alignment: content.alignment, findings: content.findings)
        let width = 8 + (content.alignment.links.count * 37 + content.findings.count) % 150
        for options in [SideBySideOptions(width: width, color: true), SideBySideOptions(width: 1 + width / 4, color: false, ascii: true)] {
            let layout = SideBySideLayout(table: table, options: options)
            for line in layout where !options.color {
                if line.unicodeScalars.contains(where: { TerminalSafeText.isUnsafe($0) }) {
                    report.problems.append("show: a line holds a control or a bidi override: \(TerminalSafeText.visible(line).prefix(80))")
                    break
                }
                if DisplayWidth.of(line) > layout.lineWidth {
                    report.problems.append("show: a line of width \(DisplayWidth.of(line)) in a layout of \(layout.lineWidth) at --width \(options.width)")
                    break
                }
            }
        }
        let html = HTMLReportWriter().render(table: table)
        if !html.hasSuffix("</html>\n") { report.problems.append("report: the HTML does not end with </html>") }
        report.views += 1
    }
}
