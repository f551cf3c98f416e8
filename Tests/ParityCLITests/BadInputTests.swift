import Foundation
import ParityCore
import ParityIO
import ParityTestSupport
import Testing

/// Bad inputs: exit code 2 and exactly one line on standard error that names
/// the file; inputs in other encodings read the same as UTF-8.
@Suite struct BadInputTests {
    /// Runs `outline` and expects the one-line error `error` for `path`.
    func expectOneLineError(_ arguments: [String], _ error: InputError, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try ParityExecutable.run(["outline"] + arguments)
        #expect(run.exitCode == 2, sourceLocation: sourceLocation)
        #expect(run.errorLines == ["parity: \(error.description)"], sourceLocation: sourceLocation)
        #expect(run.standardOutput == "", sourceLocation: sourceLocation)
    }

    /// es.txt with its three characters outside Latin-1 (“ ” –) replaced by ASCII.
    static func constructedLatin1CompatibleSpanish() throws -> String {
        let text = String(decoding: try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt"), as: UTF8.self)
        return text.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
            .replacingOccurrences(of: "–", with: "-")
    }

    /// Issue 11: a text of one-letter paragraphs past `TextShapeLimit` is one
    /// line and exit 2 in every command, before any block is made; `-o` writes nothing.
    @Test func constructedOneLetterParagraphsPastTheLimit() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let count = 210_000
        let path = try files.write("constructed-one-letter-paragraphs.txt", Array(repeating: Array("a\n\n".utf8), count: count).flatMap { $0 })
        let error = InputError.unsupportedFormat(file: path, detail: TextShapeLimit.problem(Array(repeating: Array("a\n\n".utf8), count: count).flatMap { $0 })!)
        try expectOneLineError([path], error)
        let output = files.directory.appendingPathComponent("out.tmx").path
        for arguments in [["check", path, "Sources-Texts/un-hearings-2006/es.txt"],
                          ["align", "Sources-Texts/un-hearings-2006/es.txt", path, "--format", "tmx", "-o", output]] {
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 2)
            #expect(run.errorLines == ["parity: \(error.description)"])
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    /// Issue 11: a file over the input limit (512 MB, `InputFileReader.defaultLimit`) is refused from its size
    /// before it is read, in every command, with one line naming it; a sparse file of 513 MiB takes no disk and,
    /// were it read, 513 MiB of memory: the run stays far below that.
    @Test func constructedFileOverTheInputLimitIsRefusedBeforeItIsRead() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-sparse-over-the-limit.txt", [])
        let size = InputFileReader.defaultLimit + (1 << 20)
        #expect(truncate(path, off_t(size)) == 0)
        let error = InputError.tooLarge(file: path, bytes: size, limit: InputFileReader.defaultLimit)
        let output = files.directory.appendingPathComponent("out.html").path
        for arguments in [["outline", path], ["check", "Sources-Texts/un-hearings-2006/es.txt", path], ["show", path, path],
                          ["report", path, "Sources-Texts/un-hearings-2006/es.txt", "-o", output]] {
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 2)
            #expect(run.errorLines == ["parity: \(error.description)"])
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    @Test func constructedEmptyFile() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-empty.txt", [])
        try expectOneLineError([path], .empty(file: path))
    }

    @Test func constructedBinaryFile() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])
        try expectOneLineError([path], .binary(file: path, offset: 7))
    }

    @Test func constructedInvalidUTF8ReportsTheOffset() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-invalid-utf8.txt", Array("Hola mundo\n".utf8) + [0xC3, 0x28] + Array(" fin\n".utf8))
        try expectOneLineError(["--encoding", "utf-8", path], .invalidUTF8(file: path, offset: 11))
        // Not plausible Windows-1252 either ("Ã(" stands outside any word): still an error.
        try expectOneLineError([path], .invalidUTF8(file: path, offset: 11))
    }

    @Test func constructedUTF16LittleEndianReadsLikeUTF8() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let text = String(decoding: try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt"), as: UTF8.self)
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try files.write("constructed-es-utf16le.txt", utf16)
        let fromUTF16 = try ParityExecutable.run(["outline", path])
        let fromUTF8 = try ParityExecutable.run(["outline", "Sources-Texts/un-hearings-2006/es.txt"])
        #expect(fromUTF16.exitCode == 0)
        // Reader warnings, if any, name the file; there are as many for both encodings.
        #expect(fromUTF16.errorLines.allSatisfy { $0.hasPrefix("parity: warning: \(path): ") })
        #expect(fromUTF16.errorLines.count == fromUTF8.errorLines.count)
        #expect(!fromUTF16.standardOutput.isEmpty)
        #expect(fromUTF16.standardOutput == fromUTF8.standardOutput)
    }

    @Test func constructedLatin1ReadsWithEncodingOptionOrAsAGuessWithAWarning() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let text = try Self.constructedLatin1CompatibleSpanish()
        let latin1 = text.unicodeScalars.map { UInt8($0.value) }
        let latin1Path = try files.write("constructed-es-latin1.txt", latin1)
        let utf8Path = try files.write("constructed-es-utf8.txt", Array(text.utf8))
        let withOption = try ParityExecutable.run(["outline", "--encoding", "latin1", latin1Path])
        let reference = try ParityExecutable.run(["outline", utf8Path])
        #expect(withOption.exitCode == 0)
        #expect(withOption.errorLines.count == reference.errorLines.count)
        #expect(withOption.errorLines.allSatisfy { $0.hasPrefix("parity: warning: ") })
        #expect(withOption.standardOutput == reference.standardOutput)
        #expect(withOption.standardOutput.contains("Sexagésimo primer período de sesiones"))
        let firstNonASCII = try #require(latin1.firstIndex { $0 >= 0x80 })
        // Without --encoding: read as windows-1252, with a warning naming the guess.
        let guessed = try ParityExecutable.run(["outline", latin1Path])
        #expect(guessed.exitCode == 0)
        #expect(guessed.standardOutput == reference.standardOutput)
        #expect(guessed.errorLines.first == "parity: warning: \(latin1Path): not valid UTF-8 (byte offset \(firstNonASCII)); read as windows-1252 (use --encoding to choose another)")
        #expect(guessed.errorLines.count == reference.errorLines.count + 1)
        try expectOneLineError(["--encoding", "utf-8", latin1Path], .invalidUTF8(file: latin1Path, offset: firstNonASCII))
    }

    @Test func constructedTruncatedUDHRIsMalformedXML() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let bytes = try RepositoryPaths.sourceTextBytes("udhr/udhr_fra.xml")
        let path = try files.write("constructed-truncated-udhr_fra.xml", Array(bytes.prefix(5000)))
        let run = try ParityExecutable.run(["outline", path])
        #expect(run.exitCode == 2)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.hasPrefix("parity: \(path): malformed XML at line ") == true)
        #expect(run.standardOutput == "")
    }

    @Test func constructedBrokenXMLSnippetNamesItsLine() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-broken.xml", Array("<udhr>\n<title>a</title>\n<para>b</udhr>\n".utf8))
        let run = try ParityExecutable.run(["outline", path])
        #expect(run.exitCode == 2)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.hasPrefix("parity: \(path): malformed XML at line 3: ") == true)
    }

    @Test func missingFile() throws {
        let path = "Sources-Texts/constructed-missing-file.txt"
        try expectOneLineError([path], .unreadable(file: path, reason: "no such file or directory"))
    }

    @Test func directory() throws {
        try expectOneLineError(["Sources-Texts"], .unreadable(file: "Sources-Texts", reason: "is a directory, not a regular file"))
    }
}
