import Foundation
import ParityCore
import ParityXML
import Testing

@Suite struct NativeAlignmentTests {
    private let schema: [UInt8]

    init() throws { schema = try ExportTestFiles.schema("parity-alignment.rng") }

    private func schemaErrors(_ bytes: [UInt8]) throws -> [XMLMessage] {
        try ExportTestFiles.relaxNGErrors(bytes, "parity-alignment.rng")
    }

    @Test func constructedThreeWayOutputIsValidAgainstTheRelaxNGSchema() throws {
        let result = try NativeAlignmentWriter().write(ConstructedAlignments.threeWay())
        #expect(result.warnings.isEmpty)
        let issues = try schemaErrors(result.bytes)
        #expect(issues.isEmpty, "\(issues)")
        let text = String(decoding: result.bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<parity-alignment version=\"1\" pivot=\"0\">\n  <versions>"))
        // Non-ASCII stays raw UTF-8 (no character references) and markup characters are escaped.
        #expect(text.contains("«comillas», &lt;signos&gt; &amp; &quot;dobles&quot;"))
        #expect(text.contains("<link type=\"1-1-2\" method=\"number\" confidence=\"0.8\">"))
    }

    @Test func constructedThreeWayReadsBackEqualAndRewritesByteIdentical() throws {
        let original = ConstructedAlignments.threeWay()
        let first = try NativeAlignmentWriter().write(original)
        let readBack = try NativeAlignmentReader().read(first.bytes, file: "constructed.xml")
        #expect(readBack == original)
        let second = try NativeAlignmentWriter().write(readBack)
        #expect(second.bytes == first.bytes)
    }

    @Test func constructedWhiteSpaceAndEmptyStringsSurviveTheRoundTrip() throws {
        var content = ConstructedAlignments.threeWay()
        content.alignment.versions[1].blocks[3].text = "  leading and trailing  \r\n\tline\nbreaks "
        content.alignment.versions[1].blocks[3].label = "a\tb\nc\r \"q\" <&>"
        content.alignment.versions[1].blocks[4].text = ""
        content.alignment.versions[1].blocks[4].labelPath = ""
        content.alignment.versions[1].sourceName = "dir with space/ñ & <x>.txt"
        content.alignment.links[0].confidence = 0.1 + 0.2
        let bytes = try NativeAlignmentWriter().write(content).bytes
        #expect(try schemaErrors(bytes).isEmpty)
        let readBack = try NativeAlignmentReader().read(bytes, file: "constructed.xml")
        #expect(readBack == content)
        #expect(try NativeAlignmentWriter().write(readBack).bytes == bytes)
    }

    @Test func constructedControlCharactersAreDroppedWithAWarning() throws {
        var content = ConstructedAlignments.threeWay()
        content.alignment.versions[0].blocks[3].text = "a\u{1}b\u{FFFF}c\u{0B}"
        content.alignment.versions[0].blocks[3].label = "\u{7}1."
        let result = try NativeAlignmentWriter().write(content)
        #expect(result.warnings.map(\.description) == [
            "version 0 block p1 @label: dropped 1 character(s) that XML 1.0 cannot carry (U+0007)",
            "version 0 block p1 <text>: dropped 3 character(s) that XML 1.0 cannot carry (U+0001, U+FFFF, U+000B)",
        ])
        #expect(try schemaErrors(result.bytes).isEmpty)
        let readBack = try NativeAlignmentReader().read(result.bytes, file: "constructed.xml")
        #expect(readBack.alignment.versions[0].blocks[3].text == "abc")
        #expect(readBack.alignment.versions[0].blocks[3].label == "1.")
    }

    @Test func emptyAlignmentIsValidAndRoundTrips() throws {
        let empty = CheckedAlignment(alignment: Alignment(versions: []))
        let bytes = try NativeAlignmentWriter().write(empty).bytes
        #expect(try schemaErrors(bytes).isEmpty)
        #expect(try NativeAlignmentReader().read(bytes, file: "empty.xml") == empty)
    }

    @Test func blockIDThatIsNoXMLNameIsRefused() throws {
        var content = ConstructedAlignments.threeWay()
        content.alignment.versions[2].blocks[0].id = "2 bad"
        #expect(throws: ExportError.invalidBlockID(id: "2 bad", version: 2)) {
            try NativeAlignmentWriter().write(content)
        }
    }

    /// Found by the fuzzer (seed 101): an id with the ideographic comma is a
    /// fifth-edition NCName, but libxml2's schema check refuses it; the
    /// writer refuses it first instead of writing a file that does not validate.
    @Test(arguments: ["art一、7-p1", "a·b", "x\u{2040}y", "p\u{0301}1"])
    func blockIDsOlderValidatorsRefuseAreRefusedOrValid(id: String) throws {
        var content = ConstructedAlignments.threeWay()
        let old = content.alignment.versions[2].blocks[0].id
        content.alignment.versions[2].blocks[0].id = id
        for index in content.alignment.links.indices {
            content.alignment.links[index].blockIDs[2] = content.alignment.links[index].blockIDs[2].map { $0 == old ? id : $0 }
        }
        do {
            let bytes = try NativeAlignmentWriter().write(content).bytes
            #expect(try schemaErrors(bytes).isEmpty, "\(id) was written but does not validate")
        } catch {
            #expect(error as? ExportError == .invalidBlockID(id: id, version: 2))
        }
    }

    @Test func linkWithTheWrongNumberOfVersionsIsRefused() throws {
        var content = ConstructedAlignments.threeWay()
        content.alignment.links[1].blockIDs.removeLast()
        #expect(throws: ExportError.inconsistentAlignment(detail: "link 2 has block ids for 2 versions, the alignment has 3")) {
            try NativeAlignmentWriter().write(content)
        }
    }

    @Test func findingAboutAVersionThatDoesNotExistIsRefused() throws {
        var content = ConstructedAlignments.threeWay()
        content.findings[1].locations[0].version = 3
        #expect(throws: ExportError.inconsistentAlignment(
            detail: "finding \"constructed finding: nothing in English for u1\" names version 3, the alignment has 3")) {
            try NativeAlignmentWriter().write(content)
        }
    }

    @Test func schemaRejectsAnUnknownBlockKind() throws {
        let bytes = try NativeAlignmentWriter().write(ConstructedAlignments.threeWay()).bytes
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "kind=\"footnote\"", with: "kind=\"endnote\"")
        let issues = try schemaErrors(Array(text.utf8))
        #expect(!issues.isEmpty)
        #expect(throws: InputError.malformedXML(file: "bad.xml", line: 45, message: "kind=\"endnote\" is not a known value")) {
            try NativeAlignmentReader().read(Array(text.utf8), file: "bad.xml")
        }
    }

    @Test func schemaNamesEveryModelEnumerationValue() throws {
        let text = String(decoding: schema, as: UTF8.self)
        let values = BlockKind.allCases.map(\.rawValue) + FindingKind.allCases.map(\.rawValue)
            + MetadataField.allCases.map(\.rawValue) + AlignmentMethod.allCases.map(\.rawValue)
            + Severity.allCases.map(\.rawValue) + Language.unOfficial.map(\.rawValue)
        for value in values { #expect(text.contains("<value>\(value)</value>"), "schema lacks \(value)") }
    }

    @Test func truncatedFileIsMalformedXMLWithItsLine() throws {
        let bytes = try NativeAlignmentWriter().write(ConstructedAlignments.threeWay()).bytes
        let truncated = Array(bytes.prefix(bytes.count / 2))
        let lineCount = truncated.filter { $0 == UInt8(ascii: "\n") }.count + 1
        do {
            _ = try NativeAlignmentReader().read(truncated, file: "half.xml")
            Issue.record("a truncated file was accepted")
        } catch {
            guard case .malformedXML(let file, let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "half.xml")
            #expect(line == lineCount)
        }
    }

    @Test func otherRootAndOtherVersionAreUnsupported() throws {
        #expect(throws: InputError.unsupportedFormat(file: "t.xml", detail: "root element <tmx> is not <parity-alignment>")) {
            try NativeAlignmentReader().read(Array("<tmx version=\"1.4\"/>".utf8), file: "t.xml")
        }
        #expect(throws: InputError.unsupportedFormat(
            file: "t.xml", detail: "native alignment format version 2 (this reader knows version 1)")) {
            try NativeAlignmentReader().read(Array("<parity-alignment version=\"2\" pivot=\"0\"/>".utf8), file: "t.xml")
        }
        #expect(throws: InputError.empty(file: "e.xml")) {
            try NativeAlignmentReader().read([], file: "e.xml")
        }
    }

    /// The native file with an internal DTD subset declaring `entities` and `replacement` for the first block's text.
    private func withInternalSubset(_ entities: String, text replacement: String) throws -> [UInt8] {
        let bytes = try NativeAlignmentWriter().write(ConstructedAlignments.threeWay()).bytes
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "<parity-alignment ", with: "<!DOCTYPE parity-alignment [\(entities)]>\n<parity-alignment ")
            .replacingOccurrences(of: "<text>A/00/000</text>", with: "<text>\(replacement)</text>")
        return Array(text.utf8)
    }

    @Test func constructedEntityBombIsRefused() throws {
        var entities = "<!ENTITY e0 \"ha\">"
        for level in 1...12 { entities += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">" }
        let bytes = try withInternalSubset(entities, text: "&e12;")
        #expect(throws: InputError.malformedXML(file: "bomb.xml", line: 1, message: "Detected an entity reference loop")) {
            try NativeAlignmentReader().read(bytes, file: "bomb.xml")
        }
    }

    @Test func constructedDeclaredEntityIsKeptAsWrittenNotExpanded() throws {
        let bytes = try withInternalSubset("<!ENTITY org \"United Nations\">", text: "A &org; text")
        let readBack = try NativeAlignmentReader().read(bytes, file: "entity.xml")
        #expect(readBack.alignment.versions[0].blocks[0].text == "A &org; text")
    }

    @Test func backwardsSourceRangeIsReportedNotACrash() throws {
        let bytes = try NativeAlignmentWriter().write(ConstructedAlignments.threeWay()).bytes
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "<source-range start=\"0\" end=\"8\"/>", with: "<source-range start=\"9\" end=\"8\"/>")
        #expect(throws: InputError.malformedXML(file: "b.xml", line: 19, message: "source range 9..<8 is not a byte range")) {
            try NativeAlignmentReader().read(Array(text.utf8), file: "b.xml")
        }
    }
}
