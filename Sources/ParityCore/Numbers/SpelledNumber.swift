/// A number written without digits: one number word or a compound of them
/// (`seventeenth`, `twenty-one`, `dix-septième`, `السابعة عشرة`,
/// `treinta`), a numeric adjective (`decenal`, `biennium`), a Roman
/// numeral (`XXI`) or a run of Chinese numerals (`二百四十`).
struct SpelledNumber: Hashable, Sendable {
    /// The value of the whole compound.
    var value: Int
    /// The value of each word of the compound, in order (one for a single word).
    var parts: [Int]
    /// Where it is written in its text, in Unicode scalars.
    var scalarRange: Range<Int>
    /// Whether it is a cardinal or an ordinal written in number words only
    /// (`seventeenth`, `treinta`, `dix-sept`): a figure a reader takes as
    /// such. Numeric adjectives and nouns (`decade`, `biennium`, `both`,
    /// `half`), a lone `hundred` or `thousand` (`ألف` is also the letter A),
    /// Roman and Chinese numerals are not, but for a Chinese amount of a
    /// thousand or more (``ChineseNumeral/isAmount(_:)``: `四十二万`): they
    /// only account for a figure the other version writes in digits.
    var isCounting: Bool
    /// The text as written.
    var written: String

    /// Whether a reader takes it as a figure of `limit` or more.
    func isClear(smallFigureLimit limit: Int) -> Bool { isCounting && value >= limit }

    /// The number as a value of kind `number`, marked as spelled out.
    var asValue: ExtractedNumber {
        var number = ExtractedNumber(kind: .number, canonical: String(value), written: written, scalarRange: scalarRange)
        number.isSpelledOut = true
        return number
    }
}
