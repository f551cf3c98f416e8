/// Writes the cleaned text, remembering for every output byte the input byte it came from.
///
/// Without a spill the whole text stays in `output`. With one, the text goes
/// to the spill a piece of about a megabyte at a time as it is written
/// (`output` holds only the piece not yet handed over), so that the input
/// and the whole cleaned text are never in memory together; `checksum`
/// sums what was handed over, to check the text read back.
struct CleanTextWriter {
    let bytes: [UInt8]
    /// The text written (with a spill: the part not yet handed to it).
    private(set) var output: [UInt8] = []
    /// `inputIndices[i]`: index into the input UTF-8 of output byte `i`; one extra entry ends it.
    private(set) var inputIndices = OffsetTable()
    private var lastInputEnd = 0
    /// Lines joined to the next line without a space (a word pdftotext already rejoined across a page).
    var joinedWithoutSpace = LineIndexSet(count: 0)
    /// Where the text goes as it is written, if anywhere.
    private let spill: (any TextSpill)?
    /// The bytes handed to the spill, summed.
    private(set) var checksum = TextChecksum()
    /// Set when the spill could not take a piece: the text written is then lost, the clean-up must run again in memory.
    private(set) var spillFailed = false

    /// Bytes gathered before they go to the spill.
    static let pieceSize = 1 << 20

    init(bytes: [UInt8], spill: (any TextSpill)? = nil) {
        self.bytes = bytes
        self.spill = spill
        output.reserveCapacity(spill == nil ? bytes.count : Self.pieceSize + Self.pieceSize / 4)
        inputIndices.reserveCapacity(bytes.count + 1)
    }

    /// Bytes written so far, handed over or not.
    var count: Int { checksum.count + output.count }

    /// Finishes the index map after the last write and hands it over (the writer keeps none, so it is never copied).
    mutating func takeFinishedIndices() -> OffsetTable {
        var indices = OffsetTable()
        swap(&indices, &inputIndices)
        indices.append(lastInputEnd)
        return indices
    }

    /// With a spill: hands it the rest of the text (the whole text is in it then, unless `spillFailed`).
    mutating func finishSpill() {
        handOver()
    }

    /// With a spill: hands it the piece gathered once it is a megabyte or more.
    private mutating func handOverFullPiece() {
        if spill != nil, output.count >= Self.pieceSize { handOver() }
    }

    private mutating func handOver() {
        guard let spill, !spillFailed else { return }
        if spill.append(output[...]) {
            checksum.add(output)
        } else {
            spillFailed = true
        }
        output.removeAll(keepingCapacity: true)
    }

    private mutating func emit(_ byte: UInt8, from index: Int) {
        output.append(byte)
        inputIndices.append(index)
    }

    /// Writes one paragraph (or footnote): its lines joined by a space, or
    /// without one where a hyphenated word is repaired; blocks are separated by a blank line.
    mutating func writeParagraph(_ paragraph: [Int], _ lines: [PDFLine], _ hyphenation: HyphenationRepair,
                                 _ replacements: [Int: (length: Int, text: String)], columns: [Int: [Int]] = [:]) {
        separateBlock()
        appendLines(paragraph, lines, hyphenation, replacements, columns: columns)
        handOverFullPiece()
    }

    /// Writes a table row rebuilt from lines out of input order (a table of
    /// contents that pdftotext read column by column): the title lines
    /// joined like a paragraph, then a tab before each cell, a tab alone for
    /// an empty cell. Returns the input span that a block made of this row
    /// is given (first title byte to the end of the last piece written) and
    /// the input byte ranges really written, in input order, consecutive
    /// title lines as one range.
    mutating func writeRebuiltRow(title: [Int], cells: [Int?], _ lines: [PDFLine], _ hyphenation: HyphenationRepair,
                                  _ replacements: [Int: (length: Int, text: String)])
        -> (span: (start: Int, end: Int), pieces: [(start: Int, end: Int)]) {
        separateBlock()
        appendLines(title, lines, hyphenation, replacements)
        var pieces: [(start: Int, end: Int)] = []
        for index in title {
            let line = lines[index]
            if let last = pieces.last, bytes[last.end..<line.contentStart].allSatisfy({ $0 == 0x0A || PDFLine.isBlankByte($0) }) {
                pieces[pieces.count - 1].end = line.contentEnd
            } else {
                pieces.append((line.contentStart, line.contentEnd))
            }
        }
        for cell in cells {
            emit(0x09, from: cell.map { lines[$0].contentStart } ?? lastInputEnd)
            guard let cell else { continue }
            copy(lines[cell].contentStart, lines[cell].contentEnd, replacements)
            lastInputEnd = lines[cell].contentEnd
            pieces.append((lines[cell].contentStart, lines[cell].contentEnd))
        }
        handOverFullPiece()
        return ((lines[title[0]].contentStart, lastInputEnd), pieces.sorted { $0.start < $1.start })
    }

    private mutating func separateBlock() {
        if count > 0 {
            emit(0x0A, from: lastInputEnd)
            emit(0x0A, from: lastInputEnd)
        }
    }

    /// Lines joined by a space, or without one where a hyphenated word is repaired.
    private mutating func appendLines(_ paragraph: [Int], _ lines: [PDFLine], _ hyphenation: HyphenationRepair,
                                      _ replacements: [Int: (length: Int, text: String)], columns: [Int: [Int]] = [:]) {
        for (position, index) in paragraph.enumerated() {
            let line = lines[index]
            var end = line.contentEnd
            var joinWithoutSpace = joinedWithoutSpace.contains(index)
            if position + 1 < paragraph.count, end - line.contentStart >= 2, bytes[end - 1] == UInt8(ascii: "-"),
               isLetterBefore(end - 1, start: line.contentStart) || (0x30...0x39).contains(bytes[end - 2]) {
                let next = lines[paragraph[position + 1]]
                let left = lastWord(line.contentStart, end - 1)
                let right = firstWord(next.contentStart, next.contentEnd)
                // A hyphen after a figure ("95-" / "процентный") stays.
                if isLetterBefore(end - 1, start: line.contentStart), hyphenation.dropsHyphen(left: left, right: right) {
                    end -= 1
                }
                joinWithoutSpace = true
            } else if position + 1 < paragraph.count {
                // Chinese puts no space between words: a line break between two Han characters
                // (or CJK punctuation) is no space.
                // Nor between one of them and a Latin letter or figure ("2024" / "年").
                let next = lines[paragraph[position + 1]]
                let before = scalarBefore(end, start: line.contentStart)
                let after = scalarAt(next.contentStart, end: next.contentEnd)
                joinWithoutSpace = joinWithoutSpace
                    || (isChinese(before) && (isChinese(after) || isLetterOrDigit(after)))
                    || (isChinese(after) && isLetterOrDigit(before))
            }
            copy(line.contentStart, end, replacements)
            lastInputEnd = line.contentEnd
            for column in (columns.isEmpty ? nil : columns[index]) ?? [] {
                emit(0x09, from: line.contentEnd)
                copy(lines[column].contentStart, lines[column].contentEnd, replacements)
                lastInputEnd = lines[column].contentEnd
            }
            if position + 1 < paragraph.count, !joinWithoutSpace {
                emit(0x20, from: line.contentEnd)
            }
        }
    }

    /// Writes a table row whose first cell wraps onto `continuation` lines:
    /// first cell, the continuation lines, then the other cells. The bytes
    /// keep their own offsets, so this text is out of input order; the
    /// segmenter's caller repairs the source ranges.
    mutating func writeRow(_ row: Int, continuation: [Int], _ lines: [PDFLine], _ hyphenation: HyphenationRepair,
                           _ replacements: [Int: (length: Int, text: String)]) {
        if count > 0 {
            emit(0x0A, from: lastInputEnd)
            emit(0x0A, from: lastInputEnd)
        }
        let line = lines[row]
        let gap = PDFTableRow.firstGap(bytes, line) ?? line.contentEnd
        var pieces = [(start: line.contentStart, end: gap)] + continuation.map { (start: lines[$0].contentStart, end: lines[$0].contentEnd) }
        // A title broken by hyphenation at a piece end is repaired like running text.
        var joinsWithoutSpace = [Bool](repeating: false, count: pieces.count)
        for position in 0..<(pieces.count - 1) {
            var end = pieces[position].end
            while end > pieces[position].start, bytes[end - 1] == 0x20 { end -= 1 }
            pieces[position].end = end
            guard end - pieces[position].start >= 2, bytes[end - 1] == UInt8(ascii: "-"),
                  isLetterBefore(end - 1, start: pieces[position].start) else { continue }
            joinsWithoutSpace[position] = true
            let left = lastWord(pieces[position].start, end - 1)
            let right = firstWord(pieces[position + 1].start, pieces[position + 1].end)
            if hyphenation.dropsHyphen(left: left, right: right) { pieces[position].end = end - 1 }
        }
        for (position, piece) in pieces.enumerated() {
            if position > 0, !joinsWithoutSpace[position - 1] { emit(0x20, from: pieces[position - 1].end) }
            copy(piece.start, piece.end, replacements)
        }
        copy(gap, line.contentEnd, replacements)
        lastInputEnd = continuation.last.map { lines[$0].contentEnd } ?? line.contentEnd
        handOverFullPiece()
    }

    /// Copies `bytes[start..<end]`: column gaps of three or more spaces become a tab; replacements apply.
    private mutating func copy(_ start: Int, _ end: Int, _ replacements: [Int: (length: Int, text: String)]) {
        var index = start
        let mayReplace = !replacements.isEmpty
        while index < end {
            if mayReplace, let replacement = replacements[index] {
                for byte in replacement.text.utf8 { emit(byte, from: index) }
                index += replacement.length
                continue
            }
            if bytes[index] == 0x20 {
                var run = index
                while run < end, bytes[run] == 0x20 { run += 1 }
                if run - index >= 3 {
                    emit(0x09, from: index)
                } else {
                    for at in index..<run { emit(0x20, from: at) }
                }
                index = run
                continue
            }
            if mayReplace {
                emit(bytes[index], from: index)
                index += 1
                continue
            }
            // A run of bytes up to the next column gap (single and double spaces stay), copied at once.
            var run = index + 1
            while run < end, !(bytes[run] == 0x20 && run + 2 < end && bytes[run + 1] == 0x20 && bytes[run + 2] == 0x20) {
                run += 1
            }
            output.append(contentsOf: bytes[index..<run])
            inputIndices.appendConsecutive(from: index, count: run - index)
            index = run
        }
    }

    private func isLetterBefore(_ index: Int, start: Int) -> Bool {
        guard index > start else { return false }
        let byte = bytes[index - 1]
        if byte >= 0x80 { return true }
        return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The ASCII or three-byte scalar (where Han characters and CJK punctuation lie) that ends at byte `end`, if any.
    private func scalarBefore(_ end: Int, start: Int) -> Unicode.Scalar? {
        if end > start, bytes[end - 1] < 0x80 { return Unicode.Scalar(bytes[end - 1]) }
        guard end - start >= 3 else { return nil }
        return threeByteScalar(at: end - 3)
    }

    /// The ASCII or three-byte scalar that starts at byte `start`, if any.
    private func scalarAt(_ start: Int, end: Int) -> Unicode.Scalar? {
        if start < end, bytes[start] < 0x80 { return Unicode.Scalar(bytes[start]) }
        guard end - start >= 3 else { return nil }
        return threeByteScalar(at: start)
    }

    private func threeByteScalar(at index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        guard lead & 0xF0 == 0xE0, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return nil }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        return Unicode.Scalar(value)
    }

    private func isLetterOrDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return (0x30...0x39).contains(scalar.value) || ScalarClass.isLatinLetter(scalar)
    }

    /// A Han character, kana, or CJK or full-width punctuation.
    private func isChinese(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ScalarClass.isHan(scalar) || (0x3000...0x30FF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    private func lastWord(_ start: Int, _ end: Int) -> String {
        var first = end
        while first > start, bytes[first - 1] != 0x20, bytes[first - 1] != 0x09 { first -= 1 }
        return String(decoding: bytes[first..<end], as: UTF8.self)
    }

    private func firstWord(_ start: Int, _ end: Int) -> String {
        var last = start
        while last < end, bytes[last] != 0x20, bytes[last] != 0x09 { last += 1 }
        return String(decoding: bytes[start..<last], as: UTF8.self)
    }
}
