import Testing
@testable import ParityCore

/// A footnote is linked to a citation of its own series first (`FootnoteLinker`): the body's note 1 to the body's
/// citation, an annex's note 1 to that annex's, whatever the order in which a PDF extraction's cleanup sets the notes.
/// Constructed drafts (made up); document `dev/goals-breadfruit` (sm, where the body cites its note as `2027.1`).
@Suite struct FootnoteSeriesLinkTests {
    private func draft(_ kind: BlockKind, _ text: String, _ start: Int, label: String? = nil) -> DraftBlock {
        var draft = DraftBlock(serial: start, kind: kind, text: Array(text.unicodeScalars), emphasis: [],
                               sourceRanges: [SourceRange(start: start, end: start + text.utf8.count)])
        draft.label = label
        return draft
    }

    @Test func notesOfTwoSeriesLinkToTheirOwnCitations() {
        // The body's note stands in the input before the annex but comes after it among the drafts.
        var drafts = [
            draft(.paragraph, "Na faia i Klow i le aso 6 Aperila 2027.1 O sini o loo i le pepa.", 0),
            draft(.annex, "pepa faaopoopo", 200),
            draft(.paragraph, "E oo atu i le 2032, ia puipuia faatoaga ua faailoga i faafanua.1", 220),
            draft(.footnote, "Vaai E/ICEF/2027/4, vaega 9.", 100, label: "¹"),
            draft(.footnote, "O le fuainumera e faatatau i le aofai o eka.", 400, label: "¹"),
        ]
        for index in drafts.indices { drafts[index].serial = index }
        #expect(FootnoteLinker.series(drafts) == [0, 1, 1, 0, 1])
        BlockIdentifiers.assign(&drafts)
        #expect(FootnoteLinker.link(&drafts).isEmpty)
        #expect(drafts[3].citedBy == [drafts[0].id])
        #expect(drafts[4].citedBy == [drafts[2].id])
    }

    @Test func aNoteNoBlockOfItsSeriesCitesLinksAsBefore() {
        var drafts = [
            draft(.paragraph, "The goals are set out in the annex.¹", 0),
            draft(.annex, "Annex", 100),
            draft(.paragraph, "Protect the groves.", 110),
            draft(.footnote, "See E/ICEF/2027/4.", 200, label: "¹"),
        ]
        for index in drafts.indices { drafts[index].serial = index }
        BlockIdentifiers.assign(&drafts)
        #expect(FootnoteLinker.link(&drafts).isEmpty)
        #expect(drafts[3].citedBy == [drafts[0].id])
    }
}
