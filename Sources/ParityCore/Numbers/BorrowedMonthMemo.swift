/// The months ``BorrowedMonthName`` read for the words of one text (nil
/// for a word it read as no month), so that a word judged once is not
/// compared with the month forms again: the readers of a day before a
/// month, of a range of days and of a month before a day may ask of the
/// same word, and a text may write the same word in several dates.
///
/// A reference type so that the value reader (a value copied as it reads)
/// fills one memo; a memo belongs to one reading of one text, on one task.
final class BorrowedMonthMemo {
    private var months: [String: Int?] = [:]

    /// The month of `word` (normalized), judged by ``BorrowedMonthName/month(of:)`` the first time it is asked for.
    func month(of word: String) -> Int? {
        if let known = months[word] { return known }
        let month = BorrowedMonthName.month(of: word)
        months[word] = month
        return month
    }
}
