/// Part captions a contents list sets between its chapters: a line without a
/// page right before an entry (`Première partie⇥Contexte`, `Part two⇥Findings
/// and recommendations`, `حصہ دوجا: نتیجے تے سفارشاں`, `第二部分⇥调查结果和建议`),
/// repeated in the body over the chapters, on one line or as the part's line
/// alone over its caption (`Deuxième partie` / `Constatations et
/// recommandations`). Such a caption groups chapters numbered on through the
/// parts: it is no numbered heading and no paragraph, but one unnumbered
/// heading, whatever its words; the contents and the body's repeating it tell it.
enum ContentsPartCaption {
    /// Most scalars of a part caption.
    static let maximumLength = 100

    /// `text` reduced to its letters and digits, each run of anything else one space (`حصہ پہلا: پس منظر` and
    /// `حصہ پہلا` / `پس منظر` read alike).
    static func key(_ text: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var pendingSpace = false
        for scalar in text {
            if scalar.properties.isAlphabetic || ScalarClass.digit(scalar) != nil || scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .spacingMark {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            } else {
                pendingSpace = !result.isEmpty
            }
        }
        return result
    }

    /// The body units that repeat a contents part caption, each with the number of units it spans (1, or 2 for
    /// the part's line over its caption). `captions` are the keys of the contents' part lines; `bodyStart` the first
    /// unit after the contents; `text(i)` unit `i`'s text when it is one short line ending no sentence.
    static func bodyCaptions(_ captions: Set<[Unicode.Scalar]>, bodyStart: Int, unitCount: Int,
                             text: (Int) -> [Unicode.Scalar]?) -> [Int: Int] {
        guard !captions.isEmpty else { return [:] }
        var result: [Int: Int] = [:]
        var remaining = captions
        var index = bodyStart
        while index < unitCount, !remaining.isEmpty {
            guard let line = text(index) else {
                index += 1
                continue
            }
            let own = key(line)
            if remaining.contains(own) {
                result[index] = 1
                remaining.remove(own)
                index += 1
                continue
            }
            if index + 1 < unitCount, let next = text(index + 1) {
                let joined = key(line + [" "] + next)
                if remaining.contains(joined) {
                    result[index] = 2
                    remaining.remove(joined)
                    index += 2
                    continue
                }
            }
            index += 1
        }
        return result
    }
}
