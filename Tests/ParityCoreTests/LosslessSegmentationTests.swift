import Testing
import ParityTestSupport
@testable import ParityCore

/// Every non-white-space byte of an input lies in exactly one block's source ranges.
@Suite struct LosslessSegmentationTests {
    /// How many blocks cover each byte of an input of `count` bytes.
    static func coverage(_ document: Document, count: Int) -> [Int] {
        var covered = [Int](repeating: 0, count: count)
        for block in document.blocks {
            for range in block.sourceRanges {
                for offset in range.start..<range.end { covered[offset] += 1 }
            }
        }
        return covered
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// Offsets of non-white-space bytes (after any byte-order mark) covered zero times or more than once.
    static func violations(_ bytes: [UInt8], _ document: Document, skipping byteOrderMark: Int = 0) -> [Int] {
        let covered = coverage(document, count: bytes.count)
        return bytes.indices.dropFirst(byteOrderMark).filter { !isWhitespace(bytes[$0]) && covered[$0] != 1 && !IdeographicSpaceBytes.contains(bytes, offset: $0) }
    }

    @Test func everyNonWhitespaceByteOfTheSpanishDocumentIsInExactlyOneBlock() throws {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let document = PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "es.txt"), sourceName: "es.txt")
        #expect(Self.violations(bytes, document) == [])
        // Ranges never overlap, white space included.
        #expect(Self.coverage(document, count: bytes.count).allSatisfy { $0 <= 1 })
    }

    @Test func sourceRangesOfUTF16InputPointIntoTheUTF16File() throws {
        let original = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in String(decoding: original, as: UTF8.self).utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = PlainTextSegmenter().segment(try TextDecoder().decode(bytes, file: "es16.txt"), sourceName: "es16.txt")
        #expect(document.numberedParagraphs.count == 76)
        let covered = Self.coverage(document, count: bytes.count)
        var problems: [Int] = []
        var offset = 2
        while offset + 1 < bytes.count {
            let unit = UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
            let whitespace = unit < 0x80 && Self.isWhitespace(UInt8(unit))
            if !whitespace, covered[offset] != 1 || covered[offset + 1] != 1 { problems.append(offset) }
            offset += 2
        }
        #expect(problems == [])
        let p22 = try #require(document.block(id: "p22"))
        let range = p22.sourceRanges[0]
        let text = String(decoding: stride(from: range.start, to: range.end, by: 2).map {
            UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
        }, as: UTF16.self)
        #expect(text.hasPrefix("22. Los participantes consideraron"))
    }

    @Test(arguments: [
        "constructed header\n\n**bold title\ncontinued**\n\n1. A paragraph that is cut\n\n¹ A footnote.\n\nby a page break.¹\n\n(a) item;\n\n- bullet\n",
        "A/61/187*\r\n\r\nGeneral Assembly\r\n\r\nI. Introduction\r\n\r\n1. Text.\r\n\r\n* Reissued.\r\n",
        "\u{FEFF}\t<i>x</i>\t\n\n\n   \n**\n",
    ])
    func constructedSnippetsAreLossless(_ snippet: String) throws {
        let bytes = Array(snippet.utf8)
        let decoded = try TextDecoder().decode(bytes, file: "snippet")
        let document = PlainTextSegmenter().segment(decoded, sourceName: "snippet")
        #expect(Self.violations(bytes, document, skipping: decoded.byteOrderMarkLength) == [])
    }

    /// Documents assembled at random (fixed seed) from labels, markup, markers,
    /// header words, tabs and line breaks of all six languages: segmentation
    /// never crashes, stays lossless and gives unique ids.
    @Test func constructedRandomDocumentsAreLosslessWithUniqueIds() throws {
        let pieces = [
            "1.", "2.", "12.", "1 -", "١ -", "１．", "I.", "IV.", "A.", "Б.", "B.", "أولا -", "باء -", "一、", "（一）",
            "(a)", "a)", "(ii)", "а)", "(أ)", "-", "•", "*", "**", "***", "¹", "²", "†", "<i>", "</i>", "<b>", "</b>",
            "Text", "texto", "текст", "نص", "文本", "Anexo", "Annex II", "Índice", "Contents", "Párrafos Página",
            "Distr.: General", "A/61/187", "27 July 2006", "Original: English", "\t", "8–22", "3", " ", " ", " ",
            "\n", "\n", "\n\n", "\n\n", "\r\n", ".", ":", "word.", "(", ")", "\u{00A0}", "\u{3000}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(1 + next(120)) { text += pieces[next(pieces.count)] + (next(3) == 0 ? "" : " ") }
            let bytes = Array(text.utf8)
            let decoded = DecodedText(utf8: bytes, encoding: .utf8)
            let document = PlainTextSegmenter().segment(decoded, sourceName: "random")
            #expect(Self.violations(bytes, document) == [], "\(text.debugDescription)")
            let ids = document.blocks.map(\.id)
            #expect(Set(ids).count == ids.count, "\(text.debugDescription)")
            for block in document.blocks {
                for span in block.emphasis {
                    #expect(span.start >= 0 && span.start < span.end && span.end <= block.text.unicodeScalars.count)
                }
            }
        }
    }

    /// Constructed pathological inputs (stray tags, one huge line, thousands of
    /// footnote lines, deep label-like noise) are segmented losslessly.
    @Test(arguments: [
        String(repeating: "<i>", count: 20_000) + String(repeating: "</b>", count: 20_000),
        String(repeating: "word ", count: 40_000),
        String(repeating: "* note\n\n", count: 5_000),
        String(repeating: "1. a)\n(ii) ¹ **x* <b>\t8–22\t3\n", count: 5_000),
    ])
    func constructedPathologicalInputsStayLossless(_ text: String) throws {
        let bytes = Array(text.utf8)
        let document = PlainTextSegmenter().segment(DecodedText(utf8: bytes, encoding: .utf8), sourceName: "constructed")
        #expect(Self.violations(bytes, document) == [])
    }
}

extension LosslessSegmentationTests {
    /// Division headings, decimal targets and speaker turns cut their labels
    /// from the text, never from the source ranges.
    @Test(arguments: [
        ConstructedStructureTexts.charterEnglish, ConstructedStructureTexts.charterFrench,
        ConstructedStructureTexts.goalsChinese, ConstructedStructureTexts.goalsArabic, ConstructedStructureTexts.goalsRussian,
        ConstructedStructureTexts.listRunIn, ConstructedStructureTexts.annexedConventions,
        "The meeting was called to order.\n\nThe President: I give the floor to the constructed speaker.\n\nMr. Novak (Ruritania): Constructed speech.\n\nMore constructed speech.\n",
    ])
    func constructedStructureTextsAreLossless(_ text: String) {
        let bytes = Array(text.utf8)
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(Self.violations(bytes, document) == [])
    }
}
