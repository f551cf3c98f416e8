/// Wraps text into lines of at most `width` terminal cells.
///
/// Lines break at spaces where possible, after a hyphen, and between CJK
/// characters (not before closing punctuation such as `，。」` nor after
/// opening punctuation such as `「（`). A word longer than a line is broken
/// hard. A grapheme cluster is never split, so with `width` of at least 2 a
/// line never exceeds `width` (only a single cluster wider than the line,
/// such as a long Indic conjunct, can).
public struct ColumnWrapper: Sendable {
    /// The maximum line width in cells; at least 2, so a wide character fits.
    public let width: Int

    /// Creates a wrapper for lines of at most `width` cells (clamped to 2 or more).
    public init(width: Int) {
        self.width = max(2, width)
    }

    private struct Cluster {
        var start: Int
        var end: Int
        var width: Int
        var isSpace: Bool
        var isNewline: Bool
        var isWide: Bool
        var noBreakBefore: Bool
        var noBreakAfter: Bool
        var isHyphen: Bool
    }

    /// Wraps `text` for a terminal. Returns no lines for text without
    /// visible characters; a line feed in the text forces a break. Controls,
    /// escape sequences and bidi overrides are made visible first
    /// (`TerminalSafeText`).
    public func wrap(_ text: String) -> [WrappedLine] {
        let scalars = Array(TerminalSafeText.visible(text, keepLineBreaks: true).unicodeScalars)
        let clusters = Self.clusters(of: scalars)
        var lines: [WrappedLine] = []
        var lineStart = 0
        var lineWidth = 0
        // The latest break opportunity inside the current line: the line would
        // end before `breakEnd` and the next one begin at `breakResume`.
        var breakEnd = -1
        var breakResume = -1

        func emit(_ start: Int, _ end: Int) {
            var last = end
            while last > start, clusters[last - 1].isSpace { last -= 1 }
            guard last > start else { return }
            var line = String.UnicodeScalarView()
            line.append(contentsOf: scalars[clusters[start].start..<clusters[last - 1].end])
            var cells = 0
            for index in start..<last { cells += clusters[index].width }
            lines.append(WrappedLine(text: String(line), width: cells, scalarOffset: clusters[start].start))
        }

        var index = 0
        while index < clusters.count {
            let cluster = clusters[index]
            if cluster.isNewline {
                emit(lineStart, index)
                lineStart = index + 1
                lineWidth = 0
                breakEnd = -1
                index += 1
                continue
            }
            if index == lineStart, cluster.isSpace {
                lineStart += 1
                index += 1
                continue
            }
            if cluster.isSpace {
                breakEnd = index
                breakResume = index + 1
            } else if index > lineStart, Self.mayBreak(before: cluster, after: clusters[index - 1]) {
                breakEnd = index
                breakResume = index
            }
            if lineWidth + cluster.width <= width || index == lineStart {
                lineWidth += cluster.width
                index += 1
                continue
            }
            // The cluster does not fit: end the line at the latest opportunity,
            // else hard-break before the cluster, then rescan the carried part.
            if breakEnd > lineStart {
                emit(lineStart, breakEnd)
                lineStart = breakResume
            } else {
                emit(lineStart, index)
                lineStart = index
            }
            index = lineStart
            lineWidth = 0
            breakEnd = -1
        }
        emit(lineStart, clusters.count)
        return lines
    }

    private static func mayBreak(before next: Cluster, after previous: Cluster) -> Bool {
        if next.isSpace || previous.isSpace || next.noBreakBefore || previous.noBreakAfter { return false }
        if next.isWide || previous.isWide { return true }
        return previous.isHyphen
    }

    private static func clusters(of scalars: [Unicode.Scalar]) -> [Cluster] {
        var scanner = DisplayClusterScanner()
        var clusters: [Cluster] = []
        clusters.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            let step = scanner.consume(scalar)
            if step.startsCluster || clusters.isEmpty {
                let value = scalar.value
                clusters.append(Cluster(
                    start: offset, end: offset + 1, width: step.widthAdded,
                    isSpace: value == 0x20 || value == 0x09 || value == 0x3000 || (value >= 0x2000 && value <= 0x200A && value != 0x2007),
                    isNewline: value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029,
                    isWide: step.widthAdded == 2,
                    noBreakBefore: noLineStart(value), noBreakAfter: noLineEnd(value),
                    isHyphen: value == 0x2D || value == 0x2010
                ))
            } else {
                clusters[clusters.count - 1].end = offset + 1
                clusters[clusters.count - 1].width += step.widthAdded
                if clusters[clusters.count - 1].width >= 2 { clusters[clusters.count - 1].isWide = true }
            }
        }
        return clusters
    }

    /// Closing punctuation that should not begin a line.
    private static func noLineStart(_ value: UInt32) -> Bool {
        switch value {
        case 0x21, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x2026, 0x203A,
             0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x301E,
             0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0x060C, 0x061B, 0x061F:
            return true
        default:
            return false
        }
    }

    /// Opening punctuation that should not end a line.
    private static func noLineEnd(_ value: UInt32) -> Bool {
        switch value {
        case 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x2039,
             0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D,
             0xFF08, 0xFF3B, 0xFF5B:
            return true
        default:
            return false
        }
    }
}
