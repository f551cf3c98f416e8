/// A set of line indices kept as one bit a line: membership without
/// hashing, for the passes that ask about every line of a document
/// (furniture, contents regions, table rows, lines joined without a space).
/// Indices below zero are in no set; the set grows when a larger index is
/// inserted.
struct LineIndexSet: Sendable {
    private var words: [UInt64]

    /// An empty set with room for indices `0..<count`.
    init(count: Int) {
        words = [UInt64](repeating: 0, count: (max(0, count) + 63) >> 6)
    }

    /// The set of `indices`, with room for indices `0..<count`.
    init<Indices: Sequence<Int>>(_ indices: Indices, count: Int) {
        self.init(count: count)
        for index in indices { insert(index) }
    }

    /// Whether `index` is in the set.
    @inline(__always)
    func contains(_ index: Int) -> Bool {
        let word = index >> 6
        guard index >= 0, word < words.count else { return false }
        return words[word] & (1 << UInt64(index & 63)) != 0
    }

    /// Adds `index` (ignored when negative).
    mutating func insert(_ index: Int) {
        guard index >= 0 else { return }
        let word = index >> 6
        if word >= words.count { words += [UInt64](repeating: 0, count: word + 1 - words.count) }
        words[word] |= 1 << UInt64(index & 63)
    }
}
