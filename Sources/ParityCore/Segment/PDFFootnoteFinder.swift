/// Finds the footnotes at the bottom of one PDF page.
///
/// A footnote starts with a line whose marker (`*`, `†`, superscript digits,
/// or one to three digits of any script — `1`, Devanagari `१` — possibly glued
/// to the text as in "1A/60/871.")
/// is cited above it on the same or the previous page — the same
/// superscript or asterisk after a word, or the digits glued to the end of
/// a word ("informe1 se decía"), or set apart at a line end ("2025. 1") —
/// with no paragraph label below it. Lines after a start line that start no
/// other footnote continue it.
///
/// Below a footnote rule (a line of underscores, `FootnoteRule`) every line
/// is footnote text, and a marker may stand alone on its line with its text
/// on the next lines ("1" / "" / "See A/70/219."), up to a blank line after
/// which a new sentence starts without a marker (the body goes on), or up to
/// a short line (under six tenths of the widest line below the rule, or
/// shorter than `shortLength`, a body line that did not wrap: notes are set
/// smaller, so their full lines are longer) that ends a sentence, followed by
/// a line without a marker (a note's line breaks mid-sentence only where it
/// is full).
///
/// Table notes (`tableNotes`) are marked a, b, c in turn at the bottom of a
/// page ("a Authorized strength is 231." or "a" alone, its text below);
/// their markers are written as superscript letters ("ᵃ").
///
/// A wrapped body line that starts with a figure, a year or an amount is
/// never a footnote: numbered footnotes count up through the document, so
/// a digit marker must be the next number (or the one after, when one was
/// missed); a year or a total ("2012", "235") is not; and digits followed
/// by a lower-case word after a line that does not end a sentence ("… of
/// whom" / "6 months and 17 years were released") continue that sentence.
enum PDFFootnoteFinder {
    /// How many non-blank lines at the bottom of a page may hold footnotes.
    static let bottomLines = 12

    /// The footnotes of a page as lists of line indices, top to bottom.
    /// `lastNumber` is the number of the document's last numbered footnote
    /// found so far (0 before the first); it is updated. `rule` is the line
    /// of the page's footnote rule, if it has one. Records in `replacements`
    /// (input byte index → replaced length and text) how markers are
    /// rewritten: digits as superscript digits, and a space after a marker
    /// glued to its footnote text. `shortLength`: body lines shorter than this (in scalars) did not wrap (0: unknown).
    /// `mayRestart`: the page opens a part with notes of its own (an annex's caption stands on it), so its
    /// first numbered note may be 1 again, a new series, whatever the count before.
    /// `paragraphNumbers`: lines the document's counts make paragraph numbers written without a stop
    /// (`BareDecimalHeads.find`: "1 Mkataba huu …" under an article's caption), which open no note at a page's
    /// bottom, cited figure or not ("… aya ya 1 ya Ibara hii …").
    static func footnotes(
        _ pageLines: [Int], _ lines: [PDFLine], _ bytes: [UInt8], searchFrom: Int,
        lastNumber: inout Int, rule: Int? = nil, shortLength: Int = 0, mayRestart: Bool = false,
        paragraphNumbers: [Int: Int] = [:], skipping: [Range<Int>] = [],
        replacements: inout [Int: (length: Int, text: String)]
    ) -> [[Int]] {
        if let rule {
            let below = pageLines.filter { $0 > rule }
            if let notes = footnotesBelowRule(below, lines, bytes, searchFrom: searchFrom, lastNumber: &lastNumber,
                                              shortLength: shortLength, mayRestart: mayRestart, skipping: skipping,
                                              replacements: &replacements) {
                return notes
            }
        }
        let candidates = Array(pageLines.suffix(bottomLines))
        if let notes = tableNotes(candidates, lines, bytes, replacements: &replacements) { return notes }
        for (position, index) in candidates.enumerated() {
            guard paragraphNumbers[index] == nil,
                  let marker = marker(lines[index], bytes, alone: headsTextBelow(position, candidates, lines, bytes)), !marker.isLetter,
                  case let restarts = mayRestart && marker.value == 1 && !inSequence(marker, lastNumber),
                  restarts || inSequence(marker, lastNumber),
                  !continuesSentence(marker, index, lines, bytes), !continuesWrappedLine(index, lines, bytes),
                  case let firstCited = citation(of: marker, in: bytes, from: searchFrom, to: lines[index].contentStart, skipping: skipping),
                  firstCited != nil || marker.gluedToLetter else { continue }
            let rest = candidates[(position + 1)...]
            if rest.contains(where: { PDFLabel.startsWithLabel(bytes, lines[$0].contentStart, lines[$0].contentEnd) || paragraphNumbers[$0] != nil }) {
                continue
            }
            var notes: [[Int]] = []
            var number = restarts ? 0 : lastNumber
            var restarted = restarts
            // Where the last note's citation ends: the next note is cited after it (`figureGluedCitation`).
            var citedUpTo: Int?
            for (offset, noteLine) in candidates.enumerated().dropFirst(position) {
                if let next = self.marker(lines[noteLine], bytes, alone: headsTextBelow(offset, candidates, lines, bytes)), !next.isLetter,
                   case let restartsHere = mayRestart && !restarted && next.value == 1 && !inSequence(next, number),
                   restartsHere || inSequence(next, number),
                   noteLine == index || !continuesSentence(next, noteLine, lines, bytes) && !continuesWrappedLine(noteLine, lines, bytes),
                   // Inside the page's notes, a marker after a year's stop cites the next one (`… than in 2030.2`).
                   case let cited = noteLine == index ? firstCited
                        : citation(of: next, in: bytes, from: searchFrom, to: lines[noteLine].contentStart, afterYear: true,
                                   figureFrom: citedUpTo, skipping: skipping + [lines[index].contentStart..<lines[noteLine].contentStart]),
                   cited != nil || next.gluedToLetter || noteLine == index {
                    notes.append([noteLine])
                    record(next, at: lines[noteLine].contentStart, citedAt: cited, bytes, &replacements)
                    if let cited { citedUpTo = cited.start + cited.length }
                    if restartsHere { restarted = true }
                    if let value = next.value { number = value }
                } else {
                    notes[notes.count - 1].append(noteLine)
                }
            }
            lastNumber = number
            return notes
        }
        return []
    }

    /// The footnotes in the lines below a footnote rule: each starts at a
    /// line with a marker (alone or before its text) that is cited or in
    /// sequence; nil when the first line starts no footnote.
    private static func footnotesBelowRule(
        _ below: [Int], _ lines: [PDFLine], _ bytes: [UInt8], searchFrom: Int,
        lastNumber: inout Int, shortLength: Int, mayRestart: Bool, skipping: [Range<Int>],
        replacements: inout [Int: (length: Int, text: String)]
    ) -> [[Int]]? {
        var notes: [[Int]] = []
        var number = lastNumber
        var restarted = false
        // Where the last note's citation ends: the next note is cited after it (`figureGluedCitation`).
        var citedUpTo: Int?
        let widest = below.map { lines[$0].length }.max() ?? 0
        for (position, index) in below.enumerated() {
            let line = lines[index]
            let marker = marker(line, bytes, alone: true, parenthesized: true)
            // An annex's own notes start again at 1 (`mayRestart`), once; a count before goes on otherwise.
            if mayRestart, !restarted, number > 0, marker?.value == 1 {
                number = 0
                restarted = true
            }
            if let marker, !marker.isLetter, inSequence(marker, number),
               notes.isEmpty || marker.alone || !continuesSentence(marker, index, lines, bytes) {
                let noted = notes.first.map { lines[$0[0]].contentStart..<line.contentStart }
                let cited = citation(of: marker, in: bytes, from: searchFrom, to: line.contentStart, figureFrom: citedUpTo,
                                     skipping: skipping + (noted.map { [$0] } ?? []))
                // Below the rule a symbol marker ("*", "†") opens a note even when its call stands on an earlier page.
                if cited != nil || marker.alone || marker.gluedToLetter || marker.value == number + 1 || (marker.value == nil && !marker.isDigits) {
                    notes.append([index])
                    record(marker, at: line.contentStart, citedAt: cited, bytes, &replacements)
                    if let cited { citedUpTo = cited.start + cited.length }
                    if let value = marker.value { number = value }
                    continue
                }
            }
            guard !notes.isEmpty else { return nil }
            // After a blank line, a note that ended its sentence does not go on with a new one: the
            // footnotes are over and the body resumes ("* A/79/50." / "" / "Annex to the note verbale …").
            if let last = notes.last?.last, endsSentence(lines[last], bytes), index > 0, lines[index - 1].isBlank,
               !startsLowercase(line, bytes) { break }
            // Nor after a short line that ends a sentence (a note's line breaks inside a sentence only when it is
            // full): a line without a marker there is body text set below the notes.
            if let last = notes.last?.last, endsSentence(lines[last], bytes),
               lines[last].length * 10 < widest * 6 || lines[last].length < shortLength, !startsLowercase(line, bytes) { break }
            // Nor where the body starts a count again below the notes' last sentence: the short lines over it (an
            // annex's word in lower case, its title, a goal's caption) and the count are no note's (`pepa faaopoopo`
            // / title / `Sini Autu 1: …` / `1.1 …`).
            if let last = notes.last?.last, endsSentence(lines[last], bytes), opensCount(below[position...], lines, bytes) { break }
            // Nor at an annex's caption below the notes' last sentence, however long what it heads before its count
            // (`Annexe I` over a title and a list of names, then `Annexe II`).
            if let last = notes.last?.last, endsSentence(lines[last], bytes),
               CaptionRecognizer.annexCaptionLabel(scalars: ScalarText.scalars(bytes, line.contentStart, line.contentEnd)) != nil { break }
            notes[notes.count - 1].append(index)
        }
        guard !notes.isEmpty else { return nil }
        lastNumber = number
        return notes
    }

    /// Whether the line at `candidates[position]` has text under it at the page's bottom that a marker alone on it
    /// would head ("1" / "See also resolution 111/187."): the next non-blank line opens with no label, marker or
    /// figure. A page number alone at the foot has nothing under it.
    private static func headsTextBelow(_ position: Int, _ candidates: [Int], _ lines: [PDFLine], _ bytes: [UInt8]) -> Bool {
        guard let next = candidates[(position + 1)...].first(where: { !lines[$0].isBlank }) else { return false }
        let line = lines[next]
        return !PDFLabel.startsWithLabel(bytes, line.contentStart, line.contentEnd) && marker(line, bytes, alone: true) == nil
            && digit(at: line.contentStart, bytes, end: line.contentEnd) == nil
    }

    /// Most lines that may stand between a note's last sentence and a count the body opens below it
    /// (`opensCount`): an annex's word, its title, a goal's caption.
    static let countHeadLines = 4

    /// Whether a count opens at 1 (`CountOpeningLine.opensAtOne`) at the first of `following` or below it, over at
    /// most `countHeadLines` lines that end no sentence.
    private static func opensCount(_ following: ArraySlice<Int>, _ lines: [PDFLine], _ bytes: [UInt8]) -> Bool {
        for (offset, index) in following.enumerated() where !lines[index].isBlank {
            if CountOpeningLine.opensAtOne(bytes, lines[index].contentStart, lines[index].contentEnd) { return true }
            if offset >= countHeadLines || endsSentence(lines[index], bytes) { return false }
        }
        return false
    }

    /// Table notes at the bottom of a page: lines opening with the letters a, b, c … in turn (the marker
    /// before its text or alone on its line, the text below), at least two, the first "a"; the lines after
    /// a note that start no other note continue it. The markers are written as superscript letters ("ᵃ").
    private static func tableNotes(
        _ candidates: [Int], _ lines: [PDFLine], _ bytes: [UInt8], replacements: inout [Int: (length: Int, text: String)]
    ) -> [[Int]]? {
        guard let start = candidates.firstIndex(where: { marker(lines[$0], bytes, alone: true)?.bytes == [UInt8(ascii: "a")] })
        else { return nil }
        var notes: [[Int]] = []
        var markers: [(line: Int, marker: Marker)] = []
        var expected = UInt8(ascii: "a")
        for index in candidates[start...] {
            if let marker = marker(lines[index], bytes, alone: true), marker.isLetter, marker.bytes == [expected] {
                notes.append([index])
                markers.append((index, marker))
                expected += 1
            } else if notes.isEmpty || lines[index].isBlank {
                continue
            } else {
                notes[notes.count - 1].append(index)
            }
        }
        guard notes.count >= 2 else { return nil }
        for (line, marker) in markers {
            guard let letter = SuperscriptLetters.superscript(Unicode.Scalar(marker.bytes[0])) else { continue }
            replacements[lines[line].contentStart] = (1, String(letter))
        }
        return notes
    }

    private static func endsSentence(_ line: PDFLine, _ bytes: [UInt8]) -> Bool {
        ScalarText.endsSentence(ScalarText.scalars(bytes, max(line.contentStart, line.contentEnd - 4), line.contentEnd))
    }

    private static func startsLowercase(_ line: PDFLine, _ bytes: [UInt8]) -> Bool {
        ScalarText.firstLetter(ScalarText.scalars(bytes, line.contentStart, min(line.contentEnd, line.contentStart + 16)))
            .map(ScalarClass.isLowercase) ?? false
    }

    /// Whether a digit marker follows the document's footnote numbering:
    /// the next number, or the one after it. Other markers always do.
    static func inSequence(_ marker: Marker, _ lastNumber: Int) -> Bool {
        guard let value = marker.value else { return true }
        return value == lastNumber + 1 || value == lastNumber + 2
    }

    /// Whether a line that starts with digits and a lower-case word goes on
    /// with the sentence of the line above ("… of whom" / "6 months and 17 years").
    static func continuesSentence(_ marker: Marker, _ index: Int, _ lines: [PDFLine], _ bytes: [UInt8]) -> Bool {
        guard marker.isDigits, !marker.glued else { return false }
        let line = lines[index]
        var at = line.contentStart + marker.bytes.count
        while at < line.contentEnd, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
        guard at < line.contentEnd, let first = ScalarText.scalars(bytes, at, min(line.contentEnd, at + 4)).first,
              ScalarClass.isLowercase(first) else { return false }
        var previous = index - 1
        while previous >= 0, lines[previous].isBlank { previous -= 1 }
        guard previous >= 0 else { return false }
        let last = lines[previous]
        let lastScalars = ScalarText.scalars(bytes, max(last.contentStart, last.contentEnd - 4), last.contentEnd)
        return !ScalarText.endsSentence(lastScalars)
    }

    /// Whether the line at `index` is the wrapped rest of the sentence on the line right above it, whatever it
    /// starts with ("3.   Översynen av nätet … avslutas den" / "     1 oktober 2036."): that line ends no sentence
    /// and this one starts at its text's column, indented — after its hanging label or marker and their gap, or at
    /// its own indent. A page-foot note starts at its own column, and below a blank line or a rule.
    static func continuesWrappedLine(_ index: Int, _ lines: [PDFLine], _ bytes: [UInt8]) -> Bool {
        guard index > 0, !lines[index - 1].isBlank, lines[index - 1].page == lines[index].page else { return false }
        let above = lines[index - 1]
        guard !endsSentence(above, bytes), !FootnoteRule.isRule(bytes, above.contentStart, above.contentEnd) else { return false }
        // A note's marker before its text with one space ("1 See A/70/219, para") hangs too: the next note is no wrap.
        // Text at the margin (reading-order extraction sets every line there) tells nothing.
        let start = column(lines[index].contentStart, bytes)
        return start > 0 && start == textColumn(above, bytes, gap: 1)
    }

    /// Longest label or marker (in scalars) before the gap of a hanging line (`18.4`, `(iii)`, `12`, `١٨٫٤`).
    static let hangingLabelScalars = 6

    /// The column where `line`'s text starts: after a short first token (a label or marker) and a gap of `gap`
    /// spaces or more, or else at the line's first character.
    static func textColumn(_ line: PDFLine, _ bytes: [UInt8], gap: Int = 2) -> Int {
        var at = line.contentStart
        while at < line.contentEnd, bytes[at] != 0x20, bytes[at] != 0x09 { at += 1 }
        var gapEnd = at
        while gapEnd < line.contentEnd, bytes[gapEnd] == 0x20 { gapEnd += 1 }
        if column(at, bytes) - column(line.contentStart, bytes) <= hangingLabelScalars, gapEnd - at >= gap, gapEnd < line.contentEnd,
           PDFLabel.startsWithLabel(bytes, line.contentStart, line.contentEnd)
            || marker(line, bytes) != nil {
            return column(gapEnd, bytes)
        }
        return column(line.contentStart, bytes)
    }

    /// The column of byte `offset` on its line: the scalars since the line's start (layout text sets one character
    /// a cell, so a label in Arabic-Indic or Devanagari digits, two or three bytes each, is as wide as in ASCII).
    static func column(_ offset: Int, _ bytes: [UInt8]) -> Int {
        var start = offset, scalars = 0
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0C {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
        }
        return scalars
    }

    /// The decimal digit of any script whose UTF-8 bytes start at `at` (before `end`), with their length; nil for
    /// anything else (superscript digits are no decimal digits).
    static func digit(at: Int, _ bytes: [UInt8], end: Int) -> (value: Int, length: Int)? {
        guard at < end else { return nil }
        let lead = bytes[at]
        if lead >= 0x30, lead <= 0x39 { return (Int(lead - 0x30), 1) }
        guard lead >= 0xC2 else { return nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard at + length <= end, let scalar = ScalarText.scalars(bytes, at, at + length).first,
              let value = ScalarClass.digit(scalar) else { return nil }
        return (value, length)
    }

    /// The index of the `)` that closes one to three digits of one script (not full-width) after the `(` at `open`
    /// (`(1)`, `(१)`, `(১২)`), or nil.
    static func bracketedDigitsEnd(after open: Int, _ bytes: [UInt8], end: Int) -> Int? {
        var at = open + 1, count = 0
        while count < 3, !isFullWidthDigit(at: at, bytes, end: end), let next = digit(at: at, bytes, end: end) {
            at += next.length
            count += 1
        }
        return count > 0 && at < end && bytes[at] == UInt8(ascii: ")") ? at : nil
    }

    /// The offset of the `)` that closes one to three stars in brackets opened at `open` (`(*)`, `(**)`), if any.
    static func bracketedStarsEnd(after open: Int, _ bytes: [UInt8], end: Int) -> Int? {
        guard bytes[open] == UInt8(ascii: "(") else { return nil }
        var at = open + 1
        while at < end, at - open <= 3, bytes[at] == UInt8(ascii: "*") { at += 1 }
        return at > open + 1 && at < end && bytes[at] == UInt8(ascii: ")") ? at : nil
    }

    /// Whether a full-width digit (`１`, U+FF10–FF19) starts at `at`: the body digits of Chinese and Japanese text,
    /// which number paragraphs (`１　締約国は…`) and glue to ideographs (`第３条`); their notes are marked otherwise.
    static func isFullWidthDigit(at: Int, _ bytes: [UInt8], end: Int) -> Bool {
        at + 3 <= end && bytes[at] == 0xEF && bytes[at + 1] == 0xBC && (0x90...0x99).contains(bytes[at + 2])
    }

    /// Whether the character that ends right before byte `at` (not before `from`) is a decimal digit of any script.
    private static func digitEnds(before at: Int, _ bytes: [UInt8], from: Int) -> Bool {
        var start = at - 1
        while start > from, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start >= from && digit(at: start, bytes, end: at)?.length == at - start
    }

    /// A footnote marker at the start of a line: its bytes and whether it is digits (of any script).
    struct Marker {
        var bytes: [UInt8]
        var isDigits: Bool
        /// Whether the footnote text follows without a space.
        var glued: Bool
        /// Whether a letter follows right after the marker ("1A/60/871."): a
        /// footnote even when its citation cannot be found (a superscript
        /// that extraction set apart by a space).
        var gluedToLetter = false
        /// Whether the marker is the whole line (its text follows on the next lines).
        var alone = false
        /// A table note's small letter (`a`, `b`, `c`).
        var isLetter = false

        /// A number in brackets ("(1)", as Arabic documents mark their notes).
        var parenthesized = false

        /// The number of a digit marker (digits of any script, superscript digits, or ASCII digits in brackets).
        var value: Int? {
            if isDigits {
                var number = 0
                for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                    guard let digit = ScalarClass.digit(scalar) else { return nil }
                    number = number * 10 + digit
                }
                return number
            }
            if parenthesized {
                // `(1)`, or `(१)` in the digits of the version's own script.
                var number = 0
                for scalar in String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self).unicodeScalars {
                    guard let digit = ScalarClass.digit(scalar) else { return nil }
                    number = number * 10 + digit
                }
                return number
            }
            var number = 0
            var digits = 0
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                guard let digit = SuperscriptDigits.value(of: scalar) else { return nil }
                number = number * 10 + digit
                digits += 1
            }
            return digits > 0 ? number : nil
        }
    }

    /// The footnote marker at the start of `line`; with `alone`, also a marker that is the whole line;
    /// with `parenthesized` (below a footnote rule only: in the body "(1)" opens a list item), also
    /// a number in brackets ("(1) تقدير …").
    static func marker(_ line: PDFLine, _ bytes: [UInt8], alone: Bool = false, parenthesized: Bool = false) -> Marker? {
        let start = line.contentStart
        let end = line.contentEnd
        guard start < end else { return nil }
        var at = start
        var isDigits = false
        var inBrackets = false
        if parenthesized, bytes[at] == UInt8(ascii: "("), let close = bracketedDigitsEnd(after: at, bytes, end: end) {
            at = close + 1
            inBrackets = true
        } else if parenthesized, let close = bracketedStarsEnd(after: at, bytes, end: end) {
            // `(*)`, `(**)`: a star note's marker in brackets, as `(1)` is a numbered one's.
            at = close + 1
            inBrackets = true
        } else if bytes[at] == UInt8(ascii: "*") {
            while at < end, at - start < 3, bytes[at] == UInt8(ascii: "*") { at += 1 }
        } else if digit(at: at, bytes, end: end) != nil, !isFullWidthDigit(at: at, bytes, end: end) {
            // Up to three digits of any script (`12`, Devanagari `१२`, Bengali `১২`): the notes of a version that writes
            // its own digits are numbered in them.
            var count = 0
            while count < 3, let next = digit(at: at, bytes, end: end) {
                at += next.length
                count += 1
            }
            isDigits = true
            // "23. " and "1) " are labels, "2006" is a number: not markers.
            if at < end, digit(at: at, bytes, end: end) != nil || bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: ")") || bytes[at] == UInt8(ascii: ",") {
                return nil
            }
            // Nor is a number before another script's mark (`१।`, `၁။`, `۱۔`, the danda's label of Hindi): a note's
            // marker stands before white space or a letter of its text.
            if at < end, bytes[at] >= 0x80, let next = ScalarText.scalars(bytes, at, min(end, at + 4)).first,
               !ScalarClass.isWordLetter(next), !ScalarClass.isWhitespace(next) {
                return nil
            }
            // "2 — Nenhuma Parte …": a paragraph number before a spaced dash, not a note (no note text opens with a dash).
            if at + 1 < end, bytes[at] == 0x20, PDFLabel.dashLength(bytes, at + 1, end) > 0 { return nil }
        } else if bytes[at] >= 0x61, bytes[at] <= 0x7A, bytes[at] != UInt8(ascii: "q"),
                  at + 1 == end || (at + 2 < end && bytes[at + 1] == 0x20 && bytes[at + 2] >= 0x41 && bytes[at + 2] <= 0x5A) {
            // A table note's letter ("a Authorized strength …", or "a" alone before its text): a marker only in a
            // sequence a, b, c at the page's bottom (`footnotes`).
            if at + 1 == end, !alone { return nil }
            return Marker(bytes: [bytes[at]], isDigits: false, glued: false, alone: at + 1 == end, isLetter: true)
        } else {
            // Superscript digits (¹²³ are C2 B9/B2/B3, the others E2 81 B0–B9) and † ‡ (E2 80 A0/A1).
            while at < end {
                if at + 1 < end, bytes[at] == 0xC2, bytes[at + 1] == 0xB9 || bytes[at + 1] == 0xB2 || bytes[at + 1] == 0xB3 {
                    at += 2
                } else if at + 2 < end, bytes[at] == 0xE2, bytes[at + 1] == 0x81, (0xB0...0xB9).contains(bytes[at + 2]) {
                    at += 3
                } else if at + 2 < end, bytes[at] == 0xE2, bytes[at + 1] == 0x80, bytes[at + 2] == 0xA0 || bytes[at + 2] == 0xA1 {
                    at += 3
                } else {
                    break
                }
            }
        }
        guard at > start else { return nil }
        if at == end {
            guard alone else { return nil }
            return Marker(bytes: Array(bytes[start..<at]), isDigits: isDigits, glued: false, alone: true, parenthesized: inBrackets)
        }
        let glued = !(bytes[at] == 0x20 || bytes[at] == 0x09)
        let next = bytes[at]
        let letter = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next >= 0xC3
        return Marker(bytes: Array(bytes[start..<at]), isDigits: isDigits, glued: glued, gluedToLetter: glued && letter,
                      parenthesized: inBrackets)
    }

    /// Where a marker is cited: the bytes to replace by the superscript marker.
    struct Citation {
        var start: Int
        var length: Int
    }

    /// The last citation of `marker` in `bytes[from..<to]`: glued to its word
    /// ("informe1"), else — for digits — the only one set apart by a space
    /// between a word and a lower-case word ("informe 1 se"), if there is exactly one.
    /// `afterYear`: digits glued to a year's full stop count too (`2030.2`), once the page's notes have begun.
    /// Failing all these, a numbered note's marker glued to a figure (`figureGluedCitation`), looked for from
    /// `figureFrom` (the citation of the note before it on the page) on.
    /// `skipping`: the byte ranges of notes already found (the page's, the page before's) inside `from..<to`: a note's
    /// citation stands in the body, not in another note's text ("² Survey conducted from 3 to 28 February").
    static func citation(of marker: Marker, in bytes: [UInt8], from: Int, to: Int, afterYear: Bool = false,
                         figureFrom: Int? = nil, skipping: [Range<Int>] = []) -> Citation? {
        let parts = searchedParts(from: from, to: to, skipping: skipping)
        for part in parts.reversed() {
            if let glued = gluedCitation(of: marker, in: bytes, from: part.lowerBound, to: part.upperBound, afterYear: afterYear) {
                return Citation(start: glued, length: marker.bytes.count)
            }
        }
        guard marker.isDigits else { return nil }
        let count = marker.bytes.count
        var found: [Int] = []
        var atLineEnd: Int?
        for part in parts {
            var at = max(part.lowerBound + 2, 2)
            while at + count < part.upperBound {
                if bytes[at - 1] == 0x20, bytes[at] == marker.bytes[0], Array(bytes[at..<(at + count)]) == marker.bytes {
                    let after = bytes[at + count]
                    if after == 0x20, isLetter(bytes[at - 2]), at + count + 1 < bytes.count, isLowercaseStart(bytes[at + count + 1]) {
                        found.append(at)
                    } else if after == 0x0A || after == 0x0D || after == 0x0C,
                              ".,;:)\"".utf8.contains(bytes[at - 2]) || isClosingQuote(bytes, at - 2) {
                        // "… 14 April 2025. 1", "for 2014, 1" at a line end: a superscript set apart by extraction
                        // after punctuation (after a word it may be a number the next line goes on from).
                        atLineEnd = at
                    }
                }
                at += 1
            }
        }
        func figureStop() -> Citation? {
            parts.reversed().lazy.compactMap { figureStopCitation(of: marker, in: bytes, from: $0.lowerBound, to: $0.upperBound) }
                .first.map { Citation(start: $0, length: count) }
        }
        // A figure set apart between words ("at least 2 per cent") is a figure where a figure's full stop holds the
        // marker glued to it ("… than in 2093.2").
        if found.count == 1, let only = found.first { return figureStop() ?? Citation(start: only - 1, length: count + 1) }
        if found.isEmpty, let last = atLineEnd { return Citation(start: last - 1, length: count + 1) }
        if let stop = figureStop() { return stop }
        for part in parts {
            let start = figureFrom.map { max($0, part.lowerBound) } ?? part.lowerBound
            guard start < part.upperBound else { continue }
            if let glued = figureGluedCitation(of: marker, in: bytes, from: start, to: part.upperBound) { return glued }
        }
        return nil
    }

    /// `from..<to` without the `skipping` ranges, in order.
    private static func searchedParts(from: Int, to: Int, skipping: [Range<Int>]) -> [Range<Int>] {
        guard from < to else { return [from..<from] }
        var parts: [Range<Int>] = []
        var start = from
        for skipped in skipping.sorted(by: { $0.lowerBound < $1.lowerBound }) where skipped.upperBound > start && skipped.lowerBound < to {
            if skipped.lowerBound > start { parts.append(start..<skipped.lowerBound) }
            start = max(start, skipped.upperBound)
        }
        if start < to { parts.append(start..<to) }
        return parts
    }

    /// The citation of a numbered note that nothing else cites, glued to the figure before it (`… en 20431`, note 1
    /// after 2043: `FigureGluedCitation`): the first such figure in `bytes[from..<to]`, before any free-standing
    /// citation of the next note there (the notes are cited in order); the bytes of the marker's digits only.
    static func figureGluedCitation(of marker: Marker, in bytes: [UInt8], from: Int, to: Int) -> Citation? {
        guard marker.isDigits, let value = marker.value, value > 0, from < to else { return nil }
        var to = to
        if let next = nextMarker(after: marker, value: value + 1),
           let glued = gluedCitation(of: next, in: bytes, from: from, to: to, afterYear: false) {
            to = glued
        }
        guard from < to else { return nil }
        // The window's scalars and the byte offset of each (`from` and `to` stand at scalar boundaries).
        var offsets: [Int] = []
        var scalars: [Unicode.Scalar] = []
        var at = from
        for scalar in String(decoding: bytes[from..<to], as: UTF8.self).unicodeScalars {
            offsets.append(at)
            scalars.append(scalar)
            at += scalar.utf8.count
        }
        guard at == to else { return nil }
        offsets.append(to)
        guard let range = FigureGluedCitation.first(value, in: scalars) else { return nil }
        return Citation(start: offsets[range.lowerBound], length: offsets[range.upperBound] - offsets[range.lowerBound])
    }

    /// The plain-digit marker of note `value`, in the digits of `marker`'s system (`१` after `२`'s note is `२`).
    private static func nextMarker(after marker: Marker, value: Int) -> Marker? {
        guard let first = String(decoding: marker.bytes, as: UTF8.self).unicodeScalars.first,
              let digit = ScalarClass.digit(first) else { return nil }
        let zero = first.value - UInt32(digit)
        var text = ""
        for character in String(value).unicodeScalars {
            guard let scalar = Unicode.Scalar(zero + (character.value - 0x30)) else { return nil }
            text.unicodeScalars.append(scalar)
        }
        return Marker(bytes: Array(text.utf8), isDigits: true, glued: false)
    }

    /// Bytes looked at around a marker glued to a figure's full stop (`figureStopCitation`): the token before it,
    /// and the start of the word after it.
    static let figureStopWindow = 48

    /// The last place in `bytes[from..<to]` where a digit marker stands glued to the full stop of a symbol or a
    /// figure before a new sentence, `… resolution 81/207.1 It covers …` (`CitedFootnoteMarker.gluedAfterFigureStop`);
    /// a paragraph's end (a blank line, a form feed or `to`) counts as the end of the text there.
    private static func figureStopCitation(of marker: Marker, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard marker.isDigits else { return nil }
        let count = marker.bytes.count
        var at = to - count
        while at >= from + 2 {
            if bytes[at] == marker.bytes[0], bytes[at - 1] == UInt8(ascii: "."), (0x30...0x39).contains(bytes[at - 2]),
               Array(bytes[at..<(at + count)]) == marker.bytes, !endsCaptionLine(bytes, at + count, from: from) {
                var windowStart = max(from, at - figureStopWindow)
                while windowStart < at, bytes[windowStart] & 0xC0 == 0x80 { windowStart += 1 }
                // After the marker: white space, and the next word unless a blank line or a page ends the paragraph.
                var windowEnd = at + count
                var newlines = 0
                while windowEnd < to, bytes[windowEnd] == 0x20 || bytes[windowEnd] == 0x09 || bytes[windowEnd] == 0x0A
                        || bytes[windowEnd] == 0x0D {
                    if bytes[windowEnd] == 0x0A { newlines += 1 }
                    windowEnd += 1
                }
                if newlines < 2, windowEnd < to, bytes[windowEnd] != 0x0C {
                    var wordEnd = min(to, windowEnd + 8)
                    while wordEnd < min(to, windowEnd + 12), bytes[wordEnd] & 0xC0 == 0x80 { wordEnd += 1 }
                    windowEnd = wordEnd
                } else {
                    windowEnd = at + count
                }
                // Unfolded: the line breaks before the token tell a label at a line's start.
                let before = ScalarTextRaw.scalars(bytes, windowStart, at)
                let window = before + ScalarTextRaw.scalars(bytes, at, windowEnd)
                if CitedFootnoteMarker.gluedAfterFigureStop(window, before.count, before.count + count) { return at }
            }
            at -= 1
        }
        return nil
    }

    /// Whether the line ending at `end` is a caption's word and its decimal number alone ("Table 19.1", "Cuadro 19.1"):
    /// the number's last digits are no marker glued to a figure's stop.
    static func endsCaptionLine(_ bytes: [UInt8], _ end: Int, from: Int) -> Bool {
        guard end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D else { return false }
        var start = end
        while start > from, bytes[start - 1] != 0x0A { start -= 1 }
        let words = bytes[start..<end].split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
        guard words.count == 2, let last = words.last else { return false }
        return last.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
            && words[0].contains(where: { $0 >= 0x80 || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
    }

    /// Whether the byte at `last` ends a closing quotation mark (” or ’, E2 80 9D / 99).
    private static func isClosingQuote(_ bytes: [UInt8], _ last: Int) -> Bool {
        last >= 2 && bytes[last - 2] == 0xE2 && bytes[last - 1] == 0x80 && (bytes[last] == 0x9D || bytes[last] == 0x99)
    }

    /// How many letters (up to 8) stand right before `end`.
    /// Whether the bytes before `end` end a document symbol: digits after a slash that follows a letter or a
    /// digit (`82/231`, `A/RES/82/231`).
    private static func endsSymbol(_ bytes: [UInt8], _ end: Int, from: Int) -> Bool {
        var at = end
        while at > from, (0x30...0x39).contains(bytes[at - 1]) { at -= 1 }
        guard at < end, at - 2 >= from, bytes[at - 1] == UInt8(ascii: "/") else { return false }
        let before = bytes[at - 2]
        return isLetter(before) || (0x30...0x39).contains(before)
    }

    /// Whether the token that ends at `end` is a year standing alone: four ASCII digits, 1000 to 2199, opened by
    /// white space or a bracket (not `1.2030`, `12,2030` or a longer figure).
    private static func endsYear(_ bytes: [UInt8], _ end: Int, from: Int) -> Bool {
        guard end - 4 >= from, end - 5 >= from else { return false }
        var year = 0
        for at in (end - 4)..<end {
            guard (0x30...0x39).contains(bytes[at]) else { return false }
            year = year * 10 + Int(bytes[at] - 0x30)
        }
        let opening = bytes[end - 5]
        return (1000...2199).contains(year) && (ByteClass.isASCIIWhitespace(opening) || opening == UInt8(ascii: "("))
    }

    private static func lettersBefore(_ bytes: [UInt8], _ end: Int, from: Int) -> Int {
        var count = 0
        var at = end - 1
        while at >= from, count < 8, isLetter(bytes[at]) {
            count += 1
            at -= 1
        }
        return count
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private static func isLowercaseStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC3
    }

    private static func gluedCitation(of marker: Marker, in bytes: [UInt8], from: Int, to: Int, afterYear: Bool) -> Int? {
        let count = marker.bytes.count
        var at = to - count
        while at > from {
            if bytes[at] == marker.bytes[0], Array(bytes[at..<(at + count)]) == marker.bytes {
                let before = bytes[at - 1]
                let after = at + count < bytes.count ? bytes[at + count] : 0x20
                if marker.isDigits {
                    let afterIsDigit = digit(at: at + count, bytes, end: bytes.count) != nil
                    // After a word, or after punctuation that ends a word ("Mission,1 and", "resolution.2"),
                    // not after an abbreviation that numbers a document ("Add.1)", "Rev.1", "Corr.2").
                    let afterPunctuation = ".,;:".utf8.contains(before) && ByteClass.isASCIIWhitespace(after)
                        // The bytes of another script's digits (`२३.१`, a paragraph's number) are no letters.
                        && (lettersBefore(bytes, at - 1, from: from) >= (before == UInt8(ascii: ".") ? 5 : 1)
                                && !digitEnds(before: at - 1, bytes, from: from)
                            // A comma after a document symbol (`82/231,1 in which`): its number has no decimal part.
                            || (before == UInt8(ascii: ",") || before == UInt8(ascii: ";")) && endsSymbol(bytes, at - 1, from: from)
                            // A year's full stop (`… than in 2030.2` at a paragraph's end): a year has no decimal part.
                            || afterYear && before == UInt8(ascii: ".") && endsYear(bytes, at - 1, from: from)
                            // The stop after a closing bracket or quote (`… (see table 19.1).2`): no figure's point.
                            || at - 2 > from && (bytes[at - 2] == UInt8(ascii: ")") || bytes[at - 2] == UInt8(ascii: "\"")
                                                 || isClosingQuote(bytes, at - 2)))
                    let beforeIsWordEnd = before >= 0x80 || (before >= 0x41 && before <= 0x5A) || (before >= 0x61 && before <= 0x7A)
                        || before == UInt8(ascii: ")") || before == UInt8(ascii: "\"") || afterPunctuation
                    // Not at a line start, not inside a longer number (`२१` holds no citation of note `१`), not a
                    // part of a date written with Han units (`2030年1月1日`: `HanDateUnit`).
                    if beforeIsWordEnd, !afterIsDigit, !digitEnds(before: at, bytes, from: from),
                       !HanDateUnit.isDatePart(bytes, at, at + count) { return at }
                } else {
                    let beforeIsText = !(ByteClass.isASCIIWhitespace(before) || before == marker.bytes[0])
                    if beforeIsText, after != marker.bytes[0] { return at }
                }
            }
            at -= 1
        }
        return nil
    }

    private static func record(
        _ marker: Marker, at start: Int, citedAt citation: Citation?, _ bytes: [UInt8],
        _ replacements: inout [Int: (length: Int, text: String)]
    ) {
        // Digits of any script are written as superscript digits of their value (`१` → `¹`), as ASCII ones are.
        let rendered = marker.isDigits
            ? marker.value.map(SuperscriptDigits.superscript) ?? String(decoding: marker.bytes, as: UTF8.self)
            : String(decoding: marker.bytes, as: UTF8.self)
        if marker.isDigits, let citation { replacements[citation.start] = (citation.length, rendered) }
        if marker.isDigits || marker.glued {
            replacements[start] = (marker.bytes.count, rendered + (marker.glued ? " " : ""))
        }
    }
}
