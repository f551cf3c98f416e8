/// Text in Unicode NFC (canonical composition, UAX #15) for the segmenter,
/// whose tables and scalar counts expect composed letters (`é`, not `e` and
/// U+0301; `가`, not two jamo), with the way back to the text as written:
/// the composed text's offsets lead to the input's own offsets (an
/// `OffsetTable`, as transcoded and cleaned-up text keeps them), and each
/// place composition changed is kept (`Change`), so that a document segmented
/// from the composed text gets back the text as written (`restoring(_:)`).
///
/// Text without a scalar that composition may change or join to the one
/// before it (`CanonicalCompositionTables.candidates`) is already NFC and is
/// read once, a byte per step over ASCII and scalar by scalar over the rest
/// (`composing(_:)` gives nil). Otherwise only the runs of a starter and the
/// marks after it that hold such a scalar are composed; everything stays
/// linear in the length of the text.
struct CanonicalComposition: Sendable {
    /// One place composition changed: the input bytes `inputStart..<inputEnd`, written `written`, composed `composed`.
    struct Change: Sendable, Equatable {
        var inputStart: Int
        var inputEnd: Int
        var composed: [Unicode.Scalar]
        var written: [Unicode.Scalar]
    }

    /// The text in NFC; its offsets are the input's.
    var composed: DecodedText
    /// The places composition changed, in the order of the text.
    var changes: [Change]

    /// The NFC of `text` with its changes; nil when `text` is already NFC.
    static func composing(_ text: DecodedText) -> CanonicalComposition? {
        let bytes = text.utf8
        guard var index = firstCandidate(bytes) else { return nil }
        // The run to compose starts at the last scalar before the candidate that is not one.
        var runStart = index
        while runStart > 0 {
            var lead = runStart - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            runStart = lead
            if !isCandidate(scalar(bytes, at: lead).value) { break }
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var offsets = OffsetTable()
        offsets.reserveCapacity(bytes.count + 1)
        var changes: [Change] = []
        var copied = 0
        var cursor = DecodedText.OffsetCursor()
        while true {
            // The run: runStart ..< the next scalar at or after `index` that is not a candidate.
            var runEnd = index
            var written: [Unicode.Scalar] = []
            var position = runStart
            while position < bytes.count {
                let value = scalar(bytes, at: position)
                if position >= index, position > runStart, !isCandidate(value.value) { break }
                written.append(value)
                position += scalarLength(bytes[position])
            }
            runEnd = position
            let composedRun = composition(of: written)
            if composedRun != written {
                output.append(contentsOf: bytes[copied..<runStart])
                offsets.appendConsecutive(from: copied, count: runStart - copied)
                // Each composed scalar leads to a written one (the first to the run's start), in order.
                var writtenOffsets: [Int] = []
                var offset = runStart
                for value in written {
                    writtenOffsets.append(offset)
                    offset += UTF8.width(value)
                }
                for (k, value) in composedRun.enumerated() {
                    let width = UTF8.width(value)
                    output.append(contentsOf: UTF8.encode(value)!)
                    for _ in 0..<width { offsets.append(writtenOffsets[min(k, writtenOffsets.count - 1)]) }
                }
                copied = runEnd
                changes.append(Change(inputStart: text.originalOffset(runStart, cursor: &cursor),
                                      inputEnd: text.originalOffset(runEnd, cursor: &cursor),
                                      composed: composedRun, written: written))
            }
            guard let next = nextCandidate(bytes, from: runEnd) else { break }
            index = next
            runStart = next
            // Back to the starter before the candidate (it lies in bytes not yet taken: runEnd is a starter).
            while runStart > runEnd {
                var lead = runStart - 1
                while lead > runEnd, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                runStart = lead
                if !isCandidate(scalar(bytes, at: lead).value) { break }
            }
        }
        guard !changes.isEmpty else { return nil }
        output.append(contentsOf: bytes[copied...])
        offsets.appendConsecutive(from: copied, count: bytes.count + 1 - copied)
        var decoded = DecodedText(utf8: output, encoding: text.encoding, byteOrderMarkLength: text.byteOrderMarkLength,
                                  offsetTable: text.composedOffsets(offsets))
        decoded.paragraphsMarkedByGeometry = text.paragraphsMarkedByGeometry
        return CanonicalComposition(composed: decoded, changes: changes)
    }

    /// The NFC of `text`, or `text` itself when it is already NFC.
    static func composed(_ text: DecodedText) -> DecodedText {
        composing(text)?.composed ?? text
    }

    // MARK: Restoring the text as written

    /// `document`, segmented from `composed`, with each block's text, label
    /// and speaker written as in the input: the composed letters inside the
    /// block's source ranges are given back their written form, in order
    /// (a composed letter not found in the block's strings, as one in a label
    /// the text leaves out, is passed over). Emphasis offsets follow.
    func restoring(_ document: consuming Document) -> Document {
        var document = document
        for index in document.blocks.indices {
            let ranges = document.blocks[index].sourceRanges
            var own: [Change] = []
            for range in ranges {
                var k = partitionPoint(in: changes.indices) { changes[$0].inputStart < range.start }
                while k < changes.count, changes[k].inputEnd <= range.end {
                    own.append(changes[k])
                    k += 1
                }
            }
            guard !own.isEmpty else { continue }
            var next = 0
            if let label = document.blocks[index].label {
                document.blocks[index].label = Self.restored(label, own, from: &next, passingOver: false).text
            }
            let (text, shifts) = Self.restored(document.blocks[index].text, own, from: &next, passingOver: true)
            document.blocks[index].text = text
            if !shifts.isEmpty, !document.blocks[index].emphasis.isEmpty {
                document.blocks[index].emphasis = document.blocks[index].emphasis.map { span in
                    var span = span
                    span.start = Self.shifted(span.start, shifts)
                    span.end = Self.shifted(span.end, shifts)
                    return span
                }
            }
            if let speaker = document.blocks[index].speaker {
                var first = 0
                document.blocks[index].speaker = Self.restored(speaker, own, from: &first, passingOver: true).text
            }
        }
        return document
    }

    /// `string` with the composed forms of `changes[next...]` put back as written, in order, from the first
    /// one found; `next` moves past the changes used. `passingOver`: a change not found is passed over (else
    /// the restoring stops there). `shifts`: the scalar offset after each put-back form and its growth.
    private static func restored(_ string: String, _ changes: [Change], from next: inout Int,
                                 passingOver: Bool) -> (text: String, shifts: [(offset: Int, growth: Int)]) {
        let scalars = Array(string.unicodeScalars)
        var output = String.UnicodeScalarView()
        var shifts: [(offset: Int, growth: Int)] = []
        var position = 0
        while next < changes.count {
            let change = changes[next]
            guard let found = firstIndex(of: change.composed, in: scalars, from: position) else {
                if passingOver { next += 1; continue }
                break
            }
            output.append(contentsOf: scalars[position..<found])
            output.append(contentsOf: change.written)
            position = found + change.composed.count
            shifts.append((position, change.written.count - change.composed.count))
            next += 1
        }
        guard !shifts.isEmpty else { return (string, []) }
        output.append(contentsOf: scalars[position...])
        return (String(output), shifts)
    }

    /// Where `pattern` first occurs in `scalars` at or after `start`.
    private static func firstIndex(of pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = pattern.first, scalars.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index] == first, scalars[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// A scalar offset of the composed text as the written text counts it.
    private static func shifted(_ offset: Int, _ shifts: [(offset: Int, growth: Int)]) -> Int {
        var result = offset
        for shift in shifts where shift.offset <= offset { result += shift.growth }
        return result
    }

    // MARK: Finding the scalars composition may change

    /// The offset of the first candidate scalar in `bytes`.
    static func firstCandidate(_ bytes: [UInt8]) -> Int? {
        nextCandidate(bytes, from: 0)
    }

    /// The offset of the first candidate scalar at or after `start` (a scalar's first byte): eight bytes a step
    /// over ASCII, and a bit of `basicPlaneCandidates` a scalar over the rest.
    private static func nextCandidate(_ bytes: [UInt8], from start: Int) -> Int? {
        let twoByteLeads = candidateTwoByteLeads
        return basicPlaneCandidates.withUnsafeBufferPointer { bits in
            bytes.withUnsafeBufferPointer { buffer -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                @inline(__always) func marked(_ value: UInt32) -> Bool { bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
                let count = buffer.count
                var index = start
                while index < count {
                    if index + 8 <= count,
                       UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                    let lead = base[index]
                    // Every candidate is U+0300 or above: its lead byte is 0xCC or above.
                    if lead < 0xCC {
                        index += lead < 0x80 ? 1 : 2
                        continue
                    }
                    if lead < 0xE0 {
                        // Cyrillic, Greek, Armenian: most two-byte leads start no candidate at all.
                        if twoByteLeads & (1 << UInt32(lead & 0x1F)) == 0 {
                            index += 2
                            continue
                        }
                        guard index + 1 < count else { return nil }
                        if marked(UInt32(lead & 0x1F) << 6 | UInt32(base[index + 1] & 0x3F)) { return index }
                        index += 2
                    } else if lead < 0xF0 {
                        guard index + 2 < count else { return nil }
                        let value = UInt32(lead & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6 | UInt32(base[index + 2] & 0x3F)
                        if marked(value) { return index }
                        index += 3
                    } else {
                        guard index + 3 < count else { return nil }
                        let value = UInt32(lead & 0x07) << 18 | UInt32(base[index + 1] & 0x3F) << 12
                            | UInt32(base[index + 2] & 0x3F) << 6 | UInt32(base[index + 3] & 0x3F)
                        if isCandidate(value) { return index }
                        index += 4
                    }
                }
                return nil
            }
        }
    }

    /// Whether composition may change `value` or join it to the scalar before it.
    @inline(__always)
    static func isCandidate(_ value: UInt32) -> Bool {
        if value < 0x300 { return false }
        if value < 0x10000 { return basicPlaneCandidates[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        let ranges = CanonicalCompositionTables.candidates
        let pair = partitionPoint(in: 0..<(ranges.count / 2)) { ranges[2 * $0 + 1] < value }
        return pair < ranges.count / 2 && ranges[2 * pair] <= value
    }

    /// The candidates of the Basic Multilingual Plane, a bit each.
    private static let basicPlaneCandidates: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        let ranges = CanonicalCompositionTables.candidates
        for pair in 0..<(ranges.count / 2) where ranges[2 * pair] < 0x10000 {
            for value in ranges[2 * pair]...min(ranges[2 * pair + 1], 0xFFFF) {
                bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
            }
        }
        return bits
    }()

    /// The two-byte UTF-8 lead bytes (their low five bits) some candidate starts with.
    private static let candidateTwoByteLeads: UInt32 = {
        var leads: UInt32 = 0
        for block in 0..<32 where basicPlaneCandidates[block] != 0 { leads |= 1 << UInt32(block) }
        return leads
    }()

    @inline(__always)
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar whose UTF-8 starts at `index` (valid UTF-8).
    private static func scalar(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = scalarLength(lead)
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    // MARK: Composition

    private static let hangulBase: UInt32 = 0xAC00
    private static let leadingBase: UInt32 = 0x1100
    private static let vowelBase: UInt32 = 0x1161
    private static let trailingBase: UInt32 = 0x11A7
    private static let vowelCount: UInt32 = 21
    private static let trailingCount: UInt32 = 28
    private static let syllableCount: UInt32 = 11172

    /// The NFC of `scalars`: full canonical decomposition, canonical order, canonical composition.
    static func composition(of scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var decomposed: [Unicode.Scalar] = []
        decomposed.reserveCapacity(scalars.count + 2)
        for value in scalars { appendDecomposition(of: value, to: &decomposed) }
        // Canonical order: each run of non-starters sorted by combining class, stably.
        var index = 1
        while index < decomposed.count {
            let ccc = combiningClass(decomposed[index])
            var k = index
            if ccc != 0 {
                while k > 0, combiningClass(decomposed[k - 1]) > ccc {
                    decomposed.swapAt(k, k - 1)
                    k -= 1
                }
            }
            index += 1
        }
        // Canonical composition.
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(decomposed.count)
        var starter: Int? = nil
        var lastClass: Int = -1
        for value in decomposed {
            let ccc = combiningClass(value)
            if let starterIndex = starter, lastClass < ccc || (lastClass == 0 && output.count - 1 == starterIndex),
               let composite = primaryComposite(output[starterIndex], value) {
                output[starterIndex] = composite
                continue
            }
            if ccc == 0 {
                starter = output.count
                lastClass = 0
            } else {
                lastClass = ccc
            }
            output.append(value)
            if ccc == 0 { lastClass = 0 }
        }
        return output
    }

    private static func combiningClass(_ value: Unicode.Scalar) -> Int {
        Int(value.properties.canonicalCombiningClass.rawValue)
    }

    private static func appendDecomposition(of value: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
        let code = value.value
        if code >= hangulBase, code < hangulBase + syllableCount {
            let index = code - hangulBase
            output.append(Unicode.Scalar(leadingBase + index / (vowelCount * trailingCount))!)
            output.append(Unicode.Scalar(vowelBase + index % (vowelCount * trailingCount) / trailingCount)!)
            if index % trailingCount != 0 { output.append(Unicode.Scalar(trailingBase + index % trailingCount)!) }
            return
        }
        let keys = CanonicalCompositionTables.decomposedScalars
        let k = partitionPoint(in: keys.indices) { keys[$0] < code }
        guard k < keys.count, keys[k] == code else {
            output.append(value)
            return
        }
        let starts = CanonicalCompositionTables.decompositionStarts
        for part in CanonicalCompositionTables.decompositionValues[Int(starts[k])..<Int(starts[k + 1])] {
            output.append(Unicode.Scalar(part)!)
        }
    }

    private static func primaryComposite(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar? {
        let a = first.value
        let b = second.value
        if a >= leadingBase, a < leadingBase + 19, b >= vowelBase, b < vowelBase + vowelCount {
            return Unicode.Scalar(hangulBase + ((a - leadingBase) * vowelCount + (b - vowelBase)) * trailingCount)
        }
        if a >= hangulBase, a < hangulBase + syllableCount, (a - hangulBase) % trailingCount == 0,
           b > trailingBase, b < trailingBase + trailingCount {
            return Unicode.Scalar(a + (b - trailingBase))
        }
        let key = UInt64(a) << 32 | UInt64(b)
        let pairs = CanonicalCompositionTables.compositionPairs
        let k = partitionPoint(in: pairs.indices) { pairs[$0] < key }
        guard k < pairs.count, pairs[k] == key else { return nil }
        return Unicode.Scalar(CanonicalCompositionTables.compositionResults[k])
    }
}
