import Testing
@testable import ParityCore

/// Decimal paragraph numbers that go on across headings: `1.1`, `1.2` under `I.`, `2.1` under `II.` or under
/// `CHAPTER II`, and a count that goes on under a lettered heading (`1.3` under `A.` after `1.2`). A heading
/// closes the count, so the label under it either starts a count of its own or continues the one before it.
/// An annex numbers afresh from `1.1`. Constructed texts (a made-up working group's report).
@Suite struct ConstructedDecimalAcrossHeadingsTests {
    private static func paragraphs(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .paragraph }.map(\.id)
    }

    private static func headings(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .heading }.compactMap(\.labelPath)
    }

    /// Roman section headings and lettered subheadings, blank lines between the units.
    @Test func romanAndLetteredHeadingsKeepTheDecimalCount() {
        let text = """
        I. Introduction

        1.1 The Working Group on Traditional Crafts met in Vlora from 3 to 7 May 2079.

        1.2 The Group held six meetings and heard statements from eleven delegations.

        A. Organization of work

        1.3 The Group elected Ms. Anna Kovač (Freedonia) as its Chair.

        1.4 The Group adopted its agenda without amendment.

        II. Summary of the discussions

        2.1 Delegations welcomed the growth of apprenticeship programmes.

        2.2 Several delegations noted that the cost of seasoned oak had risen by 14 per cent.

        """
        #expect(Self.paragraphs(text) == ["p1.1", "p1.2", "p1.3", "p1.4", "p2.1", "p2.2"])
        #expect(Self.headings(text) == ["I", "I.A", "II"])
    }

    /// Chapter headings in words (`CHAPTER II`) over their own titles: `2.1` opens chapter II's count.
    @Test func chapterHeadingsInWordsOpenTheirCount() {
        let text = """
        CHAPTER I

        Water

        1.1 The programme works on water.

        1.2 The programme also works on rivers.

        CHAPTER II

        Land

        2.1 The programme works on land.

        2.2 The rest is for meetings.

        """
        #expect(Self.paragraphs(text) == ["p1.1", "p1.2", "p2.1", "p2.2"])
    }

    /// The same report hard-wrapped with no blank line (read as an extraction and cleaned line by line).
    @Test func theHardWrappedReportKeepsItsCountToo() {
        let text = """
        Report of the Working Group on Traditional Crafts
        I. Introduction
        1.1 The Working Group on Traditional Crafts met in Vlora from 3 to 7 May
        2079 and adopted the present report at its final meeting.
        1.2 The Group held six meetings and heard statements from eleven
        delegations and four organizations of craftspeople.
        A. Organization of work
        1.3 The Group elected Ms. Anna Kovač (Freedonia) as its Chair and
        Mr. Ivo Petrov (Borduria) as its Rapporteur.
        1.4 The Group adopted the agenda contained in document WG/79/1 without
        amendment and agreed to work in plenary meetings only.
        II. Summary of the discussions
        2.1 Delegations welcomed the growth of apprenticeship programmes, which
        1,250 young people joined in 2078, and the new workshops in the valleys.
        2.2 Several delegations noted that the cost of seasoned oak had risen
        by 14 per cent since 2076 and asked for a study of supply.
        B. Training of apprentices
        2.3 The Group discussed the length of apprenticeships, which range from
        two to four years in the States that reported on them.
        2.4 The Group agreed to collect data on the number of apprentices who
        complete their training and on the trades they enter.
        III. Recommendations
        3.1 The Group recommends that States support workshops that train
        apprentices in the crafts of wheelwrights and coopers.
        3.2 The Group recommends that the secretariat prepare the study of the
        supply of seasoned oak for its next session.

        """
        #expect(Self.paragraphs(text) == ["p1.1", "p1.2", "p1.3", "p1.4", "p2.1", "p2.2", "p2.3", "p2.4", "p3.1", "p3.2"])
        #expect(Self.headings(text) == ["I", "I.A", "II", "II.B", "III"])
    }

    /// An annex after the body starts its own count at `1.1`.
    @Test func anAnnexCountsAfresh() {
        let text = """
        I. Water

        1.1 The programme works on water.

        1.2 The programme also works on rivers.

        II. Land

        2.1 The programme works on land.

        2.2 The rest is for meetings.

        Annex

        Terms of reference

        1.1 The group meets twice a year.

        1.2 The group reports to the Board.

        """
        #expect(Self.paragraphs(text) == ["p1.1", "p1.2", "p2.1", "p2.2", "annex-p1.1", "annex-p1.2"])
    }
}
