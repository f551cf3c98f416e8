/// Bounds-checked access to the tokens of a text: every accessor takes an
/// index that may be anywhere (before the start, past the end, nil) and
/// answers nil or false there, so no reader can run past a block's end
/// ("Hora 10 a", "de 9 a" at a page break).
///
/// Not `Sendable`: it fills the text's ``NumberTokenWords`` as readers ask
/// for words; a cursor serves one reading of one text.
struct NumberTokenCursor {
    let tokens: [NumberToken]
    let scalars: [Unicode.Scalar]
    /// The words' normalized texts, each made once (``word(_:)``).
    let words: NumberTokenWords

    init(tokens: [NumberToken], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.scalars = scalars
        words = NumberTokenWords(count: tokens.count)
    }

    var count: Int { tokens.count }

    /// The token at `index`, or nil outside the tokens.
    func token(_ index: Int?) -> NumberToken? {
        guard let index, index >= 0, index < tokens.count else { return nil }
        return tokens[index]
    }

    /// The kind of the token at `index`, or nil outside the tokens; read in
    /// place (``token(_:)`` copies the token, its text and its figure parts).
    @inline(__always)
    func kind(_ index: Int?) -> NumberToken.Kind? {
        guard let index, index >= 0, index < tokens.count else { return nil }
        return tokens[index].kind
    }

    /// The first token at or after `index` that is not white space.
    func next(_ index: Int?) -> Int? {
        guard var j = index, j >= 0 else { return nil }
        while j < tokens.count, tokens[j].kind == .space { j += 1 }
        return j < tokens.count ? j : nil
    }

    /// The last token before `index` that is not white space.
    func previous(_ index: Int) -> Int? {
        var j = index - 1
        while j >= 0, j < tokens.count, tokens[j].kind == .space { j -= 1 }
        return j >= 0 && j < tokens.count ? j : nil
    }

    /// The text of the word at `index`, if there is a word there: lower
    /// case, Arabic normalized (``WordPhraseTable/normalize(_:)``); empty for
    /// a word longer than ``NumberTokenizer/longestWord``. Made from the
    /// scalars the first time it is asked for and kept in ``words``: readers
    /// look at a few words around each figure (the same words again for
    /// neighbouring figures), and at no other word.
    func word(_ index: Int?) -> String? {
        guard let index, index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        let range = tokens[index].range
        guard range.count <= NumberTokenizer.longestWord else { return "" }
        return words.text(index) { NumberTokenizer.normalizedWord(scalars, range) }
    }

    /// Whether the word at `index` may be one of the words whose shapes
    /// `shapes` holds (``NumberWordShapes``), without making its text.
    func mayBeWord(_ index: Int, in shapes: NumberWordShapes) -> Bool {
        guard kind(index) == .word else { return false }
        let range = tokens[index].range
        guard range.count <= NumberTokenizer.longestWord else { return false }
        return shapes.mayMatch(scalars[range])
    }

    func isWord(_ index: Int?, _ words: Set<String>) -> Bool {
        word(index).map(words.contains) ?? false
    }

    func isWord(_ index: Int?, _ word: String) -> Bool {
        self.word(index) == word
    }

    func isPunct(_ index: Int?, _ mark: String) -> Bool {
        guard let token = token(index), token.kind == .punct else { return false }
        return token.text == mark
    }

    func isPunct(_ index: Int?, _ marks: Set<String>) -> Bool {
        guard let token = token(index), token.kind == .punct else { return false }
        return marks.contains(token.text)
    }

    /// Whether the token at `index` directly follows the one before it (no space).
    func isAttached(_ index: Int?) -> Bool {
        guard let index, let token = token(index), let before = self.token(index - 1) else { return false }
        return before.range.upperBound == token.range.lowerBound && before.kind != .space
    }

    /// The integer value of the number token at `index`.
    func integer(_ index: Int?) -> Int? { token(index)?.integerValue }

    /// The text written from token `from` up to (not including) token `to`.
    func written(_ from: Int, _ to: Int) -> String {
        ScalarText.string(scalars[scalarRange(from, to)])
    }

    /// The scalar range from token `from` up to (not including) token `to`.
    func scalarRange(_ from: Int, _ to: Int) -> Range<Int> {
        guard let first = token(from), let last = token(to - 1) else { return 0..<0 }
        return first.range.lowerBound..<max(first.range.lowerBound, last.range.upperBound)
    }
}
