import Foundation
import ParityTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 11, items 1, 2, 9, 10 and 11: outputs go only to regular files that
/// are not inputs, keep the mode of the file they replace, leave no temporary
/// file when interrupted; a FIFO as input is refused at once; a file name
/// with a line feed stays on one error line.
@Suite struct OutputSafetyTests {
    static let spanish = "Sources-Texts/udhr/udhr_spa.xml"
    static let english = "Sources-Texts/udhr/udhr_eng.xml"

    /// A scratch folder with copies of the two UDHR versions.
    struct Scratch {
        let files: ConstructedFiles
        let spanish: String
        let english: String

        init() throws {
            files = try ConstructedFiles()
            spanish = try files.write("spa.xml", RepositoryPaths.sourceTextBytes("udhr/udhr_spa.xml"))
            english = try files.write("eng.xml", RepositoryPaths.sourceTextBytes("udhr/udhr_eng.xml"))
        }

        func path(_ name: String) -> String { files.directory.appendingPathComponent(name).path }
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: files.directory.path).filter { $0.contains("parity-tmp") }
        }
    }

    static func fileType(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test(arguments: ["tmx", "native", "xces"])
    func outputOntoAFIFOIsRefusedAndTheFIFOStays(format: String) throws {
        let scratch = try Scratch()
        defer { scratch.files.remove() }
        let fifo = scratch.path("out-fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let run = try ParityExecutable.run(["align", scratch.spanish, scratch.english, "--format", format, "-o", fifo], timeout: 20)
        if format == "xces" {
            // XCES takes -o as a base name: the FIFO is not one of its files, and it stays a FIFO.
            #expect(Self.fileType(fifo) == S_IFIFO)
            return
        }
        #expect(run.exitCode == 2)
        #expect(run.errorLines == ["parity: \(fifo): cannot write: it is a FIFO (named pipe); Parity writes only regular files"])
        #expect(Self.fileType(fifo) == S_IFIFO)
        #expect(try scratch.leftovers().isEmpty)
    }

    @Test(.enabled(if: getuid() == 0, "creating a device node needs root"))
    func outputOntoACharacterDeviceIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.files.remove() }
        // A private copy of /dev/null (major 1, minor 3; needs root, as in containers and CI); the real one is never at risk.
        let device = scratch.path("null")
        #expect(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        for arguments in [["align", scratch.spanish, scratch.english, "--format", "tmx", "-o", device],
                          ["report", scratch.spanish, scratch.english, "-o", device]] {
            let run = try ParityExecutable.run(arguments, timeout: 20)
            #expect(run.exitCode == 2)
            #expect(run.errorLines == ["parity: \(device): cannot write: it is a character device; Parity writes only regular files"])
            #expect(Self.fileType(device) == S_IFCHR)
        }
    }

    @Test func outputOntoAnInputOrALinkToItIsRefusedAndTheInputIsUnchanged() throws {
        let scratch = try Scratch()
        defer { scratch.files.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.english))
        let link = scratch.path("link.xml")
        #expect(symlink(scratch.english, link) == 0)
        let htmlLink = scratch.path("link.html")
        #expect(symlink(scratch.english, htmlLink) == 0)
        for (arguments, target) in [
            (["align", scratch.spanish, scratch.english, "--format", "tmx", "-o", scratch.english], scratch.english),
            (["align", scratch.spanish, scratch.english, "-o", link], link),
            (["report", scratch.spanish, scratch.english, "-o", htmlLink], htmlLink),
        ] {
            let run = try ParityExecutable.run(arguments, timeout: 20)
            #expect(run.exitCode == 2)
            #expect(run.errorLines == ["parity: \(target): cannot write: it is the input \(scratch.english); Parity never overwrites an input"])
        }
        // A report onto the .xml input is refused before anything is read: it would be HTML in a .xml file.
        let report = try ParityExecutable.run(["report", scratch.spanish, scratch.english, "-o", scratch.english], timeout: 20)
        #expect(report.exitCode == 2)
        #expect(report.errorLines.first?.hasPrefix("parity: error: report writes HTML, and -o ") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.english)) == before)
        #expect(try scratch.leftovers().isEmpty)
    }

    @Test func replacingAnOutputKeepsItsModeAndALinkStaysALink() throws {
        let scratch = try Scratch()
        defer { scratch.files.remove() }
        let output = scratch.path("out.tmx")
        _ = try scratch.files.write("out.tmx", Array("old".utf8))
        #expect(chmod(output, 0o600) == 0)
        var run = try ParityExecutable.run(["align", scratch.spanish, scratch.english, "--format", "tmx", "-o", output], timeout: 20)
        #expect(run.exitCode == 0)
        var status = stat()
        #expect(stat(output, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<tmx version=\"1.4\">"))

        let link = scratch.path("report-link.html")
        #expect(symlink(scratch.path("report.html"), link) == 0)
        _ = try scratch.files.write("report.html", Array("old".utf8))
        run = try ParityExecutable.run(["report", scratch.spanish, scratch.english, "-o", link], timeout: 20)
        #expect(run.exitCode == 0)
        var linkStatus = stat()
        #expect(lstat(link, &linkStatus) == 0 && linkStatus.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: scratch.path("report.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedWriteLeavesNoTemporaryFile(signalNumber: Int32) throws {
        let scratch = try Scratch()
        defer { scratch.files.remove() }
        for arguments in [["align", scratch.spanish, scratch.english, "--format", "tmx", "-o", scratch.path("out.tmx")],
                          ["report", scratch.spanish, scratch.english, "-o", scratch.path("out.html")]] {
            let process = Process()
            process.executableURL = ParityExecutable.url
            process.arguments = arguments
            process.environment = ["PARITY_TEST_HOLD_STAGED_OUTPUT": "5000"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the staged file exists, then interrupt.
            let deadline = Date().addingTimeInterval(20)
            while try scratch.leftovers().isEmpty, Date() < deadline, process.isRunning { Thread.sleep(forTimeInterval: 0.01) }
            #expect(try scratch.leftovers().count == 1)
            kill(process.processIdentifier, signalNumber)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(process.terminationStatus == signalNumber)
            #expect(try scratch.leftovers().isEmpty)
            #expect(!FileManager.default.fileExists(atPath: scratch.path("out.tmx")))
            #expect(!FileManager.default.fileExists(atPath: scratch.path("out.html")))
        }
    }

    @Test func aFIFOAsInputIsRefusedAtOnce() throws {
        let scratch = try Scratch()
        defer { scratch.files.remove() }
        let fifo = scratch.path("in.fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        let started = Date()
        let run = try ParityExecutable.run(["check", fifo, scratch.english], timeout: 10)
        #expect(Date().timeIntervalSince(started) < 9)
        #expect(run.exitCode == 2)
        #expect(run.errorLines == ["parity: \(fifo): cannot read: is a FIFO (named pipe), not a regular file"])
    }

    @Test func aFileNameWithALineFeedStaysOnOneErrorLine() throws {
        let scratch = try Scratch()
        defer { scratch.files.remove() }
        let name = scratch.path("two\nlines\u{1B}[2J.txt")
        let run = try ParityExecutable.run(["outline", name], timeout: 10)
        #expect(run.exitCode == 2)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.contains("two␊lines␛[2J.txt") == true)
        #expect(!run.standardError.contains("\u{1B}"))
    }
}
