/// A bounded, deterministic sample of a text for language detection
/// (`LanguageDetector`): the whole text when it has at most `budget` bytes;
/// otherwise `pieces` runs of about `budget / pieces` bytes at evenly spread
/// places, the first at the start and the last at the end, each cut at word
/// boundaries (ASCII white space; at a scalar's start when a run holds none,
/// as Han or Thai text may) and joined by line feeds, so that no word of the
/// sample is cut or made of two pieces.
///
/// Detection reads the script counts and word counts of the sample instead
/// of the text's first 200,000 bytes: its cost is bounded by `budget`
/// whatever the length of the text, and a long document is judged by its
/// body, not by its first pages alone. A language's frequent words make a
/// fifth to a third of its running text and its script nearly all of its
/// letters, so a few thousand words decide as the whole text does
/// (`LanguageSampleTests` checks that the sample decides as the whole text
/// on every fixture text, and so does a sample a quarter the size).
enum LanguageSample {
    /// Most bytes a sample holds (line feeds between pieces aside).
    static let budget = 16_384
    /// How many pieces a text longer than `budget` is sampled in.
    static let pieces = 8

    /// The sample of `bytes`; `budget` and `pieces` as above.
    static func sample(_ bytes: [UInt8], budget: Int = LanguageSample.budget, pieces: Int = LanguageSample.pieces) -> [UInt8] {
        let count = bytes.count
        guard count > budget, pieces > 0 else { return bytes }
        let piece = budget / pieces
        var sample: [UInt8] = []
        sample.reserveCapacity(budget + pieces)
        for index in 0..<pieces {
            // Starts spread evenly from 0 to count - piece.
            let start = pieces == 1 ? 0 : (count - piece) * index / (pieces - 1)
            let range = wordRange(bytes, start, start + piece)
            guard !range.isEmpty else { continue }
            if !sample.isEmpty { sample.append(0x0A) }
            sample.append(contentsOf: bytes[range])
        }
        return sample
    }

    /// `start..<end` narrowed to whole words: a start inside the text moves past the first white space of the
    /// range, an end inside it back to the last; without white space, both move to a scalar's first byte.
    static func wordRange(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start, upper = end
        if lower > 0 {
            if let space = (lower..<upper).first(where: { isWhiteSpace(bytes[$0 - 1]) }) {
                lower = space
            } else {
                while lower < upper, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
            }
        }
        if upper < bytes.count {
            if let space = (lower..<upper).last(where: { isWhiteSpace(bytes[$0]) }) {
                upper = space
            } else {
                while upper > lower, bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
            }
        }
        return lower..<max(lower, upper)
    }

    /// ASCII space, tab, line feed, vertical tab, form feed or carriage return.
    @inline(__always)
    static func isWhiteSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte &- 0x09 < 5 }
}
