import Foundation
import ParityArchive
import ParityCore
import ParityTestSupport
import ParityXML

/// A seeded mutation fuzzer over every input reader and the whole pipeline
/// behind the commands (issue 11): real inputs of every format are mutated
/// (byte flips, cuts, random bytes, and snippets shaped like real text: time
/// phrases, dotted numbers, labels in six scripts, markup), read by their
/// reader, segmented, aligned with a real counterpart, checked and exported
/// as native XML, TMX and XCES, shown side by side as `show` prints it and
/// rendered as `report`'s HTML. The oracle, per input:
/// - the reader gives a document or an `InputError`, never a trap;
/// - a document read from text keeps every byte in exactly one block;
/// - every XML output is valid (native against its RelaxNG schema, TMX and
///   XCES against their DTDs), or the export refuses with an `ExportError`;
/// - no line of the side-by-side view without colour holds a control or a
///   bidi override (`TerminalSafeText`) or is wider than the layout's width;
/// - no input takes longer than `timeLimit` (`FuzzWatchdog` ends the process).
/// Seeded: the same seed tries the same inputs.
public struct FuzzCampaign {
    /// What a campaign found.
    public struct Report: Sendable, CustomStringConvertible {
        public var runs = 0
        public var documents = 0
        public var inputErrors = 0
        public var exports = 0
        public var validatedOutputs = 0
        /// XML outputs that failed validation or could not be read back (also in `problems`).
        public var invalidOutputs = 0
        /// Side-by-side views and HTML reports rendered.
        public var views = 0
        public var problems: [String] = []
        public var seconds = 0.0

        public var description: String {
            "\(runs) runs, \(documents) documents, \(inputErrors) input errors, \(exports) exports, "
                + "\(validatedOutputs) XML outputs validated (\(invalidOutputs) invalid), \(views) views and reports rendered, "
                + "\(problems.count) problems, "
                + String(format: "%.1f s (%.0f runs/s)", seconds, Double(runs) / max(seconds, 0.001))
        }

        /// One line of progress: runs done, crashes and hangs (none while the campaign
        /// runs in process: either ends it), invalid XML, other problems, time so far.
        public var progressLine: String {
            "parity-fuzz: \(runs) runs, 0 crashes, 0 hangs, \(invalidOutputs) invalid XML, "
                + "\(problems.count - invalidOutputs) other problems, "
                + String(format: "%.0f s elapsed (%.1f runs/s)", seconds, Double(runs) / max(seconds, 0.001))
        }
    }

    /// The real inputs mutated, by format.
    enum Seed: CaseIterable { case text, pdfText, udhrXML, docx, html, nativeAlignment, tmx }

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

    let seeds: [Seed: [UInt8]]
    let english: Document
    let spanish: Document
    let root: URL
    /// Longest time one input may take.
    public var timeLimit: Double = 10
    /// When set, each text, PDF-text and HTML input is a random window of at most
    /// this many bytes of its seed (a cut at both ends, as truncated files are),
    /// the Spanish counterpart is a window of the same size, and the alignment
    /// seeds are small alignments Parity made of real UDHR articles. Runs are then
    /// about an order of magnitude faster, for long campaigns.
    public let windowBytes: Int?

    /// Loads the seeds from the repository at `root`.
    public init(root: URL, windowBytes: Int? = nil) throws {
        self.windowBytes = windowBytes
        self.root = root
        func file(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: root.appendingPathComponent(relative))) }
        var seeds: [Seed: [UInt8]] = [
            .text: try file("Sources-Texts/un-hearings-2006/es.txt"),
            .pdfText: try file("Tests/Fixtures/generated-from-es-txt/es-generated.pdftotext-layout.txt"),
            .udhrXML: try file("Sources-Texts/udhr/udhr_spa.xml"),
            .docx: try file("Tests/Fixtures/generated-from-es-txt/es-generated-typed-numbers.docx"),
            .html: try file("Tests/Fixtures/generated-from-es-txt/es-generated.html"),
            .nativeAlignment: try file("Alignments/udhr.xml"),
            .tmx: try file("Alignments/udhr.tmx"),
        ]
        english = try UDHRReader().read(try file("Sources-Texts/udhr/udhr_eng.xml"), file: "udhr_eng.xml")
        let spanishText = try file("Sources-Texts/un-hearings-2006/es.txt")
        let counterpartText = windowBytes.map { Self.utf8Prefix(spanishText, $0) } ?? spanishText
        spanish = PlainTextSegmenter().segment(try TextDecoder().decode(counterpartText, file: "es.txt"), sourceName: "es.txt")
        if windowBytes != nil {
            seeds[.nativeAlignment] = try Self.smallAlignmentSeed(root, tmx: false)
            seeds[.tmx] = try Self.smallAlignmentSeed(root, tmx: true)
        }
        self.seeds = seeds
    }

    /// The longest prefix of `bytes` of at most `count` bytes that ends at a line end.
    static func utf8Prefix(_ bytes: [UInt8], _ count: Int) -> [UInt8] {
        guard bytes.count > count else { return bytes }
        let end = bytes[..<count].lastIndex(of: 0x0A).map { $0 + 1 } ?? count
        return Array(bytes[..<end])
    }

    /// Native XML or TMX that Parity writes for the first twelve blocks of the Spanish and English UDHR.
    static func smallAlignmentSeed(_ root: URL, tmx: Bool) throws -> [UInt8] {
        func document(_ name: String) throws -> Document {
            var document = try UDHRReader().read([UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts/udhr/\(name)"))), file: name)
            document.blocks = Array(document.blocks.prefix(12))
            return document
        }
        let alignment = Aligner(pivot: 0).align([try document("udhr_eng.xml"), try document("udhr_spa.xml")])
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        return tmx ? try TMXWriter().write(content).bytes : try NativeAlignmentWriter().write(content).bytes
    }

    /// A random window of `seed` for text-like seeds when `windowBytes` is set.
    private func input(_ kind: Seed, _ random: inout SplitMix64) -> [UInt8] {
        let seed = seeds[kind]!
        guard let windowBytes, seed.count > windowBytes else { return seed }
        switch kind {
        case .text, .pdfText, .html:
            let length = Int.random(in: 1...windowBytes, using: &random)
            let start = Int.random(in: 0...(seed.count - length), using: &random)
            return Array(seed[start..<(start + length)])
        default:
            return seed
        }
    }

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

    /// Runs `count` inputs from `seed`; `watchdog` is told when each starts;
    /// `progress`, when given, is called with the report so far (its `seconds`
    /// the time since the start) as it asks (``FuzzProgress``).
    public func run(count: Int, seed: UInt64, watchdog: FuzzWatchdog? = nil, progress: FuzzProgress<Report>? = nil) -> Report {
        var random = SplitMix64(seed: seed)
        var report = Report()
        let started = Date()
        let kinds = Seed.allCases
        for index in 0..<count {
            let kind = kinds[index % kinds.count]
            let input = Self.mutate(self.input(kind, &random), &random)
            watchdog?.started(input: input, label: "\(kind) run \(index) seed \(seed)")
            report.runs += 1
            let known = report.problems.count
            exercise(kind, input, &report)
            // Name the run, so that a problem of a long campaign can be replayed.
            for problem in known..<report.problems.count { report.problems[problem] = "run \(index) seed \(seed): " + report.problems[problem] }
            if let progress, progress.isDue(runs: report.runs) {
                report.seconds = Date().timeIntervalSince(started)
                progress.tell(report)
            }
        }
        watchdog?.finished()
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// The input of run `run` of the campaign with `seed` and its kind, made
    /// as ``run(count:seed:watchdog:)`` makes it (every earlier input is made
    /// too, so that the random stream is the same), to replay a problem.
    public func replayInput(run: Int, seed: UInt64) -> (kind: String, input: [UInt8]) {
        var random = SplitMix64(seed: seed)
        let kinds = Seed.allCases
        var last: (String, [UInt8]) = ("", [])
        for index in 0...run {
            let kind = kinds[index % kinds.count]
            last = ("\(kind)", Self.mutate(self.input(kind, &random), &random))
        }
        return last
    }

    private func exercise(_ kind: Seed, _ input: [UInt8], _ report: inout Report) {
        do throws(InputError) {
            switch kind {
            case .nativeAlignment:
                let content = try NativeAlignmentReader().read(input, file: "fuzz.xml")
                report.documents += 1
                export(content.alignment, &report)
                return
            case .tmx:
                let tmx = try TMXReader().read(input, file: "fuzz.tmx")
                report.documents += 1
                export(TMXAlignmentBuilder().alignment(from: tmx, file: "fuzz.tmx"), &report)
                return
            default:
                break
            }
            let (document, text) = try read(kind, input)
            report.documents += 1
            if let text, !LosslessCoverage.violations(text, document).isEmpty {
                report.problems.append("\(kind): a document that is not lossless")
            }
            let counterpart = kind == .udhrXML ? english : spanish
            export(Aligner(pivot: 0).align([counterpart, document]), &report)
        } catch {
            report.inputErrors += 1
        }
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

    /// The document, and the text its source ranges point into when they must cover it losslessly.
    private func read(_ kind: Seed, _ input: [UInt8]) throws(InputError) -> (Document, [UInt8]?) {
        switch kind {
        case .text, .pdfText:
            let decoded = try Self.decodeLikeTheCLI(input)
            return (PlainTextSegmenter().segment(decoded, sourceName: "fuzz.txt"), decoded.byteOrderMarkLength == 0 ? input : nil)
        case .udhrXML:
            return (try UDHRReader().read(input, file: "fuzz.xml"), nil)
        case .docx:
            let text = try DOCXReader().extractText(parts: try BoundedZIPArchive(bytes: input, file: "fuzz.docx"), file: "fuzz.docx")
            return (PlainTextSegmenter().segment(text, sourceName: "fuzz.docx"), text.utf8)
        case .html:
            let text = try HTMLReader().extractText(input, file: "fuzz.html", encoding: nil)
            return (PlainTextSegmenter().segment(text, sourceName: "fuzz.html"), text.utf8)
        case .nativeAlignment, .tmx:
            throw .unsupportedFormat(file: "fuzz", detail: "not a document")
        }
    }

    /// Checks, exports in the three formats and validates each output.
    private func export(_ alignment: Alignment, _ report: inout Report) {
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        report.exports += 1
        func validate(_ bytes: [UInt8], _ schema: String, relaxNG: Bool, _ what: String) {
            let path = root.appendingPathComponent("Schemas").appendingPathComponent(schema).path
            do throws(InputError) {
                let messages = relaxNG
                    ? try XMLValidator.validate(bytes, file: what, againstRelaxNGAt: path)
                    : try XMLValidator.validate(bytes, file: what, againstDTDAt: path)
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
        if let native = try? NativeAlignmentWriter().write(content) { validate(native.bytes, "parity-alignment.rng", relaxNG: true, "native") }
        if alignment.versions.compactMap(\.language).count >= 2, Set(alignment.versions.compactMap(\.language)).count >= 2,
           let tmx = try? TMXWriter().write(content) {
            validate(tmx.bytes, "tmx14.dtd", relaxNG: false, "tmx")
        }
        if let xces = try? XCESWriter().write(alignment, baseName: "fuzz") {
            for file in xces.documents { validate(file.bytes, "xces-sentence-doc.dtd", relaxNG: false, "xces \(file.name)") }
            for file in xces.linkFiles { validate(file.bytes, "xces-align.dtd", relaxNG: false, "xces \(file.name)") }
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
