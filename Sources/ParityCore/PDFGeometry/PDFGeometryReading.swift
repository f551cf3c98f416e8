/// Rebuilds, from the word boxes of a PDF (`pdftotext -bbox-layout`), the
/// text the segmenter expects of a PDF: one line per printed line, a blank
/// line between paragraphs, a form feed after every page. What the text
/// modes of pdftotext lose is decided here from the geometry, with
/// thresholds taken from each page's own measurements (docs/pdf-geometry.md):
///
/// - **Hanging labels.** A label set in the margin ("12.", "IV.", "(a)") is
///   a one-line block of one or two short words on the baseline of a text
///   line beside it (to its right, or to its left in right-to-left text);
///   it is put in front of that line, unless text in the gap between them
///   runs on above and below (two page columns).
/// - **Superscript markers.** A one-word line of up to three letters,
///   figures or asterisks, smaller than the line just right of it and raised
///   above its baseline (a table note's "a"), goes in front of that line.
/// - **Split lines.** Pieces of one printed line that the extractor left
///   apart (justified text) are joined.
/// - **Paragraphs.** A paragraph ends (blank line) where the baseline pitch
///   exceeds the page's usual pitch between a full line and the next by a
///   fifth; before a line indented against both the line before and the
///   line after (first-line indent); and after a line whose free space at
///   its end would have held the next line's first word (the line did not
///   wrap: the paragraph ended).
/// - **Right-to-left lines** are written in logical order: runs of
///   right-to-left words from right to left (each word's scalars reversed,
///   as extractors give them in drawing order), left-to-right runs (Latin,
///   figures) kept as they are, except that a figure drawn last in a run of
///   Latin words goes back in front ("December 2024 20" is "20 December 2024"),
///   also on a line of Latin words alone on a page of right-to-left lines.
/// - **CJK spacing.** The gap a layout engine sets between a Han or kana
///   character and a Latin letter or figure (a quarter em or so) is no
///   space: under half an em, measured on the CJK word itself, the words
///   are written together.
/// - **Dot leaders** touching a table-of-contents entry ("Einleitung.....3")
///   are set apart by spaces.
///
/// Every word of the input is written exactly once; only white space is added or left out.
public enum PDFGeometryReading {
    /// The text of `pages`.
    public static func text(_ pages: [PDFLayoutPage]) -> String {
        let rebuilt = pages.enumerated().map { number, page in
            let gutter = PDFPageColumns.mixedColumnsGutter(page.lines, pageWidth: page.width)
            let lines = PDFPageColumns.ordered(physicalLines(page, gutter: gutter), gutter: gutter, page: number)
            return PDFStrayContinuationLine.placed(gutter == nil ? PDFSectionColumns.ordered(lines, page: number) : lines)
        }
        let pagePitches = rebuilt.map(fullLinePitches)
        var documentPitch: [Int: Int] = [:]
        for counts in pagePitches { documentPitch.merge(counts, uniquingKeysWith: +) }
        var output = ""
        output.reserveCapacity(pages.reduce(0) { $0 + $1.lines.count * 80 })
        for (lines, pitches) in zip(rebuilt, pagePitches) {
            write(lines, pagePitch: pitches, documentPitch: documentPitch, to: &output)
            output.append("\u{0C}")
        }
        return output
    }

    // MARK: Lines

    /// The page's lines with hanging labels and split pieces joined, in the extractor's order;
    /// nothing is joined across `gutter` (`PDFPageColumns`).
    static func physicalLines(_ page: PDFLayoutPage, gutter: (low: Double, high: Double)? = nil) -> [PDFLayoutLine] {
        var lines = page.lines
        /// Whether two lines stand on opposite sides of the gutter.
        func acrossGutter(_ a: Int, _ b: Int) -> Bool {
            guard let gutter, let first = PDFPageColumns.side(lines[a], gutter), let second = PDFPageColumns.side(lines[b], gutter) else { return false }
            return first != second
        }
        var linesPerBlock: [Int: Int] = [:]
        for line in lines { linesPerBlock[line.block, default: 0] += 1 }
        let original = lines.map(\.box)
        let rightToLeftLines = lines.map(isRightToLeft)
        /// Whether `index` or a line on its baseline is right to left.
        func inRightToLeftRow(_ index: Int) -> Bool {
            rightToLeftLines[index] || lines.indices.contains { $0 != index && rightToLeftLines[$0] && sameBaseline(lines[$0], lines[index]) }
        }
        var removed = Array(repeating: false, count: lines.count)
        for index in lines.indices {
            let label = lines[index]
            let height = label.box.height
            guard linesPerBlock[label.block] == 1, label.words.count <= 2, height > 0,
                  label.box.width <= 4 * height else { continue }
            let rightToLeft = inRightToLeftRow(index)
            var best: (gap: Double, index: Int)?
            for other in lines.indices where other != index && !removed[other] && sameBaseline(label, lines[other]) && !acrossGutter(index, other) {
                let gap = rightToLeft ? label.box.xMin - lines[other].box.xMax : lines[other].box.xMin - label.box.xMax
                guard gap >= 0, gap <= 3 * height else { continue }
                if best == nil || gap < best!.gap { best = (gap, other) }
            }
            guard let target = best?.index else { continue }
            let low = rightToLeft ? original[target].xMax : label.box.xMax
            let high = rightToLeft ? label.box.xMin : original[target].xMin
            // Text crossing the gap just above and just below: two columns, not a label.
            var above = false
            var below = false
            for other in lines.indices where other != index && other != target {
                let box = original[other]
                guard box.xMin < low, box.xMax > high, abs(box.yMin - label.box.yMin) < 2.5 * height else { continue }
                if box.yMin < label.box.yMin { above = true } else if box.yMin > label.box.yMin { below = true }
            }
            if above && below { continue }
            lines[target].words.append(contentsOf: label.words)
            lines[target].box = lines[target].box.union(label.box)
            removed[index] = true
        }
        // Superscript note markers ("a", "*", "12") set before a line, raised above its baseline (a table
        // note "ᵃ Authorized strength …"): the marker goes in front of that line.
        // (Quadratic in a page's lines: pages over `edgeLineLimit` lines skip it.)
        for index in lines.indices where lines.count <= edgeLineLimit && !removed[index] && !rightToLeftLines[index] {
            let marker = lines[index]
            guard marker.words.count == 1, let word = marker.words.first, (1...3).contains(word.text.unicodeScalars.count),
                  word.text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "*" })
            else { continue }
            var best: (gap: Double, index: Int)?
            for other in lines.indices where other != index && !removed[other] {
                let target = original[other]
                let height = target.height
                guard height > 0, marker.box.height <= 0.8 * height, marker.box.yMax > target.yMin,
                      marker.box.yMax <= target.yMax - 0.2 * height, marker.box.yMin >= target.yMin - 0.6 * height else { continue }
                let gap = target.xMin - marker.box.xMax
                guard gap >= -0.5, gap <= height else { continue }
                if best == nil || gap < best!.gap { best = (gap, other) }
            }
            guard let target = best?.index else { continue }
            // Not a superscript inside a line of text ("1er", "informe¹"): nothing may stand just left of the marker.
            let row = original[target]
            let besideLeft = lines.indices.contains { other in
                other != index && other != target && original[other].xMax <= marker.box.xMin + 0.5
                    && original[other].xMax >= marker.box.xMin - 2 * row.height
                    && original[other].yMax > row.yMin && original[other].yMin < row.yMax
            }
            if besideLeft { continue }
            lines[target].words.insert(word, at: 0)
            lines[target].box = PDFBox(xMin: min(lines[target].box.xMin, marker.box.xMin), yMin: lines[target].box.yMin,
                                       xMax: lines[target].box.xMax, yMax: lines[target].box.yMax)
            removed[index] = true
        }
        // Table cells: a block of narrow lines (ranges, page numbers) on the baselines of lines to their
        // left (right in right-to-left text) that no text line runs over or under: each goes at the end
        // of its row, after a tab.
        var narrowBlock: [Int: Bool] = [:]
        for line in lines {
            narrowBlock[line.block] = (narrowBlock[line.block] ?? true) && line.words.count <= 2 && line.box.width <= 4 * line.box.height
        }
        for index in lines.indices where !removed[index] && narrowBlock[lines[index].block] == true {
            let cell = lines[index]
            let height = cell.box.height
            let inColumn = lines.indices.contains { other in
                narrowBlock[lines[other].block] != true && original[other].xMin < cell.box.xMax && original[other].xMax > cell.box.xMin
                    && abs(original[other].yMin - cell.box.yMin) < 2.5 * height
            }
            if inColumn { continue }
            let rightToLeft = inRightToLeftRow(index)
            var best: (gap: Double, index: Int)?
            for other in lines.indices where other != index && !removed[other] && lines[other].block != cell.block && sameBaseline(cell, lines[other])
                && !acrossGutter(index, other) {
                let gap = rightToLeft ? lines[other].box.xMin - cell.box.xMax : cell.box.xMin - lines[other].box.xMax
                guard gap > 0 else { continue }
                if best == nil || gap < best!.gap { best = (gap, other) }
            }
            guard let target = best?.index else { continue }
            lines[target].words.append(contentsOf: cell.words)
            lines[target].box = lines[target].box.union(cell.box)
            lines[target].cellStarts.append(rightToLeft ? cell.box.xMax : cell.box.xMin)
            removed[index] = true
        }
        // A row of cells alone (column captions "Paragraphs  Page") goes before the table row just below it.
        var order = Array(lines.indices)
        for index in lines.indices where !removed[index] && narrowBlock[lines[index].block] == true {
            let cell = lines[index]
            let below = lines.indices.filter { other in
                other != index && !removed[other] && !lines[other].cellStarts.isEmpty && textEnd(lines[other]) < cell.box.xMin
                    && lines[other].box.yMin > cell.box.yMin && lines[other].box.yMin - cell.box.yMin < 3 * cell.box.height
            }.min { lines[$0].box.yMin < lines[$1].box.yMin }
            guard let below, let from = order.firstIndex(of: index) else { continue }
            order.remove(at: from)
            order.insert(index, at: order.firstIndex(of: below)!)
        }
        var joined: [PDFLayoutLine] = []
        joined.reserveCapacity(lines.count)
        for index in order where !removed[index] {
            let line = lines[index]
            if let last = joined.last, last.block == line.block, sameBaseline(last, line), apartBesidesMarks(last, line) {
                joined[joined.count - 1].words.append(contentsOf: line.words)
                joined[joined.count - 1].box = last.box.union(line.box)
                joined[joined.count - 1].cellStarts.append(contentsOf: line.cellStarts)
            } else {
                joined.append(line)
            }
        }
        for index in joined.indices { joined[index].words.sort { $0.box.xMin < $1.box.xMin } }
        return joined
    }

    /// Whether two lines on one baseline lie side by side, their combining marks left out (the
    /// extractor may put a word's vowel signs, and what follows them, in a line of their own over it).
    static func apartBesidesMarks(_ a: PDFLayoutLine, _ b: PDFLayoutLine) -> Bool {
        if a.box.xMin >= b.box.xMax || a.box.xMax <= b.box.xMin { return true }
        func extent(_ line: PDFLayoutLine) -> (low: Double, high: Double)? {
            let boxes = line.words.filter { !PDFRightToLeftLine.isMarkOnly($0.text) }.map(\.box)
            guard let low = boxes.map(\.xMin).min(), let high = boxes.map(\.xMax).max() else { return nil }
            return (low, high)
        }
        guard let first = extent(a), let second = extent(b) else { return true }
        let tolerance = 0.05 * min(a.box.height, b.box.height)
        return first.high <= second.low + tolerance || second.high <= first.low + tolerance
    }

    /// Where the line's running text ends: before its first table cell, if it has any.
    static func textEnd(_ line: PDFLayoutLine) -> Double {
        guard let firstCell = line.cellStarts.min() else { return line.box.xMax }
        return line.words.filter { $0.box.xMin < firstCell }.map(\.box.xMax).max() ?? line.box.xMax
    }

    static func sameBaseline(_ a: PDFLayoutLine, _ b: PDFLayoutLine) -> Bool {
        let low = min(a.box.height, b.box.height)
        return abs(a.box.yMax - b.box.yMax) <= 0.3 * low && abs(a.box.yMin - b.box.yMin) <= 0.5 * max(a.box.height, b.box.height)
    }

    // MARK: Paragraphs

    /// Baseline pitches (rounded to half points) from a line that reaches its
    /// column's right edge to the next line of the same flow.
    static func fullLinePitches(_ lines: [PDFLayoutLine]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for index in lines.indices.dropLast() {
            let line = lines[index]
            let next = lines[index + 1]
            let pitch = next.box.yMax - line.box.yMax
            guard line.flow == next.flow, pitch > 0.3 * line.box.height else { continue }
            if rightEdge(line, lines) - textEnd(line) <= 2 * line.box.height {
                counts[Int((pitch * 2).rounded()), default: 0] += 1
            }
        }
        return counts
    }

    /// The usual pitch: the smallest half-point value seen at least twice (page first, else document), else the line height.
    static func usualPitch(_ page: [Int: Int], _ document: [Int: Int], lineHeight: Double) -> Double {
        let counts = page.values.reduce(0, +) >= 3 ? page : document
        guard let smallest = counts.filter({ $0.value >= 2 }).keys.min() else { return lineHeight }
        return Double(smallest) / 2
    }

    /// Pages with more lines than this get no column edges (the edge search is quadratic in a page's lines).
    static let edgeLineLimit = 3000

    /// The right edge of the column of `line`: the ninth decile of how far
    /// right the lines of its block reach (a block of two lines or more:
    /// the extractor's paragraph or table column), else the lines starting
    /// near it (a title or rule wider than the column does not move it).
    static func rightEdge(_ line: PDFLayoutLine, _ lines: [PDFLayoutLine]) -> Double {
        guard lines.count <= edgeLineLimit else { return line.box.xMax }
        let reach = 4 * line.box.height
        let block = lines.filter { $0.block == line.block }
        let ends = (block.count >= 2 ? block : lines.filter { abs($0.box.xMin - line.box.xMin) <= reach }).map(textEnd).sorted()
        guard !ends.isEmpty else { return textEnd(line) }
        return max(textEnd(line), ends[((ends.count - 1) * 9 + 9) / 10])
    }

    /// Where the lines of the column of `line` start: the first decile of the starts near it.
    static func columnStart(_ line: PDFLayoutLine, _ lines: [PDFLayoutLine]) -> Double {
        guard lines.count <= edgeLineLimit else { return line.box.xMin }
        let reach = 4 * line.box.height
        let starts = lines.filter { abs($0.box.xMin - line.box.xMin) <= reach }.map(\.box.xMin).sorted()
        guard !starts.isEmpty else { return line.box.xMin }
        return min(line.box.xMin, starts[(starts.count - 1) / 10])
    }

    /// The left edge of the column of a right-to-left `line`, as `rightEdge` mirrored.
    static func leftEdge(_ line: PDFLayoutLine, _ lines: [PDFLayoutLine]) -> Double {
        guard lines.count <= edgeLineLimit else { return line.box.xMin }
        let reach = 4 * line.box.height
        let block = lines.filter { $0.block == line.block }
        let starts = (block.count >= 2 ? block : lines.filter { abs($0.box.xMax - line.box.xMax) <= reach }).map(\.box.xMin).sorted(by: >)
        guard !starts.isEmpty else { return line.box.xMin }
        return min(line.box.xMin, starts[((starts.count - 1) * 9 + 9) / 10])
    }

    static func modalHeight(_ lines: [PDFLayoutLine]) -> Double {
        var counts: [Int: Int] = [:]
        for line in lines { counts[Int((line.box.height * 2).rounded()), default: 0] += 1 }
        guard let mode = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return 0 }
        return Double(mode.key) / 2
    }

    /// Whether a paragraph ends between `lines[index - 1]` and `lines[index]`.
    static func paragraphBreak(before index: Int, _ lines: [PDFLayoutLine], pitch: Double) -> Bool {
        let line = lines[index]
        let previous = lines[index - 1]
        let height = line.box.height
        let step = line.box.yMax - previous.box.yMax
        if step > 1.2 * pitch || step < -0.3 * height { return true }
        let rightToLeft = isRightToLeft(line)
        // First-line indent: further in than the line before and the continuation after.
        if !rightToLeft, index + 1 < lines.count {
            let next = lines[index + 1]
            let nextStep = next.box.yMax - line.box.yMax
            if next.flow == line.flow, nextStep > 0, nextStep <= 1.2 * pitch, line.box.xMin > next.box.xMin + 0.5 * height {
                if line.box.xMin > previous.box.xMin + 0.5 * height { return true }
                // At the same indent as the line before, whose wrapped text would have gone on at the column
                // start where the next line stands: the line before was a paragraph of one line (and the next
                // line, no label in a hanging margin, goes on from this one).
                if abs(line.box.xMin - previous.box.xMin) <= 0.25 * height, previous.flow == line.flow,
                   abs(next.box.xMin - columnStart(line, lines)) <= 0.25 * height,
                   case let nextText = Array(lineText(next).utf8), !PDFLabel.startsWithLabel(nextText, 0, nextText.count) {
                    return true
                }
            }
        }
        // The previous line did not wrap: its free end would have held this line's first word.
        guard let first = rightToLeft ? line.words.last : line.words.first else { return false }
        let free = rightToLeft ? previous.box.xMin - leftEdge(previous, lines) : rightEdge(previous, lines) - textEnd(previous)
        // An ideograph or kana may start a line anywhere: the unit that would have fitted is one character.
        var needed = first.box.width
        // A contents entry whose dot leader touches it ("Datenquellen......6"): the title alone would have fitted.
        let separated = separatingDotLeaders(first.text)
        if separated != first.text, let title = separated.split(separator: " ").first {
            needed = first.box.width * Double(title.unicodeScalars.count) / Double(first.text.unicodeScalars.count)
        } else if let scalar = first.text.unicodeScalars.first, isIdeographOrKana(scalar) {
            needed = first.box.width / Double(first.text.unicodeScalars.count)
        } else if first.text.unicodeScalars.count >= 30 {
            return false
        }
        if free > needed + 0.5 * height { return true }
        // One-line paragraphs with a first-line indent: an indented line after a short line at the same indent
        // (not a contents entry whose title, measured alone above, did not fit: the line before wrapped).
        guard !rightToLeft, separated == first.text, abs(line.box.xMin - previous.box.xMin) <= 0.25 * height else { return false }
        let start = columnStart(line, lines)
        guard line.box.xMin > start + 0.5 * height else { return false }
        if free > 2 * height { return true }
        // A block of such short lines alone (a masthead set in) has its own short lines for edge: the column's edge
        // is where its lines from the column start reach; the word would have fitted there, or the line before
        // ended its sentence.
        let columnFree = columnRightEdge(start: start, lines, height: height) - textEnd(previous)
        return columnFree > 2 * height && (columnFree > needed + 0.5 * height || endsSentence(previous))
    }

    /// The ninth decile (rounded up) of how far right the lines starting at `start` reach (within a quarter of
    /// `height`), 0 when none does.
    static func columnRightEdge(start: Double, _ lines: [PDFLayoutLine], height: Double) -> Double {
        guard lines.count <= edgeLineLimit else { return 0 }
        let ends = lines.filter { abs($0.box.xMin - start) <= 0.25 * height }.map(textEnd).sorted()
        guard !ends.isEmpty else { return 0 }
        return ends[((ends.count - 1) * 9 + 9) / 10]
    }

    static func write(_ lines: [PDFLayoutLine], pagePitch: [Int: Int], documentPitch: [Int: Int], to output: inout String) {
        guard !lines.isEmpty else { return }
        let pitch = usualPitch(pagePitch, documentPitch, lineHeight: modalHeight(lines))
        let space = medianWordGap(lines)
        let rightToLeftPage = lines.filter(isRightToLeft).count * 2 > lines.count
        for index in lines.indices {
            if index > 0, paragraphBreak(before: index, lines, pitch: pitch), !output.hasSuffix("\n\n") {
                output.append("\n")
            }
            // A line after one that ends a sentence may open the next unit ("…である。" / "3.2 データ…").
            let opensUnit = index == 0 || output.hasSuffix("\n\n") || endsSentence(lines[index - 1])
            output.append(lineText(lines[index], space: space, startsParagraph: opensUnit, inRightToLeftPage: rightToLeftPage))
            output.append("\n")
        }
    }

    // MARK: Words

    /// Whether the line's last word ends with a sentence end (`ScalarClass.isSentenceEnd`: `.`, `。`, `؟` …).
    static func endsSentence(_ line: PDFLayoutLine) -> Bool {
        guard let last = line.words.last?.text.unicodeScalars.last else { return false }
        return ScalarClass.isSentenceEnd(last)
    }

    /// Whether a line has more right-to-left letters than left-to-right ones.
    static func isRightToLeft(_ line: PDFLayoutLine) -> Bool {
        var balance = 0
        for word in line.words {
            for scalar in word.text.unicodeScalars {
                if isRightToLeftLetter(scalar) { balance += 1 } else if scalar.properties.isAlphabetic { balance -= 1 }
            }
        }
        return balance > 0
    }

    static func isRightToLeftLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x0590...0x08FF).contains(value) || (0xFB1D...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x3000...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFF00...0xFFEF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    /// The median gap between two words of one line on the page (CJK and
    /// gaps wider than a line height left out): the page's word space.
    static func medianWordGap(_ lines: [PDFLayoutLine]) -> Double? {
        var gaps: [Double] = []
        for line in lines {
            for (left, right) in zip(line.words, line.words.dropFirst()) {
                let gap = right.box.xMin - left.box.xMax
                guard gap > 0, gap < line.box.height,
                      let end = left.text.unicodeScalars.last, let start = right.text.unicodeScalars.first,
                      !isCJK(end), !isCJK(start) else { continue }
                gaps.append(gap)
            }
        }
        guard gaps.count >= 3 else { return nil }
        gaps.sort()
        return gaps[gaps.count / 2]
    }

    /// Words drawn less than half the page's word space apart are one word
    /// (the extractor splits a word where the font changes: a large initial "S" and "/2014/258").
    /// A word of combining marks alone (the extractor cuts "تُشجَّع" and "संयुक्त" at their vowel
    /// signs, each sign a word of its own) goes into the word it stands in, at the cut nearest to it.
    static func joiningTouchingWords(_ words: [PDFWord], space: Double?) -> [PDFWord] {
        guard words.count > 1 else { return words }
        let touching = space.map { 0.5 * $0 } ?? 0
        var groups: [[PDFWord]] = []
        var marks: [PDFWord] = []
        for word in words {
            if PDFRightToLeftLine.isMarkOnly(word.text) {
                marks.append(word)
            } else if let last = groups.last?.last, space != nil, word.box.xMin - last.box.xMax < touching {
                groups[groups.count - 1].append(word)
            } else {
                groups.append([word])
            }
        }
        guard !groups.isEmpty else { return [PDFWord(marks.map(\.text).joined(), marks.dropFirst().reduce(marks[0].box) { $0.union($1.box) })] }
        for mark in marks {
            let center = (mark.box.xMin + mark.box.xMax) / 2
            // The group it stands in (or the nearest), then the cut (or end) nearest to it.
            func distance(_ group: [PDFWord]) -> Double {
                let low = group.first!.box.xMin
                let high = group.map(\.box.xMax).max()!
                return center < low ? low - center : (center > high ? center - high : 0)
            }
            let target = groups.indices.min { distance(groups[$0]) < distance(groups[$1]) }!
            let group = groups[target]
            var cuts: [(x: Double, index: Int)] = [(group[0].box.xMin, 0)]
            for index in group.indices.dropFirst() {
                cuts.append(((group[index - 1].box.xMax + group[index].box.xMin) / 2, index))
            }
            cuts.append((group.map(\.box.xMax).max()!, group.count))
            let cut = cuts.min { abs($0.x - center) < abs($1.x - center) }!
            groups[target].insert(mark, at: cut.index)
        }
        return groups.map { group in
            PDFWord(group.map(\.text).joined(), group.dropFirst().reduce(group[0].box) { $0.union($1.box) })
        }
    }

    /// The line's words in logical order, separated by spaces where there is one.
    /// `startsParagraph`: a decimal label first ("3.2 データ") keeps its space.
    /// `inRightToLeftPage`: most lines of the page are right to left (a Latin line there is set in a right-to-left paragraph).
    static func lineText(_ line: PDFLayoutLine, space: Double? = nil, startsParagraph: Bool = false, inRightToLeftPage: Bool = false) -> String {
        let words = joiningTouchingWords(line.words, space: space).map { PDFWord(separatingDotLeaders($0.text), $0.box) }
        if isRightToLeft(line) { return PDFRightToLeftLine.logicalText(words.map(\.text)) }
        // A line of Latin words and figures alone on a right-to-left page is drawn as a right-to-left paragraph.
        if inRightToLeftPage, !line.words.contains(where: { $0.text.unicodeScalars.contains(where: isRightToLeftLetter) }),
           line.cellStarts.isEmpty {
            let texts = words.map(\.text)
            if PDFRightToLeftLine.looksDrawnRightToLeft(texts.joined(separator: " ")) { return PDFRightToLeftLine.logicalText(texts) }
            let reordered = figureDrawnLastInFront(texts)
            if reordered != texts { return reordered.joined(separator: " ") }
        }
        var text = ""
        for (index, word) in words.enumerated() {
            if index > 0, line.cellStarts.contains(word.box.xMin) {
                text.append("\t")
            } else if index > 0, !isInterScriptGap(words[index - 1], word) || (index == 1 && startsParagraph && isDecimalLabel(words[0].text)) {
                text.append(" ")
            }
            text.append(word.text)
        }
        return text
    }

    /// A Han ideograph or kana (the characters a layout engine spaces from Latin letters and figures).
    static func isIdeographOrKana(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    static func isLatinLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil || (scalar.properties.isAlphabetic && !isCJK(scalar) && !isRightToLeftLetter(scalar))
    }

    /// Whether the gap between `left` and `right` is the spacing a layout
    /// engine sets between an ideograph or kana and a Latin letter or figure
    /// (a quarter em, stretched in justified lines: under one em, measured on
    /// the CJK word); never after or before punctuation ("2.1 「取水」", "(d) その他" keep their space).
    static func isInterScriptGap(_ left: PDFWord, _ right: PDFWord) -> Bool {
        guard let end = left.text.unicodeScalars.last, let start = right.text.unicodeScalars.first else { return false }
        let leftCJK = isIdeographOrKana(end)
        guard leftCJK ? isLatinLetterOrDigit(start) : (isIdeographOrKana(start) && isLatinLetterOrDigit(end)) else { return false }
        let cjkWord = leftCJK ? left : right
        let em = cjkWord.box.width / Double(max(1, cjkWord.text.unicodeScalars.count))
        return right.box.xMin - left.box.xMax < em
    }

    /// Figures with a full stop between them ("3.2", "1.2.1"): a decimal paragraph label.
    static func isDecimalLabel(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { (0x30...0x39).contains($0.value) } }
    }

    /// A run of Latin words drawn in a right-to-left paragraph with a figure last ("December 2024 20")
    /// with the figure in front ("20 December 2024"): the bidirectional algorithm draws a number that
    /// opens a left-to-right run after right-to-left text (or at the start of a right-to-left
    /// paragraph) as a run of its own, right of the words it precedes.
    static func figureDrawnLastInFront(_ words: [String]) -> [String] {
        guard words.count >= 2, let last = words.last, last.unicodeScalars.allSatisfy({ (0x30...0x39).contains($0.value) }),
              let first = words[0].unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return words }
        return [last] + words.dropLast()
    }

    /// A run of four or more dots (or two ellipses) inside a word set apart by spaces.
    static func separatingDotLeaders(_ text: String) -> String {
        guard text.utf8.count >= 5, text.contains("....") || text.contains("……") else { return text }
        var output = ""
        var run = ""
        func flush() {
            let isLeader = run.unicodeScalars.count >= 4 || (run.first == "…" && run.count >= 2)
            if isLeader {
                if !output.isEmpty, output.last != " " { output.append(" ") }
                output.append(run)
                output.append(" ")
            } else {
                output.append(run)
            }
            run = ""
        }
        for character in text {
            if character == "." || character == "…" {
                if let first = run.first, first != character { flush() }
                run.append(character)
            } else {
                if !run.isEmpty { flush() }
                output.append(character)
            }
        }
        if !run.isEmpty { flush() }
        while output.last == " " { output.removeLast() }
        return output
    }
}
