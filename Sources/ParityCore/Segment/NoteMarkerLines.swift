/// Footnotes set with their marker alone on a line and their text on the next
/// line, at the foot of a document or below a footnote rule:
///
///     … по предварительному перечню*
///     … доклад һораны¹.
///     …
///     *
///     A/87/150.
///     ¹
///     Шулай уҡ A/85/276 ҡарағыҙ.
///
/// The markers are no words of any language: a line holding only a marker
/// (`*`, `**`, `†`, `‡`, superscript digits `¹`, `¹²`, or plain digits that
/// the body writes glued to a word or its stop) is the start of a note when
///
/// - the body uses that marker as a note reference before it: glued to the
///   end of a word or its punctuation (`пункты*`, `һораны¹.`, `eskatu zuen.¹`);
/// - it stands in the trailing note area: it opens a chain of notes — marker
///   line, text line, marker line, text line … (blank lines between them
///   allowed) — that runs to the end of the document, or that stands right
///   below a footnote rule (`__________`).
///
/// `RawBlockBuilder` then reads the marker line and its text line as one
/// block, as it reads a paragraph label alone on its line with its text
/// (`LabelOnlyLine`); the classifier reads that block as a footnote. Without
/// this, each marker became an empty paragraph and each note's text another.
enum NoteMarkerLines {
    /// Most notes in one chain.
    static let maximumChain = 24

    /// Longest marker line, in bytes (`***`, `¹²³`, `(12)` fit).
    static let maximumMarkerBytes = 9

    /// The indices of `lines` that hold a note's marker alone, each followed by its text line.
    static func find(_ bytes: [UInt8], _ lines: [TextLine]) -> Set<Int> {
        // Most documents have no line that is a marker alone: one cheap look at each line's length.
        var candidates: [(line: Int, marker: Marker)] = []
        for index in lines.indices {
            let line = lines[index]
            guard !line.isBlank, line.contentEnd - line.contentStart <= maximumMarkerBytes,
                  let marker = marker(bytes, line.contentStart, line.contentEnd) else { continue }
            candidates.append((index, marker))
        }
        guard !candidates.isEmpty else { return [] }
        let candidateLines = Set(candidates.map(\.line))
        var found: Set<Int> = []
        // The first citation of each marker looked for, by marker; plain digits' citations read once.
        var firstCitations: [Marker: Int?] = [:]
        var plainCitations: [Int: Int]?
        func citation(_ marker: Marker, _ cache: inout [Marker: Int?]) -> Int? {
            if let known = cache[marker] { return known }
            let offset: Int?
            if let number = marker.plainNumber {
                if plainCitations == nil { plainCitations = CitedFootnoteMarker.citations(inUTF8: bytes) }
                offset = plainCitations?[number]
            } else {
                offset = firstGluedUse(marker, in: bytes)
            }
            cache[marker] = offset
            return offset
        }
        var position = 0
        while position < candidates.count {
            // The chain the candidate at `position` opens: each marker followed by one text line.
            var chain: [(line: Int, marker: Marker)] = []
            var next = position
            var index = candidates[position].line
            var end = index
            while next < candidates.count, candidates[next].line == index, chain.count < maximumChain {
                let text = index + 1
                guard text < lines.count, !lines[text].isBlank, !candidateLines.contains(text),
                      !FootnoteRule.isRule(bytes, lines[text].contentStart, lines[text].contentEnd) else { break }
                chain.append(candidates[next])
                next += 1
                end = text + 1
                index = end
                while index < lines.count, lines[index].isBlank { index += 1 }
            }
            defer { position = max(position + 1, next) }
            guard !chain.isEmpty else { continue }
            // The trailing note area: the chain runs to the end, or stands right below a rule.
            var after = end
            while after < lines.count, lines[after].isBlank { after += 1 }
            var before = chain[0].line - 1
            while before >= 0, lines[before].isBlank { before -= 1 }
            let belowRule = before >= 0 && FootnoteRule.isRule(bytes, lines[before].contentStart, lines[before].contentEnd)
            guard after == lines.count || belowRule else { continue }
            // Every marker of the chain is a reference the body makes before it.
            let bodyEnd = lines[chain[0].line].start
            guard chain.allSatisfy({ citation($0.marker, &firstCitations).map { $0 < bodyEnd } ?? false }) else { continue }
            found.formUnion(chain.map(\.line))
        }
        return found
    }

    /// A marker alone on a line: its scalars as written.
    struct Marker: Hashable {
        var scalars: [Unicode.Scalar]
        /// Plain digits: cited glued to a word or its stop (`CitedFootnoteMarker.citations`).
        var plainNumber: Int?
    }

    /// The marker `bytes[start..<end]` holds alone, if it holds one: `*` to `***`, `†`, `‡`, one to three
    /// superscript digits, one to three plain ASCII digits.
    static func marker(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Marker? {
        let first = bytes[start]
        guard first == UInt8(ascii: "*") || (0x30...0x39).contains(first) || first == 0xC2 || first == 0xE2 else { return nil }
        let scalars = ScalarText.scalars(bytes, start, end)
        guard (1...3).contains(scalars.count) else { return nil }
        if scalars.allSatisfy({ $0 == "*" }) { return Marker(scalars: scalars) }
        if scalars.count == 1, scalars[0] == "†" || scalars[0] == "‡" { return Marker(scalars: scalars) }
        if scalars.allSatisfy({ SuperscriptDigits.value(of: $0) != nil }) { return Marker(scalars: scalars) }
        if scalars.allSatisfy({ (0x30...0x39).contains($0.value) }), let number = Int(ScalarText.string(scalars)), number > 0 {
            return Marker(scalars: scalars, plainNumber: number)
        }
        return nil
    }

    /// The byte offset of the first place `marker` stands as a note reference in `bytes`: glued after a letter, a
    /// digit or a closing mark (not after white space or a marker scalar: `**`, `¹²`), and not followed by more
    /// of its kind (`*` in `**`, `¹` in `¹²`). Plain digits are read as `CitedFootnoteMarker` reads them.
    static func firstGluedUse(_ marker: Marker, in bytes: [UInt8]) -> Int? {
        let pattern = Array(String(String.UnicodeScalarView(marker.scalars)).utf8)
        guard let lead = pattern.first else { return nil }
        var index = 1
        while index + pattern.count <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == lead, bytes[index..<(index + pattern.count)].elementsEqual(pattern) else { continue }
            guard let before = scalar(endingAt: index, in: bytes), !ScalarClass.isWhitespace(before),
                  !isMarkScalar(before) else { continue }
            let after = index + pattern.count
            if after < bytes.count, let following = scalar(startingAt: after, in: bytes), isMarkScalar(following) { continue }
            return index
        }
        return nil
    }

    /// A scalar that makes part of a marker: `*`, a superscript digit, a dagger.
    private static func isMarkScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "*" || SuperscriptDigits.value(of: scalar) != nil || scalar == "†" || scalar == "‡"
    }

    /// The scalar whose UTF-8 starts at `start`, if whole.
    private static func scalar(startingAt start: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        let lead = bytes[start]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, start + length <= bytes.count else { return nil }
        return ScalarText.scalars(bytes, start, start + length).first
    }

    /// The scalar whose UTF-8 ends right before `end`.
    private static func scalar(endingAt end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return nil }
        return scalar(startingAt: start, in: bytes)
    }
}
