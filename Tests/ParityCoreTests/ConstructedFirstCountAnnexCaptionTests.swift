import Testing
@testable import ParityCore

/// The caption of an unnumbered annex whose numbered paragraphs are the
/// document's first count, under a note of unnumbered paragraphs, the annex
/// word last and known to no table (`BlockClassifier.firstCountCaption`,
/// `AnnexCaptionReference`): the note refers to its annex, or the caption
/// repeats the note's title in short. Amharic and Thai here; documents
/// `dev/noteverbale-seedbanks` (si) and `dev/noteverbale-wells` (km).
@Suite struct ConstructedFirstCountAnnexCaptionTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    private func ids(_ document: Document, _ kind: BlockKind) -> [String] {
        document.blocks.filter { $0.kind == kind }.map(\.id)
    }

    /// Amharic: the note refers to the annex ("(አባሪውን ይመልከቱ)", "see the annex"); the caption names the note in short.
    @Test func amharicCaptionTheNoteRefersTo() {
        let document = segment("""
        በተባበሩት መንግሥታት የተገነባው ቋሚ መልእክተኛ ለዋና ጸሐፊው የላከው ሐምሌ 2 ቀን 2026 የቃል ማስታወሻ

        የተገነባው ቋሚ መልእክተኛ ለዋና ጸሐፊው ሰላምታውን ያቀርባል እና ስለ ገጠር ጉድጓዶች ብሔራዊ መርሃ ግብር ማጠቃለያ ለማስተላለፍ ክብር አለው (አባሪውን ይመልከቱ)።

        የተገነባው ቋሚ መልእክተኛ ለዋና ጸሐፊው ከፍተኛ አክብሮቱን ለማረጋገጥ ይህንን አጋጣሚ ይጠቀማል።

        የቃል ማስታወሻው አባሪ

        1. በ2025 ዓ.ም. 1,240 አዳዲስ ጉድጓዶች ተቆፍረዋል።

        2. ተጨማሪ 900 ጉድጓዶች በ2029 ይቆፈራሉ።
        """)
        #expect(ids(document, .annex) == ["annex"])
        #expect(ids(document, .paragraph) == ["annex-p1", "annex-p2"])
    }

    /// Thai: no reference to the annex in the note; the caption repeats the title's date and first words, too few of them for an echo of the whole title (`AnnexCaptionEcho`), its annex word last.
    @Test func thaiCaptionRepeatingTheTitleInShort() {
        let document = segment("""
        หนังสือ ลงวันที่ 2 กรกฎาคม 2026 จาก คณะผู้แทนถาวร ที่สร้างขึ้น ถึง เลขาธิการ

        คณะผู้แทนถาวร ที่สร้างขึ้น ขอแสดงความนับถือ มายัง เลขาธิการ และ มีเกียรติ ขอส่ง บทสรุป ของ แผนงาน บ่อน้ำ ชนบท แห่งชาติ มาพร้อมนี้ ด้วย.

        คณะผู้แทนถาวร ที่สร้างขึ้น ถือโอกาสนี้ ยืนยัน ความนับถือ อย่างสูง มายัง เลขาธิการ อีกครั้ง หนึ่ง.

        หนังสือ ลงวันที่ 2 กรกฎาคม 2026 ภาคผนวก

        1. ในปี 2025 มีการ ขุด บ่อน้ำ ใหม่ 1,240 บ่อ.

        2. จะมีการ ขุด บ่อน้ำ อีก 900 บ่อ ภายใน ปี 2029.
        """)
        #expect(ids(document, .annex) == ["annex"])
        #expect(ids(document, .paragraph) == ["annex-p1", "annex-p2"])
    }

    /// A heading before the first count that the note neither refers to nor echoes opens no annex.
    @Test func headingNeitherReferredToNorEchoedOpensNoAnnex() {
        let document = segment("""
        Note verbale dated 2 July 2026 from the constructed Permanent Mission addressed to the Secretary-General

        The constructed Permanent Mission presents its compliments to the Secretary-General and has the honour to report on its wells.

        The constructed Permanent Mission avails itself of this opportunity to renew the assurances of its highest consideration.

        Rural water programme of the constructed State

        1. In 2025, 1,240 new wells were drilled.

        2. A further 900 wells will be drilled by 2029.
        """)
        #expect(ids(document, .annex).isEmpty)
    }

    @Test(arguments: [
        ("ឧបសម្ព័ន្ធ", ["សូមមើលឧបសម្ព័ន្ធ"], true),   // Khmer, run into "see": inside a longer word
        ("annex", ["see", "annex"], true),
        ("annex", ["annexed"], true),                       // inflected
        ("annex", ["pannexine"], false),                    // Latin words do not run into each other
        ("ඇමුණුම", ["බලන්න"], false),
    ] as [(String, [String], Bool)])
    func wordUse(_ word: String, _ words: [String], _ used: Bool) {
        #expect(AnnexCaptionReference.isUsed(Array(word.unicodeScalars), in: words.map { Array($0.unicodeScalars) }) == used)
    }
}
