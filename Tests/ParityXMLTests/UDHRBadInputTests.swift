import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// Malformed and hostile XML: one-line errors, no expansion, no fetching, no hang.
@Suite struct UDHRBadInputTests {
    @Test func truncatedRealFileIsMalformedAtItsLastLine() throws {
        let bytes = try RepositoryPaths.sourceTextBytes("udhr/udhr_spa.xml")
        let truncated = Array(bytes.prefix(bytes.count / 2))
        let lines = truncated.filter { $0 == 0x0A }.count + 1
        #expect {
            try UDHRReader().read(truncated, file: "udhr_spa-truncated.xml")
        } throws: { error in
            guard case .malformedXML(let file, let line, let message) = error as? InputError else { return false }
            return file == "udhr_spa-truncated.xml" && line == lines && !message.isEmpty && !message.contains("\n")
        }
    }

    @Test func constructedMismatchedEndTagReportsItsLine() throws {
        let snippet = "<?xml version=\"1.0\"?>\n<udhr xml:lang=\"en\">\n  <title>Title</titel>\n</udhr>\n"
        #expect {
            try UDHRReader().read(Array(snippet.utf8), file: "constructed-mismatched.xml")
        } throws: { error in
            guard case .malformedXML(let file, let line, let message) = error as? InputError else { return false }
            return file == "constructed-mismatched.xml" && line == 3 && message.contains("titel")
        }
    }

    @Test func constructedUndeclaredEntityIsMalformed() throws {
        let snippet = "<udhr>\n<title>a &nbsp; b</title></udhr>"
        #expect(throws: InputError.self) { try UDHRReader().read(Array(snippet.utf8), file: "constructed-entity.xml") }
    }

    @Test func constructedNonUDHRRootIsUnsupported() throws {
        let snippet = "<?xml version=\"1.0\"?><html><p>text</p></html>"
        #expect(throws: InputError.unsupportedFormat(
            file: "constructed-html.xml", detail: "XML root element <html> is not a UDHR document (<udhr>)")) {
            try UDHRReader().read(Array(snippet.utf8), file: "constructed-html.xml")
        }
    }

    @Test func constructedBillionLaughsDoesNotExpand() throws {
        var snippet = "<?xml version=\"1.0\"?>\n<!DOCTYPE udhr [\n <!ENTITY lol \"lol\">\n"
        snippet += " <!ENTITY lol1 \"" + String(repeating: "&lol;", count: 10) + "\">\n"
        for level in 2...9 {
            snippet += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        snippet += "]>\n<udhr xml:lang=\"en\"><title>&lol9;</title><preamble><para>x &lol9; y</para></preamble></udhr>\n"
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = Result { try UDHRReader().read(Array(snippet.utf8), file: "constructed-billion-laughs.xml") }
        #expect(clock.now - start < .seconds(5))
        switch outcome {
        case .success(let document):
            let longest = document.blocks.map(\.text.utf8.count).max() ?? 0
            #expect(longest < 100, "entity expanded to \(longest) bytes")
        case .failure(let error):
            guard case .malformedXML = error as? InputError else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
    }

    @Test func constructedExternalEntityIsNotFetched() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-constructed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("constructed-secret.txt")
        try Data("CONSTRUCTED-SECRET-MARKER".utf8).write(to: secret)
        let snippet = """
            <?xml version="1.0"?>
            <!DOCTYPE udhr [ <!ENTITY ext SYSTEM "\(secret.absoluteString)"> <!ENTITY net SYSTEM "http://127.0.0.1:9/x"> ]>
            <udhr xml:lang="en"><title>a &ext; b &net; c</title></udhr>
            """
        let outcome = Result { try UDHRReader().read(Array(snippet.utf8), file: "constructed-external-entity.xml") }
        let document = try outcome.get()
        // The references stay as written: nothing is read from disk or network.
        #expect(document.blocks.map(\.text) == ["a &ext; b &net; c"])
    }
}
