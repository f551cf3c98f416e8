import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// The source ranges of UDHR blocks, checked against an independent scan of
/// the file's bytes.
@Suite struct UDHRSourceRangeTests {
    /// Offsets of the bytes of `bytes` that are character data: outside tags,
    /// comments, processing instructions and the XML declaration. (The real
    /// UDHR files have no CDATA sections or document type declarations.)
    static func characterDataMask(_ bytes: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: false, count: bytes.count)
        var index = 0
        func starts(_ text: String, at offset: Int) -> Bool {
            let pattern = Array(text.utf8)
            return offset + pattern.count <= bytes.count && Array(bytes[offset..<offset + pattern.count]) == pattern
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                mask[index] = true
                index += 1
            } else {
                let terminator = starts("<!--", at: index) ? "-->" : starts("<?", at: index) ? "?>" : ">"
                var end = index + 1
                while !starts(terminator, at: end) { end += 1 }
                index = end + terminator.utf8.count
            }
        }
        return mask
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    @Test(arguments: UDHRFileFacts.all)
    func everyNonWhitespaceCharacterByteLiesInExactlyOneBlock(_ facts: UDHRFileFacts) throws {
        let bytes = try RepositoryPaths.sourceTextBytes("udhr/\(facts.file)")
        let document = try UDHRReader().read(bytes, file: facts.file)
        var owners = [Int](repeating: 0, count: bytes.count)
        for block in document.blocks {
            for range in block.sourceRanges {
                for offset in range.start..<range.end { owners[offset] += 1 }
            }
        }
        let mask = Self.characterDataMask(bytes)
        var uncovered = 0, overcovered = 0, markupCovered = 0
        for offset in bytes.indices where !Self.isWhitespace(bytes[offset]) {
            if mask[offset] {
                if owners[offset] == 0 { uncovered += 1 }
                if owners[offset] > 1 { overcovered += 1 }
            } else if owners[offset] > 0 {
                markupCovered += 1
            }
        }
        #expect(uncovered == 0)
        #expect(overcovered == 0)
        // UDHR paragraphs contain no inline markup, so no block covers a tag.
        #expect(markupCovered == 0)
    }

    @Test(arguments: UDHRFileFacts.all)
    func sourceBytesOfEachBlockSpellItsText(_ facts: UDHRFileFacts) throws {
        let bytes = try RepositoryPaths.sourceTextBytes("udhr/\(facts.file)")
        let document = try UDHRReader().read(bytes, file: facts.file)
        for block in document.blocks {
            #expect(block.sourceRanges.count == 1, "\(block.id)")
            let raw = block.sourceRanges.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }.joined(separator: " ")
            let folded = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(folded == block.text, "\(block.id)")
        }
    }

    @Test func sourceRangesAreInReadingOrder() throws {
        let document = try readRealUDHR("udhr_rus.xml")
        let starts = document.blocks.compactMap { $0.sourceRanges.first?.start }
        #expect(starts.count == document.blocks.count)
        #expect(starts == starts.sorted())
    }
}
