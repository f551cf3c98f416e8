/// A month name no table gives, borrowed from another language and spelled
/// the local way (Tagalog `Setyembre`, Indonesian `Agustus`, Swahili
/// `Septemba`, a February written with doubled vowels and `w` for `v`):
/// read by its likeness to the month names of every table (the hand tables
/// of ``MonthNames`` and CLDR's months of every language,
/// ``CLDRLanguageTables``), forms of four letters or more. The reader asks only of a word that stands
/// between a day and a year in figures (``NumberValueReader/similarMonth(at:)``).
///
/// The word and each form are compared folded: lower case, without
/// diacritics (``DiacriticFolding``), each run of one letter written once
/// (`feebruwaarii` → `februwari`, `settembre` → `setembre`: a language
/// marks long vowels and doubled consonants its own way). A word of four
/// letters or more is a month when its edit distance to a form of that
/// month is at most a third of the longer of the two, and every form of
/// every other month is at least two edits farther: a word as near to two
/// months (`jula`: `juli` July, `juni` June; `listopad`, November in
/// Polish and October in Croatian) is not read.
enum BorrowedMonthName {
    /// The fewest letters (folded) a word read so has.
    static let minimumLetters = 4
    /// How many edits farther the nearest form of every other month must be.
    static let margin = 2

    /// One folded month form and its month (1–12).
    private struct Form {
        let letters: [Unicode.Scalar]
        let month: Int
        /// ``mask(_:)`` of the letters.
        let mask: UInt64
    }

    /// One bit for each scalar of `letters` (its value modulo 64): a
    /// letter of one word whose bit the other's mask lacks is not in the
    /// other word, and costs an edit.
    private static func mask(_ letters: [Unicode.Scalar]) -> UInt64 {
        letters.reduce(0) { $0 | 1 << UInt64($1.value & 63) }
    }

    /// How many of `letters` have no bit in `mask`: each is an edit at
    /// least, so the larger count of two words is a lower bound of their
    /// edit distance (a bit two letters share only lowers it).
    private static func missing(_ letters: [Unicode.Scalar], from mask: UInt64) -> Int {
        var count = 0
        for letter in letters where mask & (1 << UInt64(letter.value & 63)) == 0 { count += 1 }
        return count
    }

    /// The script a word is taken to be written in, by its first scalar:
    /// 0 for Latin (below the Greek block, and Latin Extended Additional),
    /// else the scalar's block of 256 (Greek, Cyrillic, Arabic, Devanagari
    /// and Bengali …). A word is compared with the forms of its script only.
    private static func script(_ first: Unicode.Scalar) -> UInt32 {
        first.value < 0x370 || (0x1E00..<0x1F00).contains(first.value) ? 0 : first.value >> 8
    }

    /// The forms of one script, grouped by their length in folded letters:
    /// a word is compared only with the forms of the lengths its distance
    /// bound allows (the distance is at least the difference of the lengths).
    private struct Shelf {
        /// `byLength[m]`: the forms of `m` letters, in the order of ``forms``.
        var byLength: [[Form]] = []

        /// The forms whose length is in `lengths` (clamped to the lengths the shelf holds).
        func forms(of lengths: ClosedRange<Int>) -> ArraySlice<[Form]> {
            let lower = max(0, lengths.lowerBound), upper = min(byLength.count - 1, lengths.upperBound)
            return lower <= upper ? byLength[lower...upper] : []
        }
    }

    /// The forms of each script (``script(_:)``) by length, built once.
    private static let shelves: [UInt32: Shelf] = {
        var result: [UInt32: Shelf] = [:]
        for form in forms {
            let length = form.letters.count
            var shelf = result[script(form.letters[0]), default: Shelf()]
            while shelf.byLength.count <= length { shelf.byLength.append([]) }
            shelf.byLength[length].append(form)
            result[script(form.letters[0])] = shelf
        }
        return result
    }()

    /// Every one-word month form of the tables, folded, once for each month it names.
    private static let forms: [Form] = {
        var seen: Set<String> = []
        var result: [Form] = []
        func add(_ form: String, _ month: Int) {
            let words = MonthNames.formWords(form)
            guard words.count == 1 else { return }
            let letters = folded(words[0])
            guard !letters.isEmpty, seen.insert("\(month):" + String(String.UnicodeScalarView(letters))).inserted else { return }
            result.append(Form(letters: letters, month: month, mask: mask(letters)))
        }
        for (form, month) in MonthNames.single.sorted(by: { $0.key < $1.key }) { add(form, month) }
        for code in CLDRLanguageTables.languages {
            // The month field alone (`m=…`), cut at scalars as ``CLDRLanguageData`` cuts it: the other fields are not parsed.
            guard let record = CLDRLanguageTables.record(code),
                  let field = record.unicodeScalars.split(separator: ";").first(where: { $0.starts(with: "m=".unicodeScalars) })
            else { continue }
            for (index, monthForms) in CLDRLanguageData(String(String.UnicodeScalarView(field))).months.enumerated() where index < 12 {
                for form in monthForms { add(form, index + 1) }
            }
        }
        return result
    }()

    /// `word` (normalized as the number reader normalizes words) folded for
    /// comparison: diacritics and combining marks removed, each run of one
    /// scalar written once.
    static func folded(_ word: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in DiacriticFolding.folded(word).unicodeScalars where scalar != result.last {
            result.append(scalar)
        }
        return result
    }

    /// The month `word` (normalized) names by its likeness to the tables' month forms, if it names one clearly.
    static func month(of word: String) -> Int? {
        let letters = folded(word)
        guard letters.count >= minimumLetters, let shelf = shelves[script(letters[0])] else { return nil }
        var rows = ([Int](), [Int]())
        let wordMask = mask(letters)
        // First the nearest form near enough to read, if any (most words between a day and a year that no table
        // gives are near no month): a form of `m` letters is read at a distance of a third of the longer of it and
        // the word at most, so it has from two thirds of the word's letters to half as many again. With no such
        // form no month is read, whatever the other forms' distances.
        guard let readable = nearestReadable(letters, wordMask, shelf, &rows) else { return nil }
        // The nearest distance to each month's forms, and whether a form at that distance is near enough to read.
        // The month of the form found is at most `readable` away, so the month read is, and any other month
        // farther than `readable + 1` is at least the margin farther than it: such forms need not be measured.
        var nearest = [Int](repeating: Int.max, count: 13)
        var nearEnough = [Bool](repeating: false, count: 13)
        let farthest = readable + 1
        for forms in shelf.forms(of: letters.count - farthest...letters.count + farthest) {
            for form in forms {
                let longer = max(letters.count, form.letters.count)
                let limit = min(farthest, nearest[form.month])
                guard abs(letters.count - form.letters.count) <= limit,
                      missing(form.letters, from: wordMask) <= limit, missing(letters, from: form.mask) <= limit,
                      let distance = editDistance(letters, form.letters, limit: limit, rows: &rows), distance <= nearest[form.month] else { continue }
                let readable = distance * 3 <= longer && form.letters.count >= minimumLetters
                nearEnough[form.month] = distance < nearest[form.month] ? readable : nearEnough[form.month] || readable
                nearest[form.month] = distance
            }
        }
        let ranked = (1...12).sorted { nearest[$0] != nearest[$1] ? nearest[$0] < nearest[$1] : $0 < $1 }
        let best = ranked[0], second = nearest[ranked[1]]
        guard nearEnough[best], second == Int.max || second - nearest[best] >= margin else { return nil }
        return best
    }

    /// The months whose stem `word` (normalized) begins with, in the forms of
    /// the tables of its script: a form of three letters or more and the word
    /// share, folded, a stem of three letters or more that is all of the form
    /// but its last two letters at most, and the word may add an ending of
    /// any length (a month borrowed with the case endings of an agglutinative
    /// language: `апрелинде` of Russian `апрель`, `майындагы` of `май`). Too
    /// loose to read a month alone (`майдан`); ``LearnedMonthWords`` takes it
    /// as support for a month a word's linked dates already teach.
    static func stemMonths(of word: String) -> Set<Int> {
        let letters = folded(word)
        guard letters.count >= 3, let shelf = shelves[script(letters[0])] else { return [] }
        var result: Set<Int> = []
        for forms in shelf.forms(of: 3...letters.count + 2) {
            for form in forms where !result.contains(form.month) {
                var stem = 0
                while stem < letters.count, stem < form.letters.count, letters[stem] == form.letters[stem] { stem += 1 }
                if stem >= 3, form.letters.count - stem <= 2 { result.insert(form.month) }
            }
        }
        return result
    }

    /// The months whose whole name `word` (normalized) begins with, in the
    /// forms of three letters or more of the tables of its script, compared
    /// folded: a month borrowed whole with the case endings of the language
    /// that writes it (`майында` of Russian `май`, `апрелинде` of Tajik
    /// `апрел`, Georgian-script `ივნისის` of `ივნისი`). Stricter than
    /// ``stemMonths(of:)`` (the whole form, not its stem): `ივნისის` begins
    /// with June's `ივნისი` and not with July's `ივლისი`, which the
    /// likeness of ``month(of:)`` cannot tell apart. ``LearnedMonthWords``
    /// reads a word of one such month as that month.
    static func leadingMonths(of word: String) -> Set<Int> {
        let letters = folded(word)
        guard letters.count >= 3, let shelf = shelves[script(letters[0])] else { return [] }
        var result: Set<Int> = []
        for forms in shelf.forms(of: 3...letters.count) {
            for form in forms where !result.contains(form.month) && letters.starts(with: form.letters) { result.insert(form.month) }
        }
        return result
    }

    /// The smallest edit distance from `letters` to a form of `shelf` near
    /// enough to be read (a third of the longer of the two at most), or nil
    /// when no form is. A form's letters missing from the word (and the
    /// word's from the form), counted by the masks' bits first, bound the
    /// distance from below before it is measured.
    private static func nearestReadable(_ letters: [Unicode.Scalar], _ wordMask: UInt64, _ shelf: Shelf,
                                        _ rows: inout ([Int], [Int])) -> Int? {
        let n = letters.count
        var best: Int?
        // `m` letters: from n − n/3 (a shorter form is read at n/3 edits at most) to n + n/2 (m − n ≤ m/3).
        // A form shorter than a word read so (`ака`, Chuvash April) reads none: one edit away, a word of another
        // language's months (`рака`, Komi March) is as near to it as a spelling of it.
        for forms in shelf.forms(of: max(minimumLetters, n - n / 3)...n + n / 2) {
            guard let first = forms.first else { continue }
            let m = first.letters.count
            var limit = max(n, m) / 3
            if let best { limit = min(limit, best - 1) }
            guard limit >= 0, abs(n - m) <= limit else { continue }
            for form in forms {
                guard (form.mask & ~wordMask).nonzeroBitCount <= limit, (wordMask & ~form.mask).nonzeroBitCount <= limit,
                      missing(form.letters, from: wordMask) <= limit, missing(letters, from: form.mask) <= limit,
                      let distance = editDistance(letters, form.letters, limit: limit, rows: &rows) else { continue }
                best = distance
                limit = distance - 1
                if limit < abs(n - m) { break }
            }
        }
        return best
    }

    /// The Levenshtein distance of `a` and `b` (insertions, deletions and
    /// substitutions of one scalar), or nil when it exceeds `limit`; time
    /// linear in the product of the lengths, stopping early once every cell
    /// of a row exceeds the limit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        var rows = ([Int](), [Int]())
        return editDistance(a, b, limit: limit, rows: &rows)
    }

    /// ``editDistance(_:_:limit:)`` with the two rows of its table kept in
    /// `rows`, so that a word compared with every form allocates them once.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, rows: inout ([Int], [Int])) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        // The rows are moved out of `rows` and back, never copied: each is written in place.
        var previous: [Int] = [], current: [Int] = []
        swap(&previous, &rows.0)
        swap(&current, &rows.1)
        defer {
            swap(&previous, &rows.0)
            swap(&current, &rows.1)
        }
        if previous.count < b.count + 1 {
            previous = [Int](repeating: 0, count: b.count + 1)
            current = previous
        }
        for j in 0...b.count { previous[j] = j }
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
