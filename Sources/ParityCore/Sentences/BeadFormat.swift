/// The bead line format of the vecalign/bertalign gold files:
/// `[i, j]:[k]`, 0-based sentence indexes, one bead a line, `[]` for an
/// empty side.
public enum BeadFormat {
    /// A problem in a bead file.
    public struct ParseError: Error, Equatable, Sendable {
        /// 1-based line number.
        public var line: Int
        /// What is wrong.
        public var message: String

        /// Creates an error.
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// The line for `bead`.
    public static func line(_ bead: SentenceBead) -> String {
        "[" + bead.source.map(String.init).joined(separator: ", ") + "]:["
            + bead.target.map(String.init).joined(separator: ", ") + "]"
    }

    /// The beads of `text`, one a line; blank lines are skipped.
    public static func parse(_ text: String) throws(ParseError) -> [SentenceBead] {
        var beads: [SentenceBead] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty { continue }
            let sides = line.split(separator: ":", omittingEmptySubsequences: false)
            guard sides.count == 2, let source = indexes(sides[0]), let target = indexes(sides[1]) else {
                throw ParseError(line: number + 1, message: "not a bead '[i, …]:[j, …]'")
            }
            beads.append(SentenceBead(source: source, target: target))
        }
        return beads
    }

    private static func indexes(_ side: Substring) -> [Int]? {
        let trimmed = String(side).trimmingWhitespace()
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
        let inner = String(trimmed.dropFirst().dropLast()).trimmingWhitespace()
        if inner.isEmpty { return [] }
        var result: [Int] = []
        for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Int(String(part).trimmingWhitespace()), value >= 0 else { return nil }
            result.append(value)
        }
        return result
    }
}
