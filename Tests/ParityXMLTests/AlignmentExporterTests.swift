import Foundation
import ParityCore
import ParityXML
import Testing

@Suite struct AlignmentExporterTests {
    /// A fresh empty directory, removed by `cleanUp`.
    private func makeDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parity-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func listing(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test func constructedNativeExportWritesExactlyTheWriterBytes() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let content = ConstructedAlignments.threeWay()
        let path = "\(directory)/out.xml"
        try Data("old content".utf8).write(to: URL(fileURLWithPath: path))
        let report = try AlignmentExporter(format: .native).write(content, to: path)
        #expect(report.paths == [path])
        #expect(try listing(directory) == ["out.xml"])
        let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == (try NativeAlignmentWriter().write(content).bytes))
        #expect(try NativeAlignmentReader().read(written, file: path) == content)
    }

    @Test func constructedXCESExportIntoADirectoryNamesFilesAfterThePivotSymbol() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try AlignmentExporter(format: .xces).write(ConstructedAlignments.threeWay(), to: directory)
        #expect(report.paths.count == 5)
        #expect(try listing(directory) == [
            "A_00_000.en.xml", "A_00_000.es-en.xml", "A_00_000.es-fr.xml", "A_00_000.es.xml", "A_00_000.fr.xml",
        ])
    }

    @Test func constructedXCESExportIntoADirectoryWithoutASymbolNamesFilesAfterThePivotFile() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var content = ConstructedAlignments.threeWay()
        content.alignment.versions[0].metadata.symbol = nil
        _ = try AlignmentExporter(format: .xces).write(content, to: directory)
        #expect(try listing(directory) == [
            "constructed-es.en.xml", "constructed-es.es-en.xml", "constructed-es.es-fr.xml",
            "constructed-es.es.xml", "constructed-es.fr.xml",
        ])
    }

    @Test func constructedXCESExportWithABaseName() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try AlignmentExporter(format: .xces).write(ConstructedAlignments.threeWay(), to: "\(directory)/udhr")
        #expect(report.paths.first == "\(directory)/udhr.es.xml")
        #expect(try listing(directory).count == 5)
    }

    @Test func constructedTMXExportWithAPair() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/a.tmx"
        _ = try AlignmentExporter(format: .tmx, tmxLanguages: .pair(.english, .french)).write(ConstructedAlignments.threeWay(), to: path)
        let document = try TMXReader().read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        #expect(document.sourceLanguage == "en")
        #expect(document.units.count == 7)
    }

    /// The files are written as they are made (`XMLOutputDestination.file`):
    /// byte for byte what `render` makes in memory, in every format, for the
    /// six-language UDHR (N-way TMX, XCES's five link files).
    @Test(arguments: [AlignmentExporter.Format.native, .tmx, .xces])
    func realUDHRStreamedFilesEqualTheRenderedBytes(format: AlignmentExporter.Format) throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let content = try RealUDHRAlignment.make()
        let exporter = AlignmentExporter(format: format, tmxLanguages: .allLanguages, tmxDate: TMXDate(secondsSince1970: 0))
        let output = "\(directory)/udhr" + (format == .xces ? "" : ".xml")
        let rendered = try exporter.render(content, output: output)
        let report = try exporter.write(content, to: output)
        #expect(report.paths == rendered.files.map(\.path))
        #expect(report.warnings == rendered.warnings)
        #expect(rendered.files.count == (format == .xces ? 11 : 1))
        for file in rendered.files {
            #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path))) == file.bytes, "\(file.path)")
        }
    }

    /// A write that fails while the document is streamed (a full disk) is one
    /// `cannotWrite` naming the output, and nothing of libxml2's on standard error.
    @Test func aFailedStreamedWriteIsCannotWrite() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(throws: ExportError.cannotWrite(path: "out.tmx", reason: "No space left on device")) {
            _ = try AlignmentExporter(format: .tmx).write(ConstructedAlignments.threeWay(), toDescriptor: descriptor, path: "out.tmx")
        }
    }

    @Test func missingDirectoryIsAnErrorAndLeavesNothing() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/no/such/dir/out.xml"
        #expect(throws: ExportError.cannotWrite(path: path, reason: "No such file or directory")) {
            try AlignmentExporter(format: .native).write(ConstructedAlignments.threeWay(), to: path)
        }
        #expect(try listing(directory).isEmpty)
    }

    @Test func failureOnTheSecondFileRemovesTheFirstStagedFile() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: ExportError.cannotWrite(path: "\(directory)/missing/b.xml", reason: "No such file or directory")) {
            try AtomicFileWriter.write([(path: "\(directory)/a.xml", bytes: [1, 2]), (path: "\(directory)/missing/b.xml", bytes: [3])])
        }
        #expect(try listing(directory).isEmpty)
    }

    @Test func targetThatIsADirectoryIsAnErrorAndLeavesNoTemporaryFile() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: "\(directory)/taken", withIntermediateDirectories: false)
        #expect(throws: ExportError.cannotWrite(path: "\(directory)/taken", reason: "it is a directory; Parity writes only regular files")) {
            try AtomicFileWriter.write([UInt8]("x".utf8), to: "\(directory)/taken")
        }
        #expect(try listing(directory) == ["taken"])
    }

    @Test func exportErrorBeforeWritingLeavesNoFile() throws {
        let directory = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: ExportError.languageNotInAlignment(.chinese)) {
            try AlignmentExporter(format: .tmx, tmxLanguages: .pair(.spanish, .chinese))
                .write(ConstructedAlignments.threeWay(), to: "\(directory)/x.tmx")
        }
        #expect(try listing(directory).isEmpty)
    }
}
