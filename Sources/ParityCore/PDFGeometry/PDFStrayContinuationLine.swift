/// A paragraph's last line that the extractor read apart, out of order
/// (`pdftotext -bbox-layout`): a paragraph set with a first-line indent whose
/// second and last line starts at the margin, left of the block that holds
/// the first line, can come out as a block (and flow) of its own, given before
/// the text it ends ("हुए," read first on the page, its paragraph further down).
///
/// Such a line goes back after the line it continues: it is alone in its block,
/// given before that line, on the next baseline below it (its top within 1.3
/// line heights of that line's top) and starting further left than it by half a
/// line height to four (a first-line indent) while ending before it ends; that
/// line is the last of its block and full (it reaches its column's right edge,
/// `PDFGeometryReading.rightEdge`, within a line height: it wrapped). The moved line takes that line's flow and block, so that the paragraph
/// tests read it as the paragraph's continuation. Nothing else moves.
enum PDFStrayContinuationLine {
    /// `lines` (one page in reading order) with every stray continuation line put after the line it continues.
    /// Quadratic in the page's lines: pages over `PDFGeometryReading.edgeLineLimit` lines are left as they are.
    static func placed(_ lines: [PDFLayoutLine]) -> [PDFLayoutLine] {
        guard lines.count >= 2, lines.count <= PDFGeometryReading.edgeLineLimit else { return lines }
        var linesPerBlock: [Int: Int] = [:]
        var lastOfBlock: [Int: Int] = [:]  // block → index of its lowest line
        for (index, line) in lines.enumerated() {
            linesPerBlock[line.block, default: 0] += 1
            if let lowest = lastOfBlock[line.block], lines[lowest].box.yMin >= line.box.yMin { continue }
            lastOfBlock[line.block] = index
        }
        var moves: [(line: Int, after: Int)] = []
        for (index, line) in lines.enumerated() where linesPerBlock[line.block] == 1 {
            let target = lastOfBlock.values.filter { other in
                let above = lines[other]
                let height = above.box.height
                return other > index && above.block != line.block && height > 0
                    && line.box.yMin > above.box.yMin && line.box.yMin - above.box.yMin <= 1.3 * height
                    && line.box.xMin <= above.box.xMin - 0.5 * height && line.box.xMin >= above.box.xMin - 4 * height
                    && line.box.xMax < above.box.xMax
                    && PDFGeometryReading.textEnd(above) >= PDFGeometryReading.rightEdge(above, lines) - height
            }.min()
            if let target { moves.append((index, target)) }
        }
        let strays = Set(moves.map(\.line))
        moves.removeAll { strays.contains($0.after) }
        guard !moves.isEmpty else { return lines }
        let moved = Set(moves.map(\.line))
        var following: [Int: [Int]] = [:]
        for move in moves { following[move.after, default: []].append(move.line) }
        var result: [PDFLayoutLine] = []
        result.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() where !moved.contains(index) {
            result.append(line)
            for stray in following[index] ?? [] {
                var continuation = lines[stray]
                continuation.flow = line.flow
                continuation.block = line.block
                result.append(continuation)
            }
        }
        return result
    }
}
