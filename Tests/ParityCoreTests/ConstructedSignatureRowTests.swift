import Testing
@testable import ParityCore

/// A bilateral agreement's signatures set side by side on one line as full as the wrap ("For the Government of
/// Freedonia      For the Government of Borduria"), in a text hard-wrapped with no blank line: the row is complete,
/// so the annex caption under it ("Annex") is no wrapped rest of it and opens the annex. Constructed text (a made-up
/// agreement's last article and annex).
@Suite struct ConstructedSignatureRowTests {
    private static let text = """
    2.\tThe present Agreement shall remain in force for a period of ten years
    and shall be extended automatically for further periods of five years.
    Done at Vlora on 9 May 2079, in duplicate, both texts being equally
    authentic.
    For the Government of Freedonia          For the Government of Borduria
    Annex
    Workshops taking part in the exchange programme
    1.\tThe programme includes 180 workshops: 95 in Freedonia and 85 in
    Borduria.
    2.\tEach workshop shall receive no more than two apprentices at a time.

    """

    @Test func theRowOfSignaturesEndsItsUnitAndTheAnnexOpens() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.text), sourceName: "constructed").blocks
        #expect(blocks.contains { $0.text == "For the Government of Freedonia For the Government of Borduria" })
        #expect(blocks.first { $0.kind == .annex }?.text == "Annex")
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id).suffix(2) == ["annex-p1", "annex-p2"])
    }

    /// The whole agreement, hard-wrapped with no blank line: read as a wrapped extraction, cleaned line by line.
    private static let agreement = """
    Agreement between the Government of Freedonia and the Government of
    Borduria on cooperation in the crafts of wheelwrights and coopers
    The Government of Freedonia and the Government of Borduria, hereinafter
    referred to as "the Parties",
    Desiring to preserve the crafts of wheelwrights and coopers and to pass
    them on to young craftspeople,
    Have agreed as follows:
    Article 1. Purpose
    The purpose of the present Agreement is to develop cooperation between
    the Parties in preserving the crafts of wheelwrights and coopers.
    Article 2. Exchanges
    1.\tThe Parties shall exchange apprentices, samples of seasoned oak and
    records of traditional methods of bending and joining staves.
    2.\tEach Party shall receive at least eight apprentices of the other
    Party each year in the workshops of its northern provinces.
    Article 3. Costs
    The costs of the exchanges shall be borne by the sending Party, and the
    receiving Party shall provide lodging for the apprentices free of charge.
    Article 4. Entry into force
    1.\tThe present Agreement shall enter into force on the date of the last
    notification that the Parties have completed their domestic procedures.
    2.\tThe present Agreement shall remain in force for a period of ten years.
    For the Government of Freedonia          For the Government of Borduria
    Annex
    Workshops taking part in the exchange programme
    1.\tThe programme includes 180 workshops: 95 in Freedonia and 85 in
    Borduria, most of them in the valleys of the northern provinces.
    2.\tEach workshop shall receive no more than two apprentices at a time.

    """

    @Test func aWrappedAgreementReadAsAnExtractionOpensTheAnnexUnderItsSignatures() {
        #expect(PDFExtractionDetector.looksExtracted(Array(Self.agreement.utf8)))
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.agreement), sourceName: "constructed").blocks
        #expect(blocks.first { $0.kind == .annex }?.text == "Annex")
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id).suffix(2) == ["annex-p1", "annex-p2"])
    }

    @Test func aRowIsKnownByItsCellsOpeningAlike() {
        let row = Array("For the Government of Freedonia          For the Government of Borduria".utf8)
        #expect(SignatureColumns.isColumnRow(row, 0, row.count))
        let prose = Array("The Parties shall cooperate in training craftspeople and exchanging".utf8)
        #expect(!SignatureColumns.isColumnRow(prose, 0, prose.count))
        let table = Array("Freedonia          95          1 200".utf8)
        #expect(!SignatureColumns.isColumnRow(table, 0, table.count))
    }
}
