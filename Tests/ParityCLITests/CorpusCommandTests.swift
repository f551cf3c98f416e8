import Foundation
import ParityCore
import ParityIO
import ParityTestSupport
import Testing
@testable import parity

/// A corpus laid out in a temporary folder for `parity corpus`: the texts are
/// the real UDHR versions of `Sources-Texts/udhr`, copied unchanged into
/// constructed sets, and damaged on purpose in every twentieth set.
struct ConstructedCorpus {
    /// How a damaged set is damaged.
    enum Damage: CaseIterable {
        /// `es.xml` is binary data.
        case binary
        /// An extra `ru.docx` is the first half of a real DOCX file.
        case truncatedDOCX
        /// `es.xml` is empty.
        case empty
        /// `fr.xml` holds the English text.
        case wrongLanguage
        /// A second Spanish file, `spa.xml`.
        case duplicatedLanguage

        /// Whether the set cannot be written.
        var fails: Bool { self == .binary || self == .truncatedDOCX || self == .empty }
    }

    let root: URL
    let source: URL
    /// Set name → its damage, for the damaged sets.
    var damaged: [String: Damage] = [:]
    /// Every set's name, sorted.
    var names: [String] = []

    /// Builds `count` folder sets (every third also with French) and `flat`
    /// sets of loose files named like UN documents (`A_61_7-EN.xml`), plus
    /// notes and a stray file.
    init(sets count: Int, flat: Int = 3, damageEvery: Int = 20) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("parity-corpus-test-\(UUID().uuidString)")
        source = root.appendingPathComponent("corpus")
        let udhr = RepositoryPaths.root.appendingPathComponent("Sources-Texts/udhr")
        let english = try Data(contentsOf: udhr.appendingPathComponent("udhr_eng.xml"))
        let spanish = try Data(contentsOf: udhr.appendingPathComponent("udhr_spa.xml"))
        let french = try Data(contentsOf: udhr.appendingPathComponent("udhr_fra.xml"))
        let docx = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/generated-from-es-txt/es-generated-typed-numbers.docx"))
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Data("Constructed corpus for CorpusCommandTests.\n".utf8).write(to: source.appendingPathComponent("README.md"))
        for index in 0..<count {
            let name = String(format: "set-%04d", index)
            names.append(name)
            let folder = source.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("Copies of the UDHR from Sources-Texts/udhr.\n".utf8).write(to: folder.appendingPathComponent("SOURCE.txt"))
            try english.write(to: folder.appendingPathComponent("en.xml"))
            try spanish.write(to: folder.appendingPathComponent("es.xml"))
            if index % 3 == 0 { try french.write(to: folder.appendingPathComponent("fr.xml")) }
            guard index % damageEvery == damageEvery - 1 else { continue }
            let damage = Damage.allCases[(index / damageEvery) % Damage.allCases.count]
            damaged[name] = damage
            switch damage {
            case .binary: try Data([0x50, 0x4B, 0x00, 0x00, 0xFF, 0x00, 0x13, 0x37] + Array(repeating: 0, count: 64)).write(to: folder.appendingPathComponent("es.xml"))
            case .truncatedDOCX: try docx.prefix(docx.count / 2).write(to: folder.appendingPathComponent("ru.docx"))
            case .empty: try Data().write(to: folder.appendingPathComponent("es.xml"))
            case .wrongLanguage: try english.write(to: folder.appendingPathComponent("fr.xml"))
            case .duplicatedLanguage: try spanish.write(to: folder.appendingPathComponent("spa.xml"))
            }
        }
        for index in 0..<flat {
            try english.write(to: source.appendingPathComponent("A_61_\(index)-EN.xml"))
            try spanish.write(to: source.appendingPathComponent("A-61-\(index).es.xml"))
            names.append("A_61_\(index)")
        }
        try Data("NOTES: a note file, skipped without a warning\n".utf8).write(to: source.appendingPathComponent("NOTES.txt"))
        try Data("two lines of a draft\nin English\n".utf8).write(to: source.appendingPathComponent("draft.md"))
        names.sort()
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every file below `folder`, relative path → bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }
}

@Suite struct CorpusCommandTests {
    // MARK: Naming rules

    @Test(arguments: [
        ("A_61_187-ES.pdf", "A_61_187", "es"), ("A_61_187-EN.pdf", "A_61_187", "en"), ("A-61-187.es.txt", "A-61-187", "es"),
        ("es.txt", "", "es"), ("udhr_eng.xml", "udhr", "en"), ("udhr_cmn_hans.xml", "udhr", "zh"), ("udhr_arb.xml", "udhr", "ar"),
        ("A_C.4_SR.985-FR.pdf", "A_C.4_SR.985", "fr"), ("report_pt_BR.docx", "report", "pt-BR"), ("S_RES_2803_2025-ZH.pdf", "S_RES_2803_2025", "zh"),
    ])
    func fileNameGivesSymbolAndLanguage(_ name: String, _ symbol: String, _ language: String) {
        let split = FileNameLanguage.split(name)
        #expect(split?.symbol == symbol)
        #expect(split?.language.rawValue == language)
    }

    @Test(arguments: ["notes.md", "README.md", "SOURCE.txt", "draft_v2.txt", "text.txt", "A_61_187.pdf", "summary.html"])
    func fileNameWithoutALanguageGivesNone(_ name: String) {
        #expect(FileNameLanguage.split(name) == nil)
    }

    @Test func flatFilesGroupBySymbolWhateverTheSeparator() {
        let (sets, skipped) = DocumentSetFinder.flatSets(["d/A_61_187-ES.pdf", "d/A-61-187.en.txt", "d/A_61_188-EN.pdf", "d/notes.md", "d/a_61_187-es.docx"])
        #expect(sets.map(\.name) == ["A_61_187", "A_61_188"])
        #expect(sets[0].files == [SetFile(path: "d/A_61_187-ES.pdf", language: .spanish), SetFile(path: "d/A-61-187.en.txt", language: .english)])
        #expect(sets[0].skipped.map(\.path) == ["d/a_61_187-es.docx"])
        #expect(skipped.map(\.path) == ["d/notes.md"])
    }

    @Test func csvAndJSONManifestsListTheSameSets() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let csv = try files.write("corpus.csv", Array("set,language,path\nudhr,en,en.xml\nudhr,es,\"es.xml\"\nudhr,es,spa.xml\nudhr,xx-what,fr.xml\nother,,x.txt\n".utf8))
        let json = try files.write("corpus.json", Array("""
            [{"set":"udhr","language":"en","path":"en.xml"},{"set":"udhr","language":"es","path":"es.xml"},
             {"set":"udhr","language":"es","path":"spa.xml"},{"set":"udhr","language":"xx-what","path":"fr.xml"},
             {"set":"other","path":"x.txt"}]
            """.utf8))
        let fromCSV = try CorpusManifest.read(csv)
        let fromJSON = try CorpusManifest.read(json)
        #expect(fromCSV == fromJSON)
        #expect(fromCSV.sets.map(\.name) == ["other", "udhr"])
        let udhr = fromCSV.sets[1]
        #expect(udhr.files.map(\.language) == [.english, .spanish])
        #expect(udhr.skipped.map { DocumentSetFinder.lastComponent($0.path) } == ["spa.xml", "fr.xml"])
        #expect(fromCSV.sets[0].files.map(\.language) == [nil])
    }

    @Test func aSetFolderWithNamedVersionsSkipsUnnamedFiles() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let udhr = RepositoryPaths.root.appendingPathComponent("Sources-Texts/udhr")
        _ = try files.write("en.xml", Array(try Data(contentsOf: udhr.appendingPathComponent("udhr_eng.xml"))))
        _ = try files.write("draft.md", Array("two lines\nof an English draft\n".utf8))
        _ = try files.write("README", Array("read me\n".utf8))
        let set = try #require(DocumentSetFinder.folderSet(name: "s", folder: files.directory.path))
        #expect(set.files.map { DocumentSetFinder.lastComponent($0.path) } == ["en.xml"])
        #expect(set.skipped.map { DocumentSetFinder.lastComponent($0.path) } == ["README", "draft.md"])
        #expect(set.skipped.map(\.isNote) == [true, false])
    }

    @Test func shardsSplitEverySetOnce() {
        let names = (0..<500).map { "set-\($0)" }
        let shards = (1...4).map { CorpusShard(argument: "\($0)/4")! }
        for name in names { #expect(shards.filter { $0.contains(name) }.count == 1) }
        #expect(shards.allSatisfy { shard in names.filter(shard.contains).count > 80 })
        #expect(CorpusShard(argument: "0/4") == nil)
        #expect(CorpusShard(argument: "5/4") == nil)
    }

    // MARK: Runs of the executable

    /// Every good set written, every bad one reported (set, file, reason), exit code 1.
    @Test func aDamagedCorpusWritesEveryGoodSetAndReportsEveryBadOne() throws {
        let corpus = try ConstructedCorpus(sets: 200)
        defer { corpus.remove() }
        let output = corpus.root.appendingPathComponent("out")
        let summary = corpus.root.appendingPathComponent("summary.json")
        let run = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output.path, "--summary", summary.path, "--quiet"], timeout: 600)
        #expect(run.exitCode == 1)
        let failing = corpus.damaged.filter(\.value.fails).keys.sorted()
        #expect(corpus.damaged.count == 10)
        #expect(failing.count == 6)
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: output.path))
        for name in corpus.names {
            if failing.contains(name) {
                #expect(!written.contains("\(name).xml") && !written.contains("\(name).tmx"), "\(name) failed but has output")
                let lines = run.errorLines.filter { $0.hasPrefix("parity: \(name): \(corpus.source.path)/\(name)/") }
                #expect(lines.count == 1, "\(name): \(lines)")
            } else {
                #expect(written.contains("\(name).xml") && written.contains("\(name).tmx"), "\(name) not written")
            }
        }
        #expect(!written.contains { $0.hasSuffix(".parity-tmp") })
        for (name, damage) in corpus.damaged {
            let lines = run.errorLines.filter { $0.hasPrefix("parity: \(name): ") }
            let folder = "\(corpus.source.path)/\(name)"
            switch damage {
            case .binary: #expect(lines == ["parity: \(name): \(folder)/es.xml: binary data, not text (NUL byte at byte offset 2)"])
            case .truncatedDOCX: #expect(lines.count == 1 && lines[0].hasPrefix("parity: \(name): \(folder)/ru.docx: truncated input: "))
            case .empty: #expect(lines == ["parity: \(name): \(folder)/es.xml: the file is empty"])
            case .wrongLanguage: #expect(lines == ["parity: \(name): \(folder)/fr.xml: warning: named 'fr' but the text reads as 'en'; kept as 'fr'"])
            case .duplicatedLanguage: #expect(lines == ["parity: \(name): \(folder)/spa.xml: skipped: a second file for 'es' (the first is es.xml)"])
            }
        }
        #expect(run.errorLines.count == 11)
        #expect(run.errorLines.contains("parity: \(corpus.source.path)/draft.md: skipped: its name gives no symbol and language (like A_61_187-EN.pdf)"))
        #expect(run.outputLines.count == corpus.names.count + 1)
        #expect(run.outputLines.last == "corpus: \(corpus.names.count) sets: \(corpus.names.count - 6) written, 0 up to date, 6 failed; 3 files skipped")
        let flatLine = try #require(run.outputLines.first)
        #expect(flatLine.hasPrefix("A_61_0: 2 versions (es,en), "))
        #expect(flatLine.hasSuffix(" -> \(output.path)/A_61_0.xml, \(output.path)/A_61_0.tmx"))

        let decoded = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: summary))
        #expect(decoded.totals.sets == corpus.names.count)
        #expect(decoded.totals.failed == 6)
        #expect(decoded.sets.map(\.set) == corpus.names)
        #expect(decoded.sets.filter { $0.status == .failed }.map(\.set) == failing)
        let first = try #require(decoded.sets.first { $0.set == "set-0000" })
        #expect(first.versions.map(\.language) == ["en", "es", "fr"])
        #expect(first.versions.allSatisfy { $0.languageFrom == "name" })
        #expect(run.outputLines.contains { $0.hasPrefix("set-0000: 3 versions (en,es,fr), \(first.links ?? -1) links, ") })
    }

    /// Output order and bytes do not depend on the number of concurrent sets.
    @Test func aParallelRunPrintsAndWritesExactlyWhatASerialRunDoes() throws {
        let corpus = try ConstructedCorpus(sets: 40, damageEvery: 4)
        defer { corpus.remove() }
        var runs: [ParityExecutable.Run] = []
        var outputs: [[String: Data]] = []
        for jobs in ["1", "4"] {
            let output = corpus.root.appendingPathComponent("out")
            var environment = ProcessInfo.processInfo.environment
            environment["SOURCE_DATE_EPOCH"] = "1795996800"  // the TMX creationdate, else the time of each run
            let run = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output.path, "-j", jobs, "--quiet"], timeout: 600,
                                               environment: environment)
            runs.append(run)
            outputs.append(try ConstructedCorpus.contents(of: output))
            try FileManager.default.removeItem(at: output)
        }
        #expect(runs[0].exitCode == 1)
        #expect(runs[0].standardOutput == runs[1].standardOutput)
        #expect(runs[0].standardError == runs[1].standardError)
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].count == 2 * (43 - 6))
    }

    /// A second run keeps outputs newer than their inputs; a changed input or `--force` redoes.
    @Test func aSecondRunResumesAndForceRedoes() throws {
        let corpus = try ConstructedCorpus(sets: 4, flat: 0, damageEvery: 1000)
        defer { corpus.remove() }
        let output = corpus.root.appendingPathComponent("out").path
        let summary = corpus.root.appendingPathComponent("summary.json").path
        let first = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output, "--summary", summary])
        #expect(first.exitCode == 0, "\(first.standardError)")
        let firstSummary = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: URL(fileURLWithPath: summary)))
        let second = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output, "--summary", summary])
        #expect(second.exitCode == 0)
        #expect(second.outputLines == [
            "set-0000: up to date -> \(output)/set-0000.xml, \(output)/set-0000.tmx",
            "set-0001: up to date -> \(output)/set-0001.xml, \(output)/set-0001.tmx",
            "set-0002: up to date -> \(output)/set-0002.xml, \(output)/set-0002.tmx",
            "set-0003: up to date -> \(output)/set-0003.xml, \(output)/set-0003.tmx",
            "corpus: 4 sets: 0 written, 4 up to date, 0 failed; 1 file skipped",
        ])
        let secondSummary = try JSONDecoder().decode(CorpusSummary.self, from: Data(contentsOf: URL(fileURLWithPath: summary)))
        #expect(secondSummary.sets.map(\.links) == firstSummary.sets.map(\.links))
        #expect(secondSummary.sets.map(\.findings) == firstSummary.sets.map(\.findings))

        // A touched input: only its set is redone.
        let touched = corpus.source.appendingPathComponent("set-0002/es.xml").path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: touched)
        let third = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output])
        #expect(third.outputLines.filter { $0.contains("up to date ->") }.count == 3)
        #expect(third.outputLines[2].hasPrefix("set-0002: 2 versions (en,es), "))

        let forced = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output, "--force"])
        #expect(forced.outputLines.last == "corpus: 4 sets: 4 written, 0 up to date, 0 failed; 1 file skipped")
    }

    /// The shards of a run cover every set once and their summaries merge into the whole run's.
    @Test func shardSummariesMergeIntoTheWholeRunsSummary() throws {
        let corpus = try ConstructedCorpus(sets: 24, damageEvery: 6)
        defer { corpus.remove() }
        let output = corpus.root.appendingPathComponent("out").path
        let whole = corpus.root.appendingPathComponent("whole.json").path
        _ = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output, "--summary", whole, "--force"], timeout: 600)
        var shardFiles: [String] = []
        var setsSeen = 0
        for index in 1...3 {
            let path = corpus.root.appendingPathComponent("shard-\(index).json").path
            let run = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output, "--summary", path, "--shard", "\(index)/3", "--force"], timeout: 600)
            setsSeen += run.outputLines.count - 1
            shardFiles.append(path)
        }
        #expect(setsSeen == corpus.names.count)
        let merged = corpus.root.appendingPathComponent("merged.json").path
        let merge = try ParityExecutable.run(["corpus", "--merge-summaries"] + shardFiles + ["-o", merged])
        #expect(merge.exitCode == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: merged)) == Data(contentsOf: URL(fileURLWithPath: whole)))
        let again = try ParityExecutable.run(["corpus", "--merge-summaries", shardFiles[0], shardFiles[0], "-o", merged])
        #expect(again.exitCode == 2)
    }

    /// A run stopped while a set's files are staged leaves neither temporary nor partial files.
    @Test func anInterruptedRunLeavesNoPartialOutput() throws {
        let corpus = try ConstructedCorpus(sets: 3, flat: 0, damageEvery: 1000)
        defer { corpus.remove() }
        let output = corpus.root.appendingPathComponent("out")
        var environment = ProcessInfo.processInfo.environment
        environment["PARITY_TEST_HOLD_STAGED_OUTPUT"] = "5000"
        let run = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output.path, "-j", "1"], timeout: 2.5, environment: environment)
        #expect(run.exitCode != 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(left.isEmpty, "\(left)")
    }

    @Test func badUsageAndAMissingSourceExitWithCodeTwo() throws {
        let missing = try ParityExecutable.run(["corpus", "/nonexistent/corpus", "-o", "/tmp/parity-never"])
        #expect(missing.exitCode == 2)
        #expect(missing.errorLines == ["parity: /nonexistent/corpus: cannot read: no such folder or manifest"])
        let formats = try ParityExecutable.run(["corpus", "Sources-Texts", "-o", "/tmp/parity-never", "--formats", "xml,pdf"])
        #expect(formats.exitCode == 2)
        let shard = try ParityExecutable.run(["corpus", "Sources-Texts", "-o", "/tmp/parity-never", "--shard", "4/3"])
        #expect(shard.exitCode == 2)
    }

    @Test func xcesFormatWritesADocumentPerVersionAndALinkFilePerOtherVersion() throws {
        let corpus = try ConstructedCorpus(sets: 1, flat: 0, damageEvery: 1000)
        defer { corpus.remove() }
        let output = corpus.root.appendingPathComponent("out")
        let run = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output.path, "--formats", "xces,xml"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [
            "set-0000.en-es.xml", "set-0000.en-fr.xml", "set-0000.en.xml", "set-0000.es.xml", "set-0000.fr.xml", "set-0000.xml",
        ])
        let english = try String(contentsOf: output.appendingPathComponent("set-0000.en.xml"), encoding: .utf8)
        #expect(english.contains("<!DOCTYPE cesDoc SYSTEM \"xces-sentence-doc.dtd\">") && english.contains("<s id=\""))
        let links = try String(contentsOf: output.appendingPathComponent("set-0000.en-fr.xml"), encoding: .utf8)
        #expect(links.contains("<cesAlign version=\"1.0\" fromDoc=\"set-0000.en.xml\" toDoc=\"set-0000.fr.xml\">"))
        let again = try ParityExecutable.run(["corpus", corpus.source.path, "-o", output.path, "--formats", "xces,xml"])
        #expect(again.outputLines.first?.hasPrefix("set-0000: up to date -> ") == true)
    }

    /// Issue 13, item 2: `--tmx-lang` maps language codes to regional tags in the corpus's TMX files too.
    @Test func tmxLanguageTagsApplyToCorpusTMX() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let output = files.directory.appendingPathComponent("out")
        let run = try ParityExecutable.run(["corpus", "Sources-Texts", "-o", output.path, "--formats", "tmx", "--quiet",
                                            "--tmx-lang", "es=es-ES,zh=zh-CN"])
        #expect(run.exitCode == 0)
        let tmx = try String(contentsOf: output.appendingPathComponent("udhr.tmx"), encoding: .utf8)
        #expect(tmx.contains("<tuv xml:lang=\"es-ES\">"))
        #expect(tmx.contains("<tuv xml:lang=\"zh-CN\">"))
        #expect(!tmx.contains("<tuv xml:lang=\"es\">"))
        #expect(tmx.contains("<tuv xml:lang=\"fr\">"))
        let bad = try ParityExecutable.run(["corpus", "Sources-Texts", "-o", output.path, "--tmx-lang", "es=fr-FR"])
        #expect(bad.exitCode == 2)
        #expect(bad.errorLines.first?.hasPrefix("parity: error: --tmx-lang: ") == true)
    }
}
