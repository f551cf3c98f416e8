/// An annex caption known by the title it repeats, measured by letters and
/// figures rather than words, so that it holds in any language and script:
/// "Annex to the note verbale dated 4 March 2040 from …", "… ɖo ɖe Dɔwɔƒegã
/// la ƒe kpeɖeŋunya", "2040年3月4号…拨秘书处个普通照会个附件",
/// `پیوست یادداشت شفاهی مورخ ۴ مارس ۲۰۴۰ …`. No annex word is needed and
/// its place does not matter (first, last or inside, joined to a word in a
/// script without spaces): what the caption adds to the title is the annex
/// word.
///
/// The letters of a text are its alphabetic scalars and marks, lower-cased,
/// everything else left out (spaces, digits, punctuation), and its *grams*
/// the runs of `gramLength` of them, across word boundaries: a title broken
/// over two lines elsewhere than its caption is, or written without spaces,
/// gives the same grams. A caption repeats a title when
/// - it holds a figure, and every figure it holds is one of the title's (by
///   value, in any digits: the date), at least `minimumFigures` of them (or
///   all the title's, if it has fewer);
/// - at least `titleCoverage` of the title's grams are the caption's (most of
///   the title is repeated, an inflection or two aside);
/// - at least `captionShare` of the caption's grams are the title's (the
///   caption is the title and a few words: a sentence that quotes the title
///   in passing holds far more), and at least `minimumOwnGrams` are not (it
///   adds a word: a heading that only repeats the title is no annex);
/// - it ends no sentence and no clause (a lead-in ending with a colon that
///   quotes the title is running text).
///
/// Where the caption stands (after the body, over a count that starts at 1)
/// is the classifier's to check (`BlockClassifier.titleRepeatCaptions`).
enum TitleRepeatCaption {
    /// Letters in a gram.
    static let gramLength = 3
    /// Share of the title's grams the caption repeats.
    static let titleCoverage = 0.6
    /// Share of the caption's grams that are the title's.
    static let captionShare = 0.7
    /// Fewest grams of the caption that are not the title's (its annex word).
    static let minimumOwnGrams = 2
    /// Fewest figures of the title the caption repeats.
    static let minimumFigures = 2
    /// Fewest grams of a title: a line of a few letters repeats nothing.
    static let minimumTitleGrams = 12
    /// Longest text read as a caption or a title, in scalars.
    static let maximumLength = 600

    /// A title read once: its grams and its figures.
    struct Title {
        var grams: Set<UInt64>
        var figures: Set<[Unicode.Scalar]>

        /// A text without figures is no dated title: its grams are not read (``isDatedTitle`` is false either way).
        init(_ scalars: [Unicode.Scalar]) {
            figures = Set(AnnexCaptionEcho.numbers(scalars))
            grams = figures.isEmpty ? [] : Set(TitleRepeatCaption.grams(scalars))
        }

        /// Whether the title is long enough to be repeated and dated.
        var isDatedTitle: Bool { grams.count >= TitleRepeatCaption.minimumTitleGrams && !figures.isEmpty }
    }

    /// Whether `caption` repeats one of `titles` as an annex caption does.
    static func repeats(_ caption: [Unicode.Scalar], titles: [Title]) -> Bool {
        guard caption.count <= maximumLength, !ScalarText.endsSentence(caption), !BlockClassifier.endsClause(caption),
              caption.last(where: { !ScalarClass.isWhitespace($0) }).map({ $0 != ":" && $0 != "：" }) ?? false
        else { return false }
        let figures = Set(AnnexCaptionEcho.numbers(caption))
        guard !figures.isEmpty else { return false }
        let captionGrams = Set(grams(caption))
        guard !captionGrams.isEmpty else { return false }
        return titles.contains { title in
            guard title.isDatedTitle, figures.isSubset(of: title.figures),
                  figures.count >= min(minimumFigures, title.figures.count) else { return false }
            let shared = captionGrams.intersection(title.grams).count
            return Double(shared) >= titleCoverage * Double(title.grams.count)
                && Double(shared) >= captionShare * Double(captionGrams.count)
                && captionGrams.count - shared >= minimumOwnGrams
        }
    }

    /// The runs of `gramLength` letters of `scalars` (letters and marks, lower-cased; all else left out), each
    /// packed in one integer (21 bits a scalar): a set of them is hashed without an array a gram.
    static func grams(_ scalars: [Unicode.Scalar]) -> [UInt64] {
        var grams: [UInt64] = []
        grams.reserveCapacity(scalars.count)
        var gram: UInt64 = 0
        var letters = 0
        for scalar in scalars where ScalarClass.digit(scalar) == nil && NumberedCaption.isWordScalar(scalar) {
            let letter = ScalarClass.isUppercase(scalar) ? ScalarLowercasing.lowercasedScalar(scalar) ?? scalar : scalar
            gram = (gram << 21 | UInt64(letter.value)) & (1 << (21 * gramLength) - 1)
            letters += 1
            if letters >= gramLength { grams.append(gram) }
        }
        return grams
    }
}
