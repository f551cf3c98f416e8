/// A line of a right-to-left paragraph, drawn left to right, put back in
/// logical order (the inverse of the bidirectional algorithm, as far as it
/// can be inverted from the drawing).
///
/// The words are cut into tokens: runs of right-to-left letters (with their
/// combining marks), runs of left-to-right letters and figures (with the
/// separators between them: "A/79/150", "3,5", "24-13579"), and every other
/// character (punctuation, brackets, the spaces between words) alone. A
/// neutral token between two left-to-right ones goes with them, any other
/// with the paragraph (right to left), as the algorithm resolves it. The
/// runs are then read from right to left; a right-to-left run's tokens and
/// characters are reversed (a run of combining marks keeps its own order),
/// a left-to-right run is kept. So punctuation glued to a figure in the
/// drawing (".77/176", "،2020", ")1(") goes back where it was typed
/// ("77/176.", "2020،", "(1)"); extractors give a bracket's own character,
/// not its mirrored glyph, so brackets are not mirrored.
enum PDFRightToLeftLine {
    /// The logical text of `words`, given in drawing order (left to right, each word's scalars as drawn).
    static func logicalText(_ words: [String]) -> String {
        var tokens: [Token] = []
        for (index, word) in words.enumerated() {
            if index > 0 { tokens.append(Token(scalars: [" "], direction: .neutral)) }
            tokens.append(contentsOf: Self.tokens(word))
        }
        // A number after left-to-right letters is read with them ("August 2024"); a neutral token
        // between two left-to-right ones goes with them, else with the paragraph (a number counts as
        // right to left there: "2023(2)" is drawn ".)2(2023", the brackets apart from both figures).
        var lastStrong: Direction?
        for index in tokens.indices {
            if tokens[index].direction == .number, lastStrong == .leftToRight { tokens[index].direction = .leftToRight }
            if tokens[index].direction != .neutral { lastStrong = tokens[index].direction }
        }
        var resolved = tokens.map(\.direction)
        lastStrong = nil
        var before: [Direction?] = Array(repeating: nil, count: tokens.count)
        for index in tokens.indices {
            before[index] = lastStrong
            if tokens[index].direction != .neutral { lastStrong = tokens[index].direction }
        }
        var nextStrong: Direction?
        for index in tokens.indices.reversed() {
            if tokens[index].direction == .neutral {
                resolved[index] = (before[index] == .leftToRight && nextStrong == .leftToRight) ? .leftToRight : .rightToLeft
            } else {
                nextStrong = tokens[index].direction
            }
        }
        var runs: [(leftToRight: Bool, tokens: [Token])] = []
        for (index, token) in tokens.enumerated() {
            let leftToRight = resolved[index] != .rightToLeft
            if let last = runs.last, last.leftToRight == leftToRight, resolved[index] != .number, resolved[index - 1] != .number {
                runs[runs.count - 1].tokens.append(token)
            } else {
                runs.append((leftToRight, [token]))
            }
        }
        var output = String.UnicodeScalarView()
        for run in runs.reversed() {
            if run.leftToRight {
                let text = String(String.UnicodeScalarView(run.tokens.flatMap(\.scalars)))
                let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                output.append(contentsOf: PDFGeometryReading.figureDrawnLastInFront(words).joined(separator: " ").unicodeScalars)
            } else {
                for token in run.tokens.reversed() { output.append(contentsOf: reversedKeepingMarkRuns(token.scalars)) }
            }
        }
        return String(output)
    }

    /// Whether a line of left-to-right words only, drawn as `text`, shows the
    /// shape only a right-to-left paragraph gives it: closing or final
    /// punctuation at its left end (".A/79/150 *"), or an opening bracket at its right end.
    static func looksDrawnRightToLeft(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return ".,;:!?)]".unicodeScalars.contains(first) || "([".unicodeScalars.contains(last)
    }

    /// Left-to-right letters, right-to-left letters, a number (figures with their separators), anything else.
    enum Direction { case leftToRight, rightToLeft, number, neutral }

    struct Token {
        var scalars: [Unicode.Scalar]
        var direction: Direction
    }

    /// A combining mark, part of the letter before it (`ScalarClass.isCombiningMark`).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isCombiningMark(scalar) }

    /// A word of combining marks only (vowel signs the extractor set apart).
    static func isMarkOnly(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isMark)
    }

    static func direction(_ scalar: Unicode.Scalar) -> Direction {
        if scalar.properties.numericType != nil { return .number }
        if PDFGeometryReading.isRightToLeftLetter(scalar) { return .rightToLeft }
        if isMark(scalar) || scalar.properties.isAlphabetic { return .leftToRight }
        return .neutral
    }

    /// The tokens of one drawn word: letter runs, numbers and single neutral characters. Figures and
    /// Latin letters with the separators between them ("A/79/150", "3,5", "24-13579") are one token,
    /// a number unless it holds a letter; a bracket between figures is no separator.
    static func tokens(_ word: String) -> [Token] {
        let scalars = Array(word.unicodeScalars)
        var directions = scalars.map(direction)
        let separators = "./,:-‐–".unicodeScalars
        for index in directions.indices where directions[index] == .neutral && separators.contains(scalars[index]) {
            guard index > 0, index + 1 < scalars.count else { continue }
            let left = directions[index - 1]
            let right = directions[index + 1]
            if left != .rightToLeft, left != .neutral, right != .rightToLeft, right != .neutral { directions[index] = .number }
        }
        func leftToRightOrNumber(_ direction: Direction) -> Bool { direction == .leftToRight || direction == .number }
        var tokens: [Token] = []
        for (scalar, direction) in zip(scalars, directions) {
            if let last = tokens.last, direction != .neutral, last.direction != .neutral,
               last.direction == direction || (leftToRightOrNumber(last.direction) && leftToRightOrNumber(direction)) {
                tokens[tokens.count - 1].scalars.append(scalar)
                if direction == .leftToRight { tokens[tokens.count - 1].direction = .leftToRight }
            } else {
                tokens.append(Token(scalars: [scalar], direction: direction))
            }
        }
        return tokens
    }

    /// `scalars` reversed, a run of combining marks kept in its own order.
    static func reversedKeepingMarkRuns(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var units: [[Unicode.Scalar]] = []
        for scalar in scalars {
            if isMark(scalar), let last = units.last, let lastScalar = last.last, isMark(lastScalar) {
                units[units.count - 1].append(scalar)
            } else {
                units.append([scalar])
            }
        }
        return units.reversed().flatMap { $0 }
    }
}
