import Foundation
import ParityCore

/// Compares the outlines of two readings of the same document (clean text
/// against PDF, DOCX, HTML): block id, kind, number, label path, text with
/// white space and dot leaders folded (a leader's length is the page's, not
/// the text's), and footnote links. Page furniture is left out.
/// Footnotes are compared as a set, because a format places them at its
/// own natural point (after the citing paragraph, at the page bottom).
public struct OutlineComparison {
    /// One block as compared.
    public struct Entry: Hashable, Comparable, CustomStringConvertible {
        public var id: String
        public var kind: String
        public var number: Int?
        public var labelPath: String?
        public var text: String
        public var links: [String]

        public static func < (lhs: Entry, rhs: Entry) -> Bool { lhs.description < rhs.description }
        public var description: String {
            "\(id) \(kind) \(number.map(String.init) ?? "-") \(labelPath ?? "-") \(links) \(text.prefix(80))"
        }
    }

    /// Non-footnote blocks in reading order.
    public var sequence: [Entry]
    /// Footnotes, sorted.
    public var footnotes: [Entry]

    /// The outline of `document`.
    public init(_ document: Document) {
        var sequence: [Entry] = []
        var footnotes: [Entry] = []
        for block in document.blocks where block.kind != .pageFurniture {
            let entry = Entry(
                id: block.id, kind: block.kind.rawValue, number: block.number, labelPath: block.labelPath,
                text: Self.foldingLeaders(block.text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                links: block.footnoteRefs + block.citedBy)
            if block.kind == .footnote { footnotes.append(entry) } else { sequence.append(entry) }
        }
        self.sequence = sequence
        self.footnotes = footnotes.sorted()
    }

    /// `text` with each dot leader (four dots or more, or two ellipses or more) written as " .... ": its
    /// length follows the width of the page or column, not the text.
    public static func foldingLeaders(_ text: String) -> String {
        guard text.contains("....") || text.contains("……") else { return text }
        var output = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        func flush() {
            if run.count >= 4 || (run.first == "…" && run.count >= 2) {
                output.append(contentsOf: " .... ".unicodeScalars)
            } else {
                output.append(contentsOf: run)
            }
            run.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar == "." || scalar == "…" {
                if let first = run.first, first != scalar { flush() }
                run.append(scalar)
            } else {
                if !run.isEmpty { flush() }
                output.append(scalar)
            }
        }
        if !run.isEmpty { flush() }
        return String(output)
    }

    /// Lines that differ between `self` and `other` (empty when equal), for a readable failure.
    public func differences(to other: OutlineComparison) -> [String] {
        var lines: [String] = []
        let difference = other.sequence.difference(from: sequence)
        for change in difference {
            switch change {
            case .remove(let offset, let element, _): lines.append("- [\(offset)] \(element)")
            case .insert(let offset, let element, _): lines.append("+ [\(offset)] \(element)")
            }
        }
        if footnotes != other.footnotes { lines.append("footnotes: \(footnotes) vs \(other.footnotes)") }
        return lines
    }
}

/// Checks the lossless property: every non-white-space byte of an input lies
/// in exactly one block's source ranges.
public enum LosslessCoverage {
    /// Offsets of non-white-space bytes (from `start`) covered zero times or more than once. White space is ASCII's
    /// and the ideographic space (U+3000), which indents and pads Han and kana lines as spaces do Latin ones.
    public static func violations(_ bytes: [UInt8], _ document: Document, from start: Int = 0) -> [Int] {
        var covered = [UInt8](repeating: 0, count: bytes.count)
        for block in document.blocks {
            for range in block.sourceRanges {
                for offset in max(0, range.start)..<min(range.end, bytes.count) where covered[offset] < 2 {
                    covered[offset] += 1
                }
            }
        }
        var problems: [Int] = []
        for offset in start..<bytes.count where covered[offset] != 1 {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C { continue }
            if IdeographicSpaceBytes.contains(bytes, offset: offset) { continue }
            problems.append(offset)
        }
        return problems
    }
}

extension RepositoryPaths {
    /// A file under `Tests/Fixtures/`.
    public static func fixture(_ relative: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative)
    }

    /// The bytes of a file under `Tests/Fixtures/`.
    public static func fixtureBytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixture(relative)))
    }
}
