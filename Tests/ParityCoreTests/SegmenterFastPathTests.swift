import Foundation
import Testing
import ParityTestSupport
@testable import ParityCore

/// Segmenter loops rewritten for speed against the code they replaced,
/// kept here as their definitions: `CaselessScripts.measured` reads UTF-8
/// bytes and counts Latin word starts apart from the dictionaries, and
/// `SourceRangeDisjointness.attachUncovered` skips the bytes whose input
/// offsets run on inside the range it just found instead of looking each
/// one up, and `PageFurnitureRecognizer.columnsOf` cuts ASCII text at its
/// bytes instead of comparing characters.
@Suite struct SegmenterFastPathTests {
    // MARK: CaselessScripts.measured

    /// `CaselessScripts.measured` as it was written before: the prefix decoded
    /// into a `String`, word starts counted per script in dictionaries.
    static func measuredByDefinition(_ bytes: [UInt8], limit: Int = 1 << 14) -> Set<UInt32> {
        let prefix = bytes.prefix(limit)
        guard prefix.contains(where: { $0 >= 0x80 }) else { return [] }
        var lowerStarts: [UInt32: Int] = [:]
        var capitalStarts: [UInt32: Int] = [:]
        var previousIsLetter = false
        var pending: Unicode.Scalar?
        func isLower(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
        }
        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            let isLetter = scalar.value < 0x80
                ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                : scalar.properties.isAlphabetic
            if let first = pending {
                pending = nil
                if isLetter, isLower(scalar) { capitalStarts[CaselessScripts.scriptKey(first), default: 0] += 1 }
            }
            if isLetter, !previousIsLetter {
                if isLower(scalar) {
                    lowerStarts[CaselessScripts.scriptKey(scalar), default: 0] += 1
                } else if ScalarClass.isUppercase(scalar) {
                    pending = scalar
                }
            }
            previousIsLetter = isLetter
        }
        var keys = Set<UInt32>()
        for (key, lower) in lowerStarts where lower >= CaselessScripts.minimumWords && capitalStarts[key, default: 0] * 100 < lower {
            keys.insert(key)
        }
        return keys
    }

    /// The scripts `measured` found, as keys (one letter of each key asked).
    static func keys(_ scripts: CaselessScripts, among letters: [Unicode.Scalar]) -> Set<UInt32> {
        Set(letters.filter { scripts.contains($0) }.map(CaselessScripts.scriptKey))
    }

    /// Constructed word soups in lower- and upper-case Latin (with accents),
    /// Georgian, Cyrillic, Greek and Armenian, each script mostly lower case
    /// in some texts and capitalised in others, read with limits that cut
    /// multi-byte scalars; and every plain-text fixture (hold-out sets left
    /// out) at the default limit and at a few cut points.
    @Test func measuredFindsTheScriptsItsDefinitionFinds() throws {
        let alphabets: [[Unicode.Scalar]] = [
            Array("abcdeéñüç".unicodeScalars), Array("ABCDEÉÑÜ".unicodeScalars),
            Array("აბგდევზთი".unicodeScalars), Array("ᲐᲑᲒᲓᲔ".unicodeScalars),
            Array("абвгдежзий".unicodeScalars), Array("АБВГДЕЖ".unicodeScalars),
            Array("αβγδεζηθ".unicodeScalars), Array("ΑΒΓΔΕ".unicodeScalars),
            Array("աբգդեզ".unicodeScalars), Array("ԱԲԳԴԵ".unicodeScalars),
            Array("ابتثجحخ".unicodeScalars), Array("中文字".unicodeScalars),
        ]
        let probes = alphabets.compactMap(\.first)
        var random = SplitMix64(seed: 12)
        var found = 0
        for trial in 0..<600 {
            // Per text, how often each alphabet's words start (capitals rare in some texts, common in others).
            let weights = alphabets.map { _ in Int.random(in: 0..<4, using: &random) }
            var text = ""
            for _ in 0..<Int.random(in: 0..<400, using: &random) {
                var pick = Int.random(in: 0..<max(1, weights.reduce(0, +)), using: &random)
                var alphabet = 0
                while alphabet < weights.count - 1, pick >= weights[alphabet] { pick -= weights[alphabet]; alphabet += 1 }
                // A capital is usually followed by the same script's small letters.
                var word = [alphabets[alphabet].randomElement(using: &random)!]
                let small = alphabet % 2 == 1 && alphabet < 10 ? alphabet - 1 : alphabet
                for _ in 0..<Int.random(in: 0..<6, using: &random) { word.append(alphabets[small].randomElement(using: &random)!) }
                text += String(String.UnicodeScalarView(word))
                text += [" ", " ", ", ", ". ", "\n", "1 ", "-"][Int.random(in: 0..<7, using: &random)]
            }
            let bytes = Array(text.utf8)
            let limit = trial % 3 == 0 ? 1 << 14 : Int.random(in: 0...max(1, bytes.count), using: &random)
            let expected = Self.measuredByDefinition(bytes, limit: limit)
            #expect(Self.keys(CaselessScripts.measured(bytes, limit: limit), among: probes) == expected, "trial \(trial)")
            if !expected.isEmpty { found += 1 }
        }
        // Caseless scripts are found in many texts, not in all.
        #expect(found > 20 && found < 590)
        let fixtures = RepositoryPaths.fixture("")
        let walker = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)
        var files = 0
        while let url = walker?.nextObject() as? URL {
            guard ["txt", "md"].contains(url.pathExtension), !url.path.contains("holdout") else { continue }
            let bytes = [UInt8](try Data(contentsOf: url))
            let letters = Array(Set(String(decoding: bytes.prefix(1 << 14), as: UTF8.self).unicodeScalars))
            for limit in [1 << 14, 1001, 4099] {
                #expect(Self.keys(CaselessScripts.measured(bytes, limit: limit), among: letters)
                        == Self.measuredByDefinition(bytes, limit: limit), "\(url.lastPathComponent) limit \(limit)")
            }
            files += 1
        }
        #expect(files > 50)
    }

    // MARK: SourceRangeDisjointness.attachUncovered

    struct Item: SourceRangeDisjointness.Ranged, Equatable {
        var sourceRanges: [SourceRange]
    }

    /// `attachUncovered` as it was written before: every visible scalar's
    /// input offset looked up.
    static func attachUncoveredByDefinition(_ blocks: inout [Item], text: DecodedText, others: [SourceRange]) {
        var ranges: [(range: SourceRange, owner: Int)] = others.map { ($0, -1) }
        for (index, block) in blocks.enumerated() {
            for range in block.sourceRanges where range.length > 0 { ranges.append((range, index)) }
        }
        ranges.sort { $0.range.start < $1.range.start }
        func owner(of offset: Int) -> Int? {
            var first = 0
            var high = ranges.count
            while first < high {
                let middle = (first + high) / 2
                if ranges[middle].range.start <= offset { first = middle + 1 } else { high = middle }
            }
            var index = first - 1
            var steps = 0
            while index >= 0, steps < 8 {
                if ranges[index].range.contains(offset) { return ranges[index].owner }
                index -= 1
                steps += 1
            }
            return nil
        }
        var extra: [Int: [SourceRange]] = [:]
        var lastOwner: Int?
        let bytes = text.utf8
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if lead == 0x20 || lead == 0x0A || lead == 0x09 || lead == 0x0D || lead == 0x0C {
                index += 1
                continue
            }
            let start = text.originalOffset(index)
            if let found = owner(of: start) {
                if found >= 0 { lastOwner = found }
            } else if let lastOwner {
                var end = start + 1
                for k in 0..<min(length, bytes.count - index) { end = max(end, text.originalOffset(index + k) + 1) }
                extra[lastOwner, default: []].append(SourceRange(start: start, end: end))
            }
            index += length
        }
        for (owner, added) in extra {
            var merged: [SourceRange] = []
            for range in (blocks[owner].sourceRanges + added).sorted() {
                if let last = merged.last, range.start <= last.end {
                    merged[merged.count - 1] = SourceRange(start: last.start, end: max(last.end, range.end))
                } else {
                    merged.append(range)
                }
            }
            blocks[owner].sourceRanges = merged
        }
    }

    /// Constructed texts (ASCII letters, white space, two- and three-byte
    /// letters) whose input offsets run on in pieces with gaps between them
    /// (furniture cut out), pieces moved back (text written out of input
    /// order) and multi-byte letters made from one input offset; tables of
    /// runs and stepped tables (thousands of short pieces) and text without
    /// a table; blocks with one to three ranges, nested, overlapping, empty
    /// or uncovering much of the text, and furniture ranges.
    @Test func attachUncoveredAttachesWhatItsDefinitionAttaches() {
        var random = SplitMix64(seed: 31)
        var attached = 0
        for trial in 0..<1500 {
            var bytes: [UInt8] = []
            let manyPieces = trial % 25 == 0
            let targetLength = manyPieces ? 9000 : Int.random(in: 0..<600, using: &random)
            while bytes.count < targetLength {
                switch Int.random(in: 0..<10, using: &random) {
                case 0: bytes += [0x20]
                case 1: bytes += [[0x0A], [0x09], [0x0D, 0x0A], [0x0C]][Int.random(in: 0..<4, using: &random)]
                case 2: bytes += Array("é".utf8)
                case 3: bytes += Array("中".utf8)
                default: bytes += [UInt8(0x61 + Int.random(in: 0..<26, using: &random))]
                }
            }
            var table = OffsetTable()
            var next = Int.random(in: 0..<5, using: &random)
            var at = 0
            while at < bytes.count {
                let length = min(bytes.count - at, manyPieces ? Int.random(in: 1...3, using: &random) : Int.random(in: 1...60, using: &random))
                if !manyPieces, Int.random(in: 0..<8, using: &random) == 0 {
                    // Bytes made from one input offset (a ligature, a transcoded character).
                    for _ in 0..<length { table.append(next) }
                    next += 1
                } else {
                    table.appendConsecutive(from: next, count: length)
                    next += length
                }
                at += length
                switch Int.random(in: 0..<6, using: &random) {
                case _ where manyPieces: next += 1  // a new run per piece: the table turns stepped
                case 0: next += Int.random(in: 1..<40, using: &random)
                case 1: next = max(0, next - Int.random(in: 1..<60, using: &random))
                default: break
                }
            }
            table.append(next)
            let text = trial % 10 == 9
                ? DecodedText(utf8: bytes, encoding: .utf8, byteOrderMarkLength: trial % 20 == 9 ? 3 : 0)
                : DecodedText(utf8: bytes, encoding: .utf8, offsetTable: table)
            let span = (0...bytes.count).map { text.originalOffset($0) }.max() ?? 0
            func randomRange(maxLength: Int) -> SourceRange {
                let start = Int.random(in: 0...span + 3, using: &random)
                return SourceRange(start: start, end: start + Int.random(in: 0...maxLength, using: &random))
            }
            var blocks: [Item] = []
            var start = 0
            while start < span {
                // Blocks in text order with holes between them, some ranges thrown anywhere.
                let length = Int.random(in: 0..<80, using: &random)
                var ranges = [SourceRange(start: start, end: start + length)]
                if Int.random(in: 0..<5, using: &random) == 0 { ranges.append(randomRange(maxLength: 40)) }
                if Int.random(in: 0..<9, using: &random) == 0 { ranges.insert(randomRange(maxLength: 200), at: 0) }
                blocks.append(Item(sourceRanges: ranges))
                start += length + [0, 0, 1, Int.random(in: 2..<30, using: &random)][Int.random(in: 0..<4, using: &random)]
            }
            let others = (0..<Int.random(in: 0..<6, using: &random)).map { _ in randomRange(maxLength: 50) }
            var expected = blocks
            Self.attachUncoveredByDefinition(&expected, text: text, others: others)
            var found = blocks
            SourceRangeDisjointness.attachUncovered(&found, text: text, others: others)
            #expect(found == expected, "trial \(trial)")
            if expected != blocks { attached += 1 }
        }
        // Uncovered text is found (and attached) in most trials, not in all.
        #expect(attached > 100 && attached < 1500)
    }

    // MARK: PageFurnitureRecognizer.columnsOf

    /// The columns as `String.split` on characters gives them, for constructed
    /// ASCII lines (spaces, tabs, CR LF, controls, letters, digits and
    /// punctuation) and lines with a no-break space, a combining mark after a
    /// space and other multi-byte scalars: combining and spacing marks,
    /// joiners, prepended concatenation marks, emoji modifiers, tags and
    /// general punctuation on either side of a separator.
    @Test func columnsAreTheCharacterSplit() {
        let pieces = [" ", "  ", "\t", "\r\n", "\r", "\n", "\u{1}", "A/61/187", "Page", "2", "-", "(2026)", "GE.24-01234", "*",
                      "\u{A0}", " \u{301}", "é", "中", "\u{200E}", "\u{301}", "\u{600}", "\u{903}", "\u{200C}", "\u{200D}", "’", "–",
                      "\u{2028}", "\u{1F3FB}", "\u{FF9E}", "\u{E0020}", "ب", "\u{D4E}", "\u{110BD}"]
        var random = SplitMix64(seed: 5)
        for trial in 0..<4000 {
            let asciiOnly = trial % 2 == 0
            var text = ""
            for _ in 0..<Int.random(in: 0..<12, using: &random) {
                text += pieces[Int.random(in: 0..<(asciiOnly ? 14 : pieces.count), using: &random)]
            }
            let expected = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).map(String.init)
            #expect(PageFurnitureRecognizer.columnsOf(text).map(String.init) == expected, "trial \(trial): \(text.debugDescription)")
        }
    }

    // MARK: TitleRepeatCaption grams, AnnexCaptionEcho numbers

    /// The grams as they were written before: an array of `gramLength` letters each.
    static func gramsByDefinition(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var letters: [Unicode.Scalar] = []
        for scalar in scalars where ScalarClass.digit(scalar) == nil && NumberedCaption.isWordScalar(scalar) {
            letters.append(ScalarClass.isUppercase(scalar) ? ScalarLowercasing.lowercasedScalar(scalar) ?? scalar : scalar)
        }
        guard letters.count >= TitleRepeatCaption.gramLength else { return [] }
        return (0...(letters.count - TitleRepeatCaption.gramLength)).map { Array(letters[$0..<($0 + TitleRepeatCaption.gramLength)]) }
    }

    /// Packed grams are the arrays of letters one to one (same count, same order, equal exactly when the arrays
    /// are), and `AnnexCaptionEcho.numbers` is the numbers of `tokens`, on every line of the plain-text fixtures
    /// (hold-out sets left out) and on constructed lines of digits of several scripts, capitals, marks and
    /// letters beyond the Basic Multilingual Plane.
    @Test func packedGramsAndNumbersAreTheirDefinitions() throws {
        var lines = ["Annex to the note verbale dated 4 March 2040 from the Permanent Mission",
                     "پیوست یادداشت شفاهی مورخ ۴ مارس ۲۰۴۰", "2040年3月4号…拨秘书处个普通照会个附件", "ÉCOLE Ǆ İstanbul 12ab34 ٢٠ १२३",
                     "a\u{301}b\u{301}c 𝐀𝐁𝐂 \u{20000}\u{20001}\u{20002} 0123456789 1234567"]
        let fixtures = RepositoryPaths.fixture("")
        let walker = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if url.lastPathComponent.hasPrefix("holdout") { walker?.skipDescendants() }
            guard url.pathExtension == "txt", !url.path.contains("holdout") else { continue }
            lines += String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n").prefix(400).map(String.init)
        }
        #expect(lines.count > 10_000)
        var packedByGram: [[Unicode.Scalar]: UInt64] = [:]
        var gramByPacked: [UInt64: [Unicode.Scalar]] = [:]
        var differing: [String] = []
        for line in lines {
            let scalars = Array(line.unicodeScalars)
            let expected = Self.gramsByDefinition(scalars)
            let packed = TitleRepeatCaption.grams(scalars)
            var same = packed.count == expected.count
            for (gram, key) in zip(expected, packed) {
                if let known = packedByGram.updateValue(key, forKey: gram), known != key { same = false }
                if let known = gramByPacked.updateValue(gram, forKey: key), known != gram { same = false }
            }
            if AnnexCaptionEcho.numbers(scalars) != AnnexCaptionEcho.tokens(scalars).filter(\.isNumber).map(\.text) { same = false }
            if !same { differing.append(line) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(packedByGram.count > 1000)
    }
}
