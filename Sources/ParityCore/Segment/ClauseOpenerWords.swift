/// Words that a hard-wrapped document capitalises only where a paragraph
/// starts, learned from the document itself, so that a paragraph ending in a
/// comma on a full line ("… la erradicación de la pobreza,") is ended by the
/// next line's "Teniendo presentes …".
///
/// A preamble (or a list of clauses) ends each paragraph with `,` or `;`,
/// and its last line is often as long as a wrapped one, so neither the
/// line's length nor its last character tells the paragraph's end. The
/// first word of the next line does, when the document shows that it is
/// not a name: it never stands capitalised inside a sentence (as
/// "Convención", "Parties", "Ruritania" do), and it is an ordinary word the
/// text also writes in lower case ("De", "The"), or it opens another
/// paragraph whose start is plain (after a short line).
///
/// A word not capitalised (lower case, or a script without case: `som`,
/// `وإذ`) opens a paragraph after a full line ending with a clause mark
/// (`,` `;` `،` `，` …) when it also opens a line after a short line ending
/// so: the document repeats it at its clauses' starts.
///
/// Only the first words of lines after a `,` or `;` line end are looked
/// up; the document's words are scanned once, and only those whose length
/// and first and last bytes match a candidate's are decoded.
struct ClauseOpenerWords {
    private var answers: [Int: Bool] = [:]
    /// Candidate lines whose capitalised first word the document never writes inside a sentence (`mayOpenClause`).
    private var unnamed: Set<Int> = []
    /// Candidate lines whose first word, not capitalised, ends as another clause opener of the document does
    /// (`mayOpenUncapitalizedClause`).
    private var uncapitalizedShared: Set<Int> = []
    /// Letters of the ending two words not capitalised must share (`mayOpenUncapitalizedClause`): inflections of
    /// participles without case ("-ая", "-чы") are shorter than the capitalised ones' ("-ing", "-ando").
    private static let uncapitalizedEndingLetters = 2

    /// Reads the candidates of `lines` (body lines, in order; furniture left
    /// out). `isShort`: whether a line is shorter than a full one.
    init(_ bytes: [UInt8], _ lines: [PDFLine], body: [Int], isShort: (Int) -> Bool) {
        // Candidates: capitalised first words of lines after a line ending in `,` or `;`. Plain paragraph
        // starts (`openers`): the capitalised first words of lines after a short line ending a sentence or clause.
        var candidateLines: [(line: Int, word: String)] = []
        var openers = Set<String>()
        // A word not capitalised (`som`, `وإذ`) opens a paragraph after a full line ending a clause when it opens
        // another clause after a short line ending so: the document repeats it at its clauses' starts.
        var uncapitalizedCandidates: [(line: Int, word: String)] = []
        var uncapitalizedOpeners = Set<String>()
        var wrappedStarts = Set<String>()
        // Candidate lines under a line whose clause ends on a list of names, which may go on there.
        var afterListOfNames = Set<Int>()
        var previous: Int?
        for index in body where !lines[index].isBlank {
            defer { previous = index }
            guard let previous, let last = Self.lastByte(bytes, lines[previous]) else { continue }
            // A footnote marker after the mark ("… 2015,1") leaves the clause ended.
            let endsClause = bytes.withUnsafeBufferPointer {
                RawBlockBuilder.endsWithClauseMark($0, lines[previous].contentStart, lines[previous].contentEnd)
            } || FootnotedClauseMark.endsWithMarkedClauseMark(bytes, lines[previous].contentStart, lines[previous].contentEnd)
            let plainStart = (",;.:".utf8.contains(last) || endsClause) && isShort(previous)
            // A capitalised word at the start of a line the wrap broke mid-sentence (a full line ending in a word)
            // stands inside a sentence: a name ("… the Governments of Norvania and" / "Quarvia …").
            if !endsClause, !isShort(previous), Self.isWordByte(last), let word = Self.capitalizedFirstWord(bytes, lines[index]) {
                wrappedStarts.insert(word)
            }
            guard endsClause || plainStart else { continue }
            guard let word = Self.capitalizedFirstWord(bytes, lines[index]) else {
                guard let word = Self.uncapitalizedFirstWord(bytes, lines[index]) else { continue }
                if endsClause, !isShort(previous) { uncapitalizedCandidates.append((index, word)) }
                if endsClause, isShort(previous) { uncapitalizedOpeners.insert(word) }
                continue
            }
            if endsClause {
                candidateLines.append((index, word))
                if Self.endsWithListOfNames(bytes, lines[previous]) { afterListOfNames.insert(index) }
            }
            if plainStart { openers.insert(word) }
        }
        for (line, word) in uncapitalizedCandidates where uncapitalizedOpeners.contains(word) { answers[line] = true }
        // A participle written once ("вітаючы", "дзейнічаючы") shares its ending with another clause opener of the
        // document not capitalised ("выказваючы"): an inflection the document repeats at its clauses' starts.
        var uncapitalizedByEnding: [String: Int] = [:]
        for word in uncapitalizedOpeners.union(uncapitalizedCandidates.map(\.word)) {
            guard let ending = Self.ending(word, letters: Self.uncapitalizedEndingLetters) else { continue }
            uncapitalizedByEnding[ending, default: 0] += 1
        }
        for (line, word) in uncapitalizedCandidates {
            guard let ending = Self.ending(word, letters: Self.uncapitalizedEndingLetters) else { continue }
            if uncapitalizedByEnding[ending, default: 0] >= 2 { uncapitalizedShared.insert(line) }
        }
        guard !candidateLines.isEmpty else { return }
        let words = Set(candidateLines.map(\.word))
        let lowered = Set(words.map { $0.lowercased() })
        var shapes = ByteShapeFilter()
        for word in words.union(lowered) { shapes.insert(word) }

        var capitalizedInside = Set<String>()
        var seenLowercase = Set<String>()
        bytes.withUnsafeBufferPointer { bytes in
            for index in body where !lines[index].isBlank {
                let line = lines[index]
                var at = line.contentStart
                var before: UInt8 = 0  // the last non-blank byte before the word; 0 at the line start
                var insideLine: [String] = []
                var hasLowercaseWord = false
                while at < line.contentEnd {
                    let byte = bytes[at]
                    guard Self.isWordByte(byte) else {
                        if !PDFLine.isBlankByte(byte) { before = byte }
                        at += 1
                        continue
                    }
                    let start = at
                    while at < line.contentEnd, Self.isWordByte(bytes[at]) { at += 1 }
                    defer { before = bytes[at - 1] }
                    if !hasLowercaseWord { hasLowercaseWord = Self.startsLowercase(bytes, start, at) }
                    guard shapes.mayContain(bytes, start, at) else { continue }
                    let word = String(decoding: bytes[start..<at], as: UTF8.self)
                    guard let first = word.unicodeScalars.first else { continue }
                    if ScalarClass.isLowercase(first) {
                        if lowered.contains(word) { seenLowercase.insert(word) }
                    } else if words.contains(word), before != 0, Self.continuesSentence(before) {
                        insideLine.append(word)
                    }
                }
                // A line without a word in lower case is a title ("# Acuerdo De Paris"), capitalised throughout.
                if hasLowercaseWord { capitalizedInside.formUnion(insideLine) }
            }
        }
        // A clause opener the document writes once ("Expresando", "Recognizing", an adjective: "Preocupada",
        // "Convencida") is never written capitalised inside a sentence; a name is, or starts a line the wrap broke
        // mid-sentence ("… the Governments of" / "Syldavia and …"), as the preamble splitter of clean text reads it.
        // Under a line whose clause ends on a list of names, the list may go on ("… Borduria and Freedonia," /
        // "Syldavia and …"): there the word must share its ending with the document's other clause openers
        // ("Recalling", "Noting").
        let openerWords = openers.union(words)
        var wordsByEnding: [String: Int] = [:]
        for word in openerWords {
            guard let ending = Self.ending(word) else { continue }
            wordsByEnding[ending, default: 0] += 1
        }
        func sharesEnding(_ word: String) -> Bool {
            guard let ending = Self.ending(word), let count = wordsByEnding[ending] else { return false }
            return openers.contains(word) || count - (openerWords.contains(word) ? 1 : 0) > 0
        }
        for (line, word) in candidateLines where !capitalizedInside.contains(word) && !wrappedStarts.contains(word)
            && (!afterListOfNames.contains(line) || sharesEnding(word)) {
            unnamed.insert(line)
        }
        for (line, word) in candidateLines {
            answers[line] = !capitalizedInside.contains(word) && (seenLowercase.contains(word.lowercased()) || openers.contains(word))
        }
    }

    /// Whether `line` (after a line ending in `,` or `;`) opens a paragraph.
    func opensParagraph(_ line: Int) -> Bool { answers[line] ?? false }

    /// Whether `line` (after a line ending in `,` or `;`) opens with a capitalised word that the document never writes
    /// inside a sentence: not inside a line after a word, a figure or a comma, nor at the start of a line the wrap broke
    /// mid-sentence. No name, so it may open a clause where the document's clauses start with a capital, even when it
    /// stands once in the document (a participle or an adjective: "Recognizing", "Expresando", "Preocupada");
    /// `opensParagraph` asks for more.
    func mayOpenClause(_ line: Int) -> Bool { unnamed.contains(line) }

    /// Whether `line` (after a full line ending in `,` or `;`) opens with a word not capitalised (lower case or a
    /// script without case) that ends as another clause opener not capitalised of the document does, written
    /// after a line ending a clause ("… разбураныя," / "вітаючы …" with "выказваючы …" after another such line):
    /// where clauses start so, the shape a preamble repeats at its clauses' starts. `opensParagraph` asks for the
    /// word itself repeated.
    func mayOpenUncapitalizedClause(_ line: Int) -> Bool { uncapitalizedShared.contains(line) }

    /// The last `letters` letters of a word of at least five, in lower case: the inflection clause openers of one
    /// document share ("-ing", "-ando", "-ant").
    private static func ending(_ word: String, letters: Int = 3) -> String? {
        let scalars = Array(word.lowercased().unicodeScalars)
        guard scalars.count >= 5 else { return nil }
        return ScalarText.string(scalars.suffix(letters))
    }

    /// Whether the line's clause ends on a list of names: its last word, before its clause mark and any note marker
    /// after it, and the word before it (after a comma or a short linking word) start with a capital.
    private static func endsWithListOfNames(_ bytes: [UInt8], _ line: PDFLine) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        var end = line.contentEnd
        // A note marker after the clause mark ("… Freedonia,1") is left aside.
        var markerStart = end
        while markerStart > line.contentStart, isDigit(bytes[markerStart - 1]) { markerStart -= 1 }
        if markerStart < end, markerStart > line.contentStart, bytes[markerStart - 1] == UInt8(ascii: ",") || bytes[markerStart - 1] == UInt8(ascii: ";") {
            end = markerStart
        }
        while end > line.contentStart, !isWordByte(bytes[end - 1]), !isDigit(bytes[end - 1]) { end -= 1 }
        // A clause that ends on a figure ("… 2030,") ends on no name.
        guard end > line.contentStart, !isDigit(bytes[end - 1]) else { return false }
        var start = end
        while start > line.contentStart, isWordByte(bytes[start - 1]) { start -= 1 }
        guard ScalarText.scalars(bytes, start, end).first.map(ScalarClass.isUppercase) ?? false else { return false }
        // A list of names: the word before is a capitalised name too, after a comma or a short linking word in lower
        // case ("Borduria and Freedonia,", "Borduria, Freedonia,"); "Naciones Unidas," is one name, no list.
        var cursor = start
        var linked = false
        while cursor > line.contentStart, bytes[cursor - 1] == 0x20 { cursor -= 1 }
        if cursor > line.contentStart, bytes[cursor - 1] == UInt8(ascii: ",") {
            linked = true
            cursor -= 1
            while cursor > line.contentStart, bytes[cursor - 1] == 0x20 { cursor -= 1 }
        } else {
            var linkStart = cursor
            while linkStart > line.contentStart, isWordByte(bytes[linkStart - 1]) { linkStart -= 1 }
            let link = ScalarText.scalars(bytes, linkStart, cursor)
            if (1...3).contains(link.count), link.first.map(ScalarClass.isLowercase) ?? false {
                linked = true
                cursor = linkStart
                while cursor > line.contentStart, bytes[cursor - 1] == 0x20 { cursor -= 1 }
            }
        }
        guard linked else { return false }
        var nameStart = cursor
        while nameStart > line.contentStart, isWordByte(bytes[nameStart - 1]) { nameStart -= 1 }
        return ScalarText.scalars(bytes, nameStart, cursor).first.map(ScalarClass.isUppercase) ?? false
    }

    /// ASCII letters and every byte of a multi-byte scalar (letters of other scripts).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func startsLowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if bytes[start] < 0x80 { return bytes[start] >= UInt8(ascii: "a") && bytes[start] <= UInt8(ascii: "z") }
        var iterator = bytes[start..<min(end, start + 4)].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return ScalarClass.isLowercase(scalar)
    }

    /// Whether a word after `byte` stands inside a sentence (after a letter, a digit or a comma).
    private static func continuesSentence(_ byte: UInt8) -> Bool {
        isWordByte(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: ",")
    }

    private static func lastByte(_ bytes: [UInt8], _ line: PDFLine) -> UInt8? {
        line.isBlank ? nil : bytes[line.contentEnd - 1]
    }

    /// The line's first word when it is at least two scalars of letters and starts in lower case or with a letter
    /// of a script without case (a word of such a script may hold combining marks).
    private static func uncapitalizedFirstWord(_ bytes: [UInt8], _ line: PDFLine) -> String? {
        var end = line.contentStart
        while end < line.contentEnd, isWordByte(bytes[end]) { end += 1 }
        guard end > line.contentStart, end - line.contentStart <= 64 else { return nil }
        let word = String(decoding: bytes[line.contentStart..<end], as: UTF8.self)
        let scalars = word.unicodeScalars
        guard let first = scalars.first, ScalarClass.isLowercase(first) || ScalarClass.isCaselessLetter(first), scalars.count >= 2,
              scalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark }) else { return nil }
        return word
    }

    /// The line's first word when it is at least two letters and starts with a capital.
    private static func capitalizedFirstWord(_ bytes: [UInt8], _ line: PDFLine) -> String? {
        var end = line.contentStart
        while end < line.contentEnd, isWordByte(bytes[end]) { end += 1 }
        guard end - line.contentStart >= 2 else { return nil }
        let word = String(decoding: bytes[line.contentStart..<end], as: UTF8.self)
        let scalars = word.unicodeScalars
        guard let first = scalars.first, ScalarClass.isUppercase(first), scalars.count >= 2,
              scalars.allSatisfy({ ScalarClass.isWordLetter($0) }),
              !scalars.dropFirst().contains(where: { ScalarClass.isUppercase($0) }) else { return nil }
        return word
    }
}

/// A cheap test before decoding a word: its first and its last byte (ASCII
/// letters folded) must be those of a word of the set with its byte length.
/// All are table lookups (no hashing: every word of the document is tested).
private struct ByteShapeFilter {
    /// For each byte length `n`, 512 flags from `n * 512`: the first bytes
    /// (256), then the last bytes (256) of the set's words of that length.
    private var shapes: [Bool] = []

    mutating func insert(_ word: String) {
        let utf8 = Array(word.utf8)
        guard let first = utf8.first, let last = utf8.last else { return }
        let base = utf8.count * 512
        if base + 512 > shapes.count { shapes += repeatElement(false, count: base + 512 - shapes.count) }
        shapes[base + Int(Self.fold(first))] = true
        shapes[base + 256 + Int(Self.fold(last))] = true
    }

    func mayContain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let base = (end - start) * 512
        return base < shapes.count && shapes[base + Int(Self.fold(bytes[start]))] && shapes[base + 256 + Int(Self.fold(bytes[end - 1]))]
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte < 0x80 && (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") ? byte | 0x20 : byte
    }
}
