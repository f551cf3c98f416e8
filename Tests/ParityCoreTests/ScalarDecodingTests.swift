import Foundation
import Testing
import ParityTestSupport
@testable import ParityCore

/// The hot loops rewritten for speed against their definitions:
/// `ScalarText.scalars(of:)` is `Array(text.unicodeScalars)`,
/// `ScalarText.appendFolded` folds white space and drops bidirectional
/// controls scalar by scalar (its ASCII path has no branch on the byte), and
/// `PDFExtractionDetector.looksExtracted` counts lines as the per-byte
/// switch it replaced did.
@Suite struct ScalarDecodingTests {
    /// Every scalar (surrogates excluded), a thousand to a string.
    @Test func scalarsOfStringAreItsUnicodeScalars() {
        var chunk = String.UnicodeScalarView()
        var strings = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            chunk.append(scalar)
            if chunk.count == 1000 || value == 0x10FFFF {
                let text = String(chunk)
                let decoded = ScalarText.scalars(of: text)
                if decoded != Array(text.unicodeScalars) {
                    Issue.record("differs in the chunk ending at U+\(String(value, radix: 16, uppercase: true))")
                    return
                }
                strings += 1
                chunk = String.UnicodeScalarView()
            }
        }
        #expect(strings == 1113)  // 1,112,064 scalars
        #expect(ScalarText.scalars(of: "").isEmpty)
        #expect(ScalarText.scalars(of: "a\u{301} 1,5 % — 二〇〇六年 ١٢ 😀") == Array("a\u{301} 1,5 % — 二〇〇六年 ١٢ 😀".unicodeScalars))
    }

    /// `appendFolded` by its definition: one scalar at a time.
    static func folded(_ scalars: [Unicode.Scalar], lastWasSpace: Bool) -> ([Unicode.Scalar], Bool) {
        var output: [Unicode.Scalar] = []
        var lastWasSpace = lastWasSpace
        for scalar in scalars {
            if ScalarClass.isBidiControl(scalar) { continue }
            if ScalarClass.isWhitespace(scalar) {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
            } else {
                output.append(scalar)
                lastWasSpace = false
            }
        }
        return (output, lastWasSpace)
    }

    /// Constructed texts of ASCII letters, every ASCII white space and
    /// control, no-break and ideographic spaces, bidirectional marks and
    /// multi-byte letters, appended after text that did or did not end in a space.
    @Test func appendFoldedFollowsItsDefinition() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "1", ".", " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{08}", "\u{0E}", "\u{1F}",
                                          "\u{7F}", "\u{85}", "\u{A0}", "é", "\u{200E}", "\u{200F}", "\u{061C}", "\u{2066}", "\u{3000}",
                                          "\u{2009}", "ب", "中", "😀", "\u{FEFF}"]
        var random = SplitMix64(seed: 12)
        for trial in 0..<4000 {
            let length = Int.random(in: 0..<40, using: &random)
            let scalars = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            let bytes = Array(String(String.UnicodeScalarView(scalars)).utf8)
            let prefix: [Unicode.Scalar] = trial % 3 == 0 ? [] : trial % 3 == 1 ? ["x"] : ["x", " "]
            let lastWasSpace = prefix.last == " "
            var output = prefix
            let ended = bytes.withUnsafeBufferPointer { buffer in
                ScalarText.appendFolded(buffer, 0, buffer.count, into: &output, lastWasSpace: lastWasSpace)
            }
            let (expected, expectedEnd) = Self.folded(scalars, lastWasSpace: lastWasSpace)
            #expect(output == prefix + expected, "trial \(trial): \(scalars.map { String($0.value, radix: 16) })")
            #expect(ended == (length == 0 ? lastWasSpace : expectedEnd), "trial \(trial)")
            let start = trial % 5 == 0 ? 0 : min(bytes.count, 1)
            #expect(ScalarText.scalars(bytes, start, bytes.count)
                        == Self.folded(Array(String(decoding: bytes[start...], as: UTF8.self).unicodeScalars), lastWasSpace: false).0,
                    "trial \(trial)")
        }
    }

    /// `UnitText.verbatimRange` by its definition: the scalars' UTF-8 is the bytes.
    @Test func verbatimRangeIsTheScalarsUTF8() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "1", " ", "\t", "\u{7F}", "\u{80}", "é", "\u{E9}", "\u{A0}", "中", "😀"]
        var random = SplitMix64(seed: 13)
        for trial in 0..<4000 {
            let length = Int.random(in: 1..<30, using: &random)
            let scalars = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            var other = scalars
            if trial % 2 == 1 {
                // Another scalar in one place, often of the same byte value or length.
                other[Int.random(in: 0..<length, using: &random)] = alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
            }
            let padding: [UInt8] = trial % 3 == 0 ? [] : [0x41, 0x20]
            let bytes = padding + Array(String(String.UnicodeScalarView(other)).utf8) + padding
            let start = padding.count
            let end = bytes.count - padding.count
            let expected: Range<Int>? = Array(String(String.UnicodeScalarView(scalars)).utf8) == Array(bytes[start..<end]) ? start..<end : nil
            #expect(UnitText.verbatimRange(scalars, bytes, start, end) == expected, "trial \(trial)")
            // Bytes that decode to the scalars' values one byte each are no copy unless they are ASCII.
            let latin1 = scalars.map { UInt8(truncatingIfNeeded: $0.value) }
            let asLatin1: Range<Int>? = scalars.allSatisfy { $0.value < 0x80 } ? 0..<latin1.count : nil
            #expect(UnitText.verbatimRange(scalars, latin1, 0, latin1.count) == asLatin1, "trial \(trial)")
        }
    }

    /// `ScalarText.foldCheckingVerbatim` (a one-line unit's fold) against the three passes it replaces: `fold`,
    /// `UnitText.verbatimRange` of the scalars written and the search for `*` or `<` that opens
    /// `InlineMarkupParser.strip`; on constructed lines of white space, bidirectional marks, markup signs and
    /// multi-byte letters, and on byte strings that are not valid UTF-8 (cut, overlong, surrogate, stray continuation bytes).
    @Test func foldCheckingVerbatimIsFoldAndVerbatimRange() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "1", ".", " ", " ", "\t", "\r", "\u{0B}", "\u{0C}", "*", "<", ">", "\u{85}",
                                          "\u{A0}", "é", "\u{200E}", "\u{061C}", "\u{2066}", "\u{3000}", "ب", "中", "😀", "\u{FEFF}",
                                          "\u{FFFD}"]
        let invalid: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                                  [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80], [0xC3],
                                  [0xE4, 0xB8], [0xC3, 0x41], [0xE4, 0x41, 0xAD], [0xFF]]
        var random = SplitMix64(seed: 14)
        var verbatim = 0
        for trial in 0..<6000 {
            let length = Int.random(in: 0..<30, using: &random)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                if trial % 4 == 3, Int.random(in: 0..<10, using: &random) == 0 {
                    bytes += invalid[Int.random(in: 0..<invalid.count, using: &random)]
                } else if trial % 2 == 0 {
                    // Mostly letters and single spaces, so that many lines are verbatim.
                    bytes += Array(String(alphabet[Int.random(in: 0..<8, using: &random) == 0 ? 4 : [0, 1, 2, 15, 20, 21][Int.random(in: 0..<6, using: &random)]]).utf8)
                } else {
                    bytes += Array(String(alphabet[Int.random(in: 0..<alphabet.count, using: &random)]).utf8)
                }
            }
            let padding: [UInt8] = trial % 3 == 0 ? [] : [0x41, 0x20]
            let all = padding + bytes + padding
            let start = padding.count
            let end = all.count - padding.count
            var expected: [Unicode.Scalar] = []
            all.withUnsafeBufferPointer { buffer in _ = ScalarText.appendFolded(buffer, start, end, into: &expected, lastWasSpace: false) }
            let found = [Unicode.Scalar](unsafeUninitializedCapacity: max(1, end - start)) { out, initialized in
                let result = all.withUnsafeBufferPointer { ScalarText.foldCheckingVerbatim($0, start, end, into: out.baseAddress!) }
                initialized = result.count
                #expect(result.mayHoldMarkup == expected.contains { $0 == "*" || $0 == "<" }, "trial \(trial)")
                let verbatimRange = UnitText.verbatimRange(Array(out[0..<result.count]), all, start, end)
                #expect((result.verbatim && result.count > 0 ? start..<end : nil) == verbatimRange, "trial \(trial): \(bytes)")
                if verbatimRange != nil { verbatim += 1 }
            }
            #expect(found == expected, "trial \(trial)")
        }
        #expect(verbatim > 1000)
    }

    /// The detector's line counts as the per-byte switch it replaced made them.
    static func looksExtractedByDefinition(_ bytes: [UInt8]) -> Bool {
        var formFeeds = 0, nonBlank = 0, followedByNonBlank = 0, wrappedLength = 0, lineLength = 0, longLines = 0
        var previousNonBlank = false, lineHasText = false
        // Lines of line-like length that stop on a word or figure (closing brackets and quotes left aside) before a
        // non-blank line.
        var openEnds = 0, previousRunsOn = false
        // The same for lines of a narrow wrap, counted when no line is longer than one.
        var narrowWrapped = 0, narrowOpenEnds = 0, previousRunsOnNarrow = false, longestLine = 0
        var lineBytes: [UInt8] = []
        func endsOpen() -> Bool {
            var scalars = Array(String(decoding: lineBytes, as: UTF8.self).unicodeScalars)
            while let last = scalars.last, [" ", "\t", "\r", "\u{0C}", ")", "\"", "'", "]"].contains(last) { scalars.removeLast() }
            guard let last = scalars.last else { return false }
            return ScalarClass.isClosingMark(last) || last.properties.isAlphabetic || last.properties.numericType != nil
        }
        func closeLine() {
            if lineHasText {
                nonBlank += 1
                if lineLength > PDFExtractionDetector.longLineLength { longLines += 1 }
                longestLine = max(longestLine, lineLength)
                if previousNonBlank {
                    followedByNonBlank += 1
                    if (30...140).contains(lineLength) { wrappedLength += 1 }
                    if PDFExtractionDetector.narrowLineLengths.contains(lineLength) { narrowWrapped += 1 }
                }
                if previousRunsOn { openEnds += 1 }
                if previousRunsOnNarrow { narrowOpenEnds += 1 }
            }
            previousRunsOnNarrow = lineHasText && PDFExtractionDetector.narrowLineLengths.contains(lineLength) && endsOpen()
            previousRunsOn = lineHasText && (30...140).contains(lineLength) && endsOpen()
            previousNonBlank = lineHasText
            lineLength = 0
            lineHasText = false
            lineBytes = []
        }
        for byte in bytes {
            switch byte {
            case 0x0C: formFeeds += 1; if lineHasText { lineBytes.append(byte) }
            case 0x0A: closeLine()
            case 0x20, 0x09, 0x0D: if lineHasText { lineLength += 1; lineBytes.append(byte) }
            default:
                if byte & 0xC0 != 0x80 { lineLength += 1 }
                lineHasText = true
                lineBytes.append(byte)
            }
        }
        closeLine()
        if formFeeds > 0 && nonBlank > 0 { return true }
        guard longLines * 20 <= nonBlank else { return false }
        if PDFExtractionDetector.hasExtractedMasthead(bytes) { return true }
        if longestLine <= PDFExtractionDetector.narrowWrapLongestLine {
            wrappedLength += narrowWrapped
            openEnds += narrowOpenEnds
        }
        // A text set one unit a line (`LinePerUnitText`) is no extracted text, whatever its counts.
        return nonBlank >= 20 && followedByNonBlank * 10 >= nonBlank * 7 && wrappedLength * 2 >= nonBlank
            && openEnds * 4 >= wrappedLength && !LinePerUnitText.holds(bytes, LineScanner.lines(in: bytes))
    }

    /// Constructed line-structured texts whose line lengths straddle the
    /// detector's limits (30, 130 and 140 scalars), with blank lines,
    /// leading and trailing blanks, carriage returns, multi-byte letters and
    /// the odd form feed; and every plain-text fixture (hold-out sets left out).
    @Test func looksExtractedCountsLinesAsBefore() throws {
        var random = SplitMix64(seed: 7)
        var extracted = 0, clean = 0
        for trial in 0..<3000 {
            var bytes: [UInt8] = []
            let lineCount = Int.random(in: 0..<60, using: &random)
            let usesFormFeeds = trial % 10 == 0
            for _ in 0..<lineCount {
                if Int.random(in: 0..<6, using: &random) == 0 {
                    bytes += [[], [0x20], [0x20, 0x0D], [0x09]][Int.random(in: 0..<4, using: &random)]
                } else {
                    if Int.random(in: 0..<4, using: &random) == 0 { bytes += [0x20, 0x20] }
                    // Lines about a printed page's line long (`longLineLength`, the 140 of a wrapped length) are rare, as in
                    // extracted text.
                    let lengths = [1..<30, 28..<33, 30..<141, 138..<143, 128..<133]
                    let kind = Int.random(in: 0..<12, using: &random) == 0 ? Int.random(in: 3..<5, using: &random) : Int.random(in: 0..<3, using: &random)
                    let length = Int.random(in: lengths[kind], using: &random)
                    for _ in 0..<length {
                        switch Int.random(in: 0..<12, using: &random) {
                        case 0: bytes += [0x20]
                        case 1: bytes += Array("é".utf8)
                        case 2: bytes += Array("中".utf8)
                        case 3 where usesFormFeeds && Int.random(in: 0..<20, using: &random) == 0: bytes += [0x0C]
                        default: bytes += [UInt8(0x61 + Int.random(in: 0..<26, using: &random))]
                        }
                    }
                    if Int.random(in: 0..<5, using: &random) == 0 { bytes += [0x20, 0x0D] }
                }
                bytes.append(0x0A)
            }
            if Int.random(in: 0..<2, using: &random) == 0, !bytes.isEmpty { bytes.removeLast() }
            let expected = Self.looksExtractedByDefinition(bytes)
            #expect(PDFExtractionDetector.looksExtracted(bytes) == expected, "trial \(trial)")
            if expected { extracted += 1 } else { clean += 1 }
        }
        // Both answers are tried often.
        #expect(extracted > 300 && clean > 300)
        let fixtures = RepositoryPaths.fixture("")
        let walker = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)
        var files = 0
        while let url = walker?.nextObject() as? URL {
            guard ["txt", "md"].contains(url.pathExtension), !url.path.contains("holdout") else { continue }
            let bytes = [UInt8](try Data(contentsOf: url))
            #expect(PDFExtractionDetector.looksExtracted(bytes) == Self.looksExtractedByDefinition(bytes), "\(url.lastPathComponent)")
            files += 1
        }
        #expect(files > 50)
    }
}
