import Testing
@testable import ParityCore

/// A bilateral agreement hard-wrapped with no blank line (read as a wrapped extraction): its opening over two lines
/// that names the Parties ("…, hereinafter" / "referred to as "the Parties",") opens the preamble, so a clause
/// ending on a full line is followed by the next; the words of agreement ("Have agreed as follows:") stand apart
/// from the last clause over the first article; and a paragraph 1 of an article, whose count starts again, goes on
/// into a line a hand broke before a figure ("1. Each Party shall pay" / "420,000 florins a year …"), as a
/// paragraph continuing the count does. Constructed text (a made-up agreement on lighthouses).
@Suite struct ConstructedArticleCountWrapTests {
    private static let text = """
    AGREEMENT BETWEEN THE REPUBLIC OF FREEDONIA AND THE KINGDOM OF BORDURIA
    ON THE UPKEEP OF COASTAL LIGHTHOUSES
    The Republic of Freedonia and the Kingdom of Borduria, hereinafter
    referred to as "the Parties",
    Mindful of the importance of the lighthouses along their common coast,
    Wishing to keep 42 lighthouses lit and open to visitors all year round,
    Have agreed as follows:
    Article 1. Purpose
    The purpose of the present Agreement is to keep the lighthouses listed
    in the annex in good repair and open to visitors.
    Article 2. Joint board
    1.\tThe Parties shall set up a joint board of six members, three from
    each Party.
    2.\tThe joint board shall meet at least twice a year.
    3.\tThe first meeting shall take place before 1 March 2081.
    Article 3. Costs
    1.\tEach Party shall pay
    420,000 florins a year towards the upkeep of the lighthouses.
    2.\tThe costs of repairs after storms shall be shared equally between
    the Parties.
    Article 4. Keepers
    1.\tThe Parties shall train at least 14 keepers a year.
    2.\tKeepers shall be paid by the Party in whose territory they serve.
    Article 5. Entry into force
    The present Agreement shall enter into force on the date of signature.

    """

    @Test func theWordsOfAgreementStandApartAndTheCountGoesOnIntoTheFigure() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.text), sourceName: "constructed").blocks
        #expect(blocks.contains { $0.text == "Have agreed as follows:" })
        #expect(blocks.contains { $0.text == "Wishing to keep 42 lighthouses lit and open to visitors all year round," })
        let paragraphs = blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.id) == ["art2-p1", "art2-p2", "art2-p3", "art3-p1", "art3-p2", "art4-p1", "art4-p2"])
        #expect(paragraphs.first { $0.id == "art3-p1" }?.text == "Each Party shall pay 420,000 florins a year towards the upkeep of the lighthouses.")
        #expect(!blocks.contains { $0.kind == .unnumberedParagraph && $0.text.hasPrefix("420,000") })
    }

    /// A short convention hard-wrapped with no blank line, joined line by line as a clean text is: the words of
    /// agreement under a clause that fills its line do not go on from it.
    @Test func theWordsOfAgreementStandApartInAShortWrappedText() {
        let text = """
        Convention on the Upkeep of Coastal Lighthouses
        The States Parties to the present Convention,
        Recalling that the lighthouses along their common coasts have guided
        the ships of their fishing fleets for more than three hundred years,
        Aware that some 120 of those lighthouses stand empty and that the
        skills of their keepers are passed on in fewer families every year,
        Wishing to keep the lighthouses lit and open to visitors all year,
        Have agreed as follows:
        Article 1
        The purpose of this Convention is to keep the lighthouses in repair
        and to train new keepers in the coastal provinces of each Party.
        Article 2
        This Convention shall enter into force on the date of signature.

        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.contains { $0.text == "Have agreed as follows:" })
        #expect(blocks.contains { $0.text == "Wishing to keep the lighthouses lit and open to visitors all year," })
        #expect(blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2"])
    }
}
