import Testing
@testable import ParityCore

/// How a summary record's turns open, read from the record (`TurnShape`): a title before a particle the record's
/// designations never go on with opens no turn ("सभापति के नेवता पर …", "at the Chair's invitation"), nor does a title
/// after a word that the record never writes before it ("Wen Chairperson invite dem, …" where "Chairperson" opens
/// units alone). Constructed sentences in Bhojpuri, Punjabi (Gurmukhi), Urdu and Nigerian Pidgin; documents
/// `dev/summary-kitemakers` (bho) and `dev/summary-pelicans` (pcm).
@Suite struct TurnShapeTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
    private func words(_ list: String...) -> Set<[Unicode.Scalar]> { Set(list.map { Array($0.unicodeScalars) }) }

    @Test func aParticleAfterATitleIsOneNoDesignationGoesOnWith() {
        let shape = TurnShape(wordsAfterDesignations: words("कहलें", "एह"))
        let text = scalars("सभापति के नेवता पर प्रतिनिधिमंडल बइठल।")
        #expect(shape.isParticle(text, at: 7))
        // A longer word (the object before a verb at the end) is none, nor is any word when no designation was read.
        #expect(!shape.isParticle(scalars("सभापति प्रतिनिधिमंडल के धन्यवाद देहलें।"), at: 7))
        #expect(!TurnShape().isParticle(text, at: 7))
        // A particle the record's designations go on with opens a turn: Punjabi "ਸ੍ਰੀ ਨੋਵਾਕ (ਬੋਰਡੂਰੀਆ) ਨੇ ਕਿਹਾ …".
        let punjabi = TurnShape(wordsAfterDesignations: words("ਨੇ"))
        #expect(!punjabi.isParticle(scalars("ਪ੍ਰਧਾਨ ਨੇ ਕਿਹਾ ਕਿ"), at: 7))
        #expect(punjabi.isParticle(scalars("ਪ੍ਰਧਾਨ ਦੇ ਸੱਦੇ ਉੱਤੇ"), at: 7))
    }

    @Test func aTitleBeforeAParticleOpensNoTurn() {
        let chair = words("सभापति")
        let shape = TurnShape(wordsAfterDesignations: words("कहलें"))
        #expect(SpeakerLine.reportedDesignationLength(scalars("सभापति के नेवता पर बोर्डुरिया के प्रतिनिधिमंडल बइठल।"), learned: chair, shape: shape) == nil)
        #expect(SpeakerLine.reportedDesignationLength(scalars("सभापति कहलें कि समिति बातचीत जारी रखी।"), learned: chair, shape: shape)
            == "सभापति".unicodeScalars.count)
        // Verb-final: the object after the title.
        #expect(SpeakerLine.reportedDesignationLength(scalars("सभापति प्रतिनिधिमंडल के जवाब खातिर धन्यवाद देहलें।"), learned: chair, shape: shape)
            == "सभापति".unicodeScalars.count)
        // Urdu: "صدر کی دعوت پر" ("at the Chair's invitation") against "صدر نے کہا".
        let urdu = TurnShape(wordsAfterDesignations: words("نے"))
        let sadr = words("صدر")
        #expect(SpeakerLine.reportedDesignationLength(scalars("صدر کی دعوت پر وفد نے نشستیں سنبھالیں۔"), learned: sadr, shape: urdu) == nil)
        #expect(SpeakerLine.reportedDesignationLength(scalars("صدر نے کہا کہ کمیٹی بات چیت جاری رکھے گی۔"), learned: sadr, shape: urdu) == 3)
    }

    @Test func aWordBeforeATitleTheRecordWritesAloneIsNoArticle() {
        let chair = words("chairperson")
        let text = scalars("Wen Chairperson invite dem, di delegation sidon.")
        #expect(SpeakerLine.reportedDesignationLength(text, learned: chair) == "Wen Chairperson".unicodeScalars.count)
        #expect(SpeakerLine.reportedDesignationLength(text, learned: chair, shape: TurnShape(bareTitles: chair)) == nil)
        #expect(SpeakerLine.reportedDesignationLength(scalars("Chairperson talk say di dialogue go continue."), learned: chair,
                                                      shape: TurnShape(bareTitles: chair)) == "Chairperson".unicodeScalars.count)
        // A record that writes the title with its article only keeps the article: "De Voorzitter zegt …".
        let voorzitter = words("voorzitter")
        #expect(SpeakerLine.reportedDesignationLength(scalars("De Voorzitter zegt dat de vergadering doorgaat."), learned: voorzitter,
                                                      shape: TurnShape(bareTitles: [])) == "De Voorzitter".unicodeScalars.count)
    }

    @Test func aPunjabiSummaryRecordCountsItsTurns() {
        let text = """
        ਸੰਯੁਕਤ ਰਾਸ਼ਟਰ
        CRC/C/SR.3403
        ਪ੍ਰਧਾਨ: ਸ੍ਰੀਮਤੀ ਓਕਾਫੋਰ
        ੧.
        ਪ੍ਰਧਾਨ ਦੇ ਸੱਦੇ ਉੱਤੇ ਬੋਰਡੂਰੀਆ ਦਾ ਵਫ਼ਦ ਕਮੇਟੀ ਦੀ ਮੇਜ਼ ਉੱਤੇ ਬੈਠ ਗਿਆ।
        ੨.
        ਸ੍ਰੀ ਨੋਵਾਕ (ਬੋਰਡੂਰੀਆ) ਨੇ ਕਿਹਾ ਕਿ ੩,੪੫,੦੦੦ ਬੱਚੇ ਸਕੂਲਾਂ ਵਿੱਚ ਦਾਖ਼ਲ ਹੋਏ ਹਨ।
        ੩.
        ਸ੍ਰੀਮਤੀ ਲਿੰਡਕਵਿਸਟ (ਦੇਸ਼ ਰਿਪੋਰਟਰ) ਨੇ ਪੁੱਛਿਆ ਕਿ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿੰਨੀਆਂ ਕੁੜੀਆਂ ਹਨ।
        ੪.
        ਉਹ ਇਹ ਵੀ ਜਾਣਨਾ ਚਾਹੁੰਦੀ ਸੀ ਕਿ ਪਿੰਡਾਂ ਦੇ ਸਕੂਲਾਂ ਲਈ ਵੱਖਰਾ ਬਜਟ ਹੈ ਜਾਂ ਨਹੀਂ।
        ੫.
        ਸ੍ਰੀ ਨੋਵਾਕ (ਬੋਰਡੂਰੀਆ) ਨੇ ਕਿਹਾ ਕਿ ੪੮ ਪ੍ਰਤੀਸ਼ਤ ਕੁੜੀਆਂ ਹਨ।
        ੬.
        ਪ੍ਰਧਾਨ ਨੇ ਵਫ਼ਦ ਦਾ ਧੰਨਵਾਦ ਕੀਤਾ।
        """
        let document = PlainTextSegmenter(language: Language(code: "pa")!).segment(DecodedText(text), sourceName: "constructed")
        let speakers = document.blocks.filter { $0.kind == .paragraph }.map { $0.speaker != nil }
        #expect(speakers == [false, true, true, false, true, true])
    }
}
