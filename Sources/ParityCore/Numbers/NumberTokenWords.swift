/// The normalized text of each word token of one text (lower case, Arabic
/// normalized: ``NumberTokenizer/normalizedWord(_:_:)``), made the first time
/// a reader asks for it and kept for the text's other readers.
///
/// The readers look at the words around each figure (scale, per-cent,
/// currency, month, hour and range words), and the patterns of neighbouring
/// figures look at the same words again: in a paragraph of figures each word
/// is asked for some ten times. With the table a word's string is made at
/// most once, so the words made are at most the text's tokens, whatever the
/// number of figures; words no reader asks for are never made.
///
/// A reference type so that the cursor (a value the readers hold and copy)
/// fills one table; a table belongs to one reading of one text, on one task.
final class NumberTokenWords {
    private var texts: [String?]
    /// How many times a word was asked for, and how many strings were made (``NumberTokenCursor/word(_:)``).
    private(set) var asks = 0
    private(set) var made = 0

    /// A table for `count` tokens, none made yet.
    init(count: Int) {
        texts = Array(repeating: nil, count: count)
    }

    /// The text of token `index` (within the table's count), made by `make` the first time it is asked for.
    @inline(__always)
    func text(_ index: Int, _ make: () -> String) -> String {
        asks &+= 1
        if let known = texts[index] { return known }
        let text = make()
        made &+= 1
        texts[index] = text
        return text
    }
}
