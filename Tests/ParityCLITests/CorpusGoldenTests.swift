import Foundation
import ParityTestSupport
import ParityXML
import Testing

/// The main job (`parity corpus Sources-Texts -o Alignments`, README's run
/// command) regenerates exactly the committed files of `Alignments/`, and
/// those files are valid. Re-record with `PARITY_RECORD=1 swift test`.
@Suite struct CorpusGoldenTests {
    static let expectedFiles = ["udhr.tmx", "udhr.xml", "un-hearings-2006.xml"]

    /// The TMX `creationdate` of the committed files, as README says:
    /// `SOURCE_DATE_EPOCH=1795996800` (2026-11-30T00:00:00Z).
    static let sourceDateEpoch = "1795996800"

    /// This process's environment with the fixed `SOURCE_DATE_EPOCH`.
    static var fixedDateEnvironment: [String: String] {
        ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": sourceDateEpoch]) { _, fixed in fixed }
    }

    @Test func corpusRegeneratesTheCommittedAlignments() throws {
        let record = ProcessInfo.processInfo.environment["PARITY_RECORD"] == "1"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = record ? "Alignments" : scratch.path
        let run = try ParityExecutable.run(["corpus", "Sources-Texts", "-o", output] + (record ? ["--force"] : []), environment: Self.fixedDateEnvironment)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError == "")
        #expect(run.outputLines == [
            "udhr: 6 versions (ar,zh,en,fr,ru,es), 94 links, 0 errors, 6 warnings, 6 info -> \(output)/udhr.xml, \(output)/udhr.tmx",
            "un-hearings-2006: 1 version (es), 160 links, 0 errors, 0 warnings, 0 info -> \(output)/un-hearings-2006.xml",
            "corpus: 2 sets: 2 written, 0 up to date, 0 failed; 0 files skipped",
        ])
        let written = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(written == Self.expectedFiles)
        for name in Self.expectedFiles {
            let fresh = try Data(contentsOf: URL(fileURLWithPath: output).appendingPathComponent(name))
            let committed = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Alignments").appendingPathComponent(name))
            #expect(fresh == committed, "Alignments/\(name) is stale: run `SOURCE_DATE_EPOCH=\(Self.sourceDateEpoch) swift run parity corpus Sources-Texts -o Alignments --force`")
        }
    }

    @Test func readmeShowsTheMainJobAndWhatItPrints() throws {
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("\n    swift run parity corpus Sources-Texts -o Alignments\n"))
        #expect(readme.contains("\n    SOURCE_DATE_EPOCH=\(Self.sourceDateEpoch) swift run parity corpus Sources-Texts -o Alignments --force\n"))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-readme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try ParityExecutable.run(["corpus", "Sources-Texts", "-o", scratch.path])
        #expect(run.exitCode == 0)
        #expect(run.outputLines.count == 3)
        for line in run.outputLines {
            let shown = line.replacingOccurrences(of: scratch.path, with: "Alignments")
            #expect(readme.contains("\n    \(shown)\n"), "README lacks: \(shown)")
        }
    }

    @Test(arguments: ["udhr.xml", "un-hearings-2006.xml"])
    func committedNativeAlignmentIsValidAgainstItsSchema(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Alignments/\(name)")))
        let schema = RepositoryPaths.root.appendingPathComponent("Schemas/parity-alignment.rng").path
        #expect(try XMLValidator.validate(bytes, file: name, againstRelaxNGAt: schema).isEmpty)
    }

    @Test func committedTMXIsValidTMX14bWithOneUnitPerArticle() throws {
        let bytes = [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Alignments/udhr.tmx")))
        let dtd = RepositoryPaths.root.appendingPathComponent("Schemas/tmx14.dtd").path
        #expect(try XMLValidator.validate(bytes, file: "udhr.tmx", againstDTDAt: dtd).isEmpty)
        let tmx = try TMXReader().read(bytes, file: "udhr.tmx")
        #expect(tmx.sourceLanguage == "en")
        let articles = tmx.units.filter { $0.property("x-kind") == "article" }
        #expect(articles.count == 30)
        #expect(articles.allSatisfy { $0.variants.count == 6 })
        #expect(articles.map(\.id) == (1...30).map { "udhr:art\($0)" })
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">"))
        #expect(text.components(separatedBy: "<tu tuid=").count - 1 == tmx.units.count)
        #expect(text.components(separatedBy: " creationdate=\"20261130T000000Z\"").count - 1 == tmx.units.count + 1)
    }

    /// Blocks that one TMX unit joins (`x-block-ids` "pre4 pre5") become one
    /// block whose id is still an XML name, so the alignment can be exported again.
    @Test func committedTMXConvertsToValidNativeXML() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parity-tmx-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try ParityExecutable.run(["align", "Alignments/udhr.tmx", "-o", scratch.path])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let bytes = [UInt8](try Data(contentsOf: scratch))
        let schema = RepositoryPaths.root.appendingPathComponent("Schemas/parity-alignment.rng").path
        #expect(try XMLValidator.validate(bytes, file: "from-tmx.xml", againstRelaxNGAt: schema).isEmpty)
        let alignment = try NativeAlignmentReader().read(bytes, file: "from-tmx.xml").alignment
        #expect(alignment.versions.count == 6)
        #expect(alignment.versions[0].blocks.contains { $0.id == "pre7_pre8" })
    }

    @Test func checkReadsTheCommittedAlignmentWithoutAligningAgain() throws {
        let run = try ParityExecutable.run(["check", "Alignments/udhr.xml"])
        #expect(run.exitCode == 0)
        #expect(run.outputLines.last == "0 errors, 6 warnings, 6 info")
    }
}
