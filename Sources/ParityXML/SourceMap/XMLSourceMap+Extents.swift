import ParityCore

extension XMLSourceMap {
    /// Whether `byte` is XML white space (space, tab, line feed, carriage return).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Index of the first character-data run that starts at or after `offset`.
    private func firstRun(atOrAfter offset: Int) -> Int {
        partitionPoint(in: characterData.indices) { characterData[$0].range.lowerBound < offset }
    }

    /// The bytes from the first to the last non-white-space character-data
    /// byte inside `element`, descendants included; `nil` when its content is
    /// only white space and markup.
    func contentExtent(of element: Int, in bytes: [UInt8]) -> Range<Int>? {
        let node = elements[element]
        var extent: Range<Int>?
        var run = firstRun(atOrAfter: node.contentStart)
        while run < characterData.count, characterData[run].range.lowerBound < node.contentEnd {
            if let trimmed = Self.trimmed(characterData[run].range, in: bytes) {
                extent = extent.map { $0.lowerBound..<trimmed.upperBound } ?? trimmed
            }
            run += 1
        }
        return extent
    }

    /// The character data directly inside `element` (not inside a child
    /// element), grouped by gap: gap `k` lies after the `k`-th child element.
    /// Each returned extent runs from the first to the last non-white-space
    /// byte of its gap; gaps with only white space are left out.
    func directTextExtents(of element: Int, in bytes: [UInt8]) -> [(gap: Int, range: Range<Int>)] {
        let node = elements[element]
        var result: [(gap: Int, range: Range<Int>)] = []
        var gap = 0
        var run = firstRun(atOrAfter: node.contentStart)
        while run < characterData.count, characterData[run].range.lowerBound < node.contentEnd {
            let data = characterData[run]
            run += 1
            guard data.parent == element, let trimmed = Self.trimmed(data.range, in: bytes) else { continue }
            while gap < node.children.count, elements[node.children[gap]].end <= data.range.lowerBound { gap += 1 }
            if let last = result.last, last.gap == gap {
                result[result.count - 1].range = last.range.lowerBound..<trimmed.upperBound
            } else {
                result.append((gap, trimmed))
            }
        }
        return result
    }

    /// `range` without leading and trailing XML white space; `nil` if nothing is left.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        while start < end, isWhitespace(bytes[start]) { start += 1 }
        while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }
}
