import Foundation
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// DTD and RelaxNG validation through libxml2 with captured messages.
@Suite struct XMLValidatorTests {
    static let tmxDTD = RepositoryPaths.root.appendingPathComponent("Schemas/tmx14.dtd").path

    static func constructedTMX(body: String) -> [UInt8] {
        Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="constructed" creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>
              <body>\(body)</body>
            </tmx>
            """.utf8)
    }

    @Test func constructedValidTMXHasNoMessages() throws {
        let xml = Self.constructedTMX(body: "<tu tuid=\"p1\"><tuv xml:lang=\"en\"><seg>One.</seg></tuv><tuv xml:lang=\"es\"><seg>Uno.</seg></tuv></tu>")
        #expect(try XMLValidator.validate(xml, file: "constructed-valid.tmx", againstDTDAt: Self.tmxDTD) == [])
    }

    @Test func constructedInvalidTMXReportsTheElementAndLine() throws {
        let xml = Self.constructedTMX(body: "\n<tu><seg>No tuv.</seg></tu>")
        let messages = try XMLValidator.validate(xml, file: "constructed-invalid.tmx", againstDTDAt: Self.tmxDTD)
        #expect(!messages.isEmpty)
        #expect(messages.allSatisfy { $0.line == 5 })
        #expect(messages.contains { $0.message.contains("seg") })
    }

    @Test func missingDTDIsUnreadable() throws {
        let xml = Self.constructedTMX(body: "")
        #expect(throws: InputError.self) {
            try XMLValidator.validate(xml, file: "constructed.tmx", againstDTDAt: "/nonexistent/constructed.dtd")
        }
    }

    @Test func constructedRelaxNGSchemaValidates() throws {
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("parity-constructed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: files) }
        let schema = files.appendingPathComponent("constructed.rng")
        try Data("""
            <element name="doc" xmlns="http://relaxng.org/ns/structure/1.0">
              <oneOrMore><element name="p"><text/></element></oneOrMore>
            </element>
            """.utf8).write(to: schema)
        #expect(try XMLValidator.validate(Array("<doc><p>a</p></doc>".utf8), file: "constructed-good.xml", againstRelaxNGAt: schema.path) == [])
        let bad = try XMLValidator.validate(Array("<doc>\n<q/></doc>".utf8), file: "constructed-bad.xml", againstRelaxNGAt: schema.path)
        #expect(bad.count >= 1)
        #expect(bad.first?.line == 2)
    }
}
