import Testing
@testable import ParityCore

/// Speaker designations in summary and verbatim records beyond "X said":
/// a clause set off by commas after the designation, a one-letter auxiliary
/// as the verb, a verb first in a language without a speaker table, and a
/// colon of any script after a verbatim designation. Constructed snippets
/// (made up for these tests; not taken from real documents).
@Suite struct ConstructedSpeakerDesignationTests {
    private func speakers(_ text: String, language: Language? = nil) -> [String] {
        PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .paragraph }.map { $0.speaker ?? "-" }
    }

    @Test func constructedClauseBetweenDesignationAndVerbEndsTheDesignation() {
        #expect(SpeakerLine.reportedDesignationLength(Array("M. Novak (Ruritanie), présentant le rapport, dit que tout va bien.".unicodeScalars))
            == "M. Novak (Ruritanie)".unicodeScalars.count)
        #expect(SpeakerLine.reportedDesignationLength(Array("Mr. Novak, introducing the report, said that it was ready.".unicodeScalars))
            == "Mr. Novak".unicodeScalars.count)
        // The Chair alone before a comma names no speaker: "The Chair, …" may be a clause of its own.
        #expect(SpeakerLine.reportedDesignationLength(Array("The Chair, in closing, said that the item was concluded.".unicodeScalars)) == nil)
    }

    @Test func constructedOneLetterAuxiliaryIsAVerbUnlessATitleGoesOn() {
        #expect(SpeakerLine.reportedDesignationLength(Array("La Présidente a souhaité la bienvenue à la délégation.".unicodeScalars))
            == "La Présidente".unicodeScalars.count)
        // "of the General Assembly": the linking word goes on with a capitalized word, the title is not over.
        #expect(SpeakerLine.reportedDesignationLength(Array("The President of the General Assembly opened the debate.".unicodeScalars)) == nil)
    }

    @Test func constructedWelshDesignationsFollowTheVerb() {
        let text = """
        Cofnod cryno wedi'i lunio

        Cadeirydd: Ms Ahmed

        1. Croesawodd y Cadeirydd y ddirprwyaeth wedi'i llunio.

        2. Dywedodd Mr Novak (Rwritania) fod yr adroddiad yn barod.

        3. Ar wahoddiad y cadeirydd, roedd 14 o swyddfeydd ar agor.

        4. Gofynnodd Ms Lindqvist (Rapporteur) faint o swyddfeydd oedd ar agor.

        5. Dywedodd Mr Novak (Rwritania) fod 14 ar agor.
        """
        #expect(speakers(text, language: Language(code: "cy")) == ["Cadeirydd", "Mr Novak (Rwritania)", "-", "Ms Lindqvist (Rapporteur)", "Mr Novak (Rwritania)"])
        // In a language with its own speaker table the designation opens the paragraph: a verb first names none.
        #expect(speakers("1. Said Mr. Novak (Ruritania) that the report was ready.\n\n2. Mr. Novak (Ruritania) said so.\n", language: .english)
            == ["-", "Mr. Novak (Ruritania)"])
    }

    @Test func constructedColonsOfAnyScriptByTheirUnicodeProperties() {
        for colon: Unicode.Scalar in [":", "：", "\u{1365}", "\u{1366}", "\u{1804}", "\u{FE55}", "\u{FE13}", "\u{0703}", "\u{0704}", "\u{A6F4}"] {
            #expect(ScalarClass.isColon(colon))
        }
        // The ratio sign is a mathematical symbol, the Ethiopic word space no colon.
        for other: Unicode.Scalar in [";", "؛", "\u{1364}", "\u{1362}", ".", "\u{20A1}", "\u{A789}", "\u{2236}", "\u{1361}"] { #expect(!ScalarClass.isColon(other)) }
    }

    @Test func constructedPlainDesignationsOfTwoOrThreeNameWords() {
        #expect(SpeakerLine.plainDesignationWord(Array("አቶ ኦካፎር፦ የእኔ ልዑካን ቡድን ይደግፋል።".unicodeScalars)) == Array("አቶ".unicodeScalars))
        #expect(SpeakerLine.plainDesignationWord(Array("Mr. Okafor: My delegation agrees.".unicodeScalars)) == Array("mr.".unicodeScalars))
        // A word in lower case, one word alone, a figure or no speech after the colon make none.
        #expect(SpeakerLine.plainDesignationWord(Array("In conclusion: we agree.".unicodeScalars)) == nil)
        #expect(SpeakerLine.plainDesignationWord(Array("Source: Eurostat.".unicodeScalars)) == nil)
        #expect(SpeakerLine.plainDesignationWord(Array("Table 3: Stations".unicodeScalars)) == nil)
        #expect(SpeakerLine.plainDesignationWord(Array("Mr. Okafor:".unicodeScalars)) == nil)
    }

    /// A verbatim record in a language no table knows: two noted designations and the President's title repeated
    /// alone before an Ethiopic preface colon make a record of turns, in which a speaker with no country opens a turn.
    @Test func constructedTurnTakingMakesARecordOfTurns() {
        let text = """
        ጠቅላላ ጉባኤ

        ፕሬዚዳንቱ፦ ለሩሪታኒያ ተወካይ መድረኩን እሰጣለሁ።

        ወ/ሮ ኖቫክ (ሩሪታኒያ)፦ አገሬ 14 ጣቢያዎችን መልሳ አቋቁማለች።

        ፕሬዚዳንቱ፦ ለሲልዳቪያ ተወካይ መድረኩን እሰጣለሁ።

        አቶ ኦካፎር፦ የእኔ ልዑካን ቡድን ይደግፋል።

        ፕሬዚዳንቱ፦ ለቦርዱሪያ ተወካይ መድረኩን እሰጣለሁ።

        ወ/ሮ ሊንድኩቪስት (ቦርዱሪያ)፦ ቦርዱሪያ 12 ጣቢያዎችን አድሳለች።
        """
        let blocks = PlainTextSegmenter(language: Language(code: "am")).segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .speakerTurn }.count == 6)
        // Without a noted designation, a title repeated before a colon ("Source: …") makes no record.
        let notes = "Report\n\nSource: Eurostat data of 2030.\n\nNote: Figures rounded.\n\nSource: Eurostat data of 2031.\n"
        #expect(PlainTextSegmenter(language: .english).segment(DecodedText(notes), sourceName: "constructed").blocks
            .filter { $0.kind == .speakerTurn }.isEmpty)
    }

    @Test func constructedTigrinyaVerbatimTurnsEndWithTheEthiopicPrefaceColon() {
        let text = """
        ወግዓዊ መዛግብቲ

        ፕረዚደንት (ብእንግሊዝኛ ተዛሪቡ)፦ ንወኪል ሲልዳቭያ ዕድል ሃብ እየ።

        ኣቶ ዱፖን (ሲልዳቭያ) (ብፈረንሳይኛ ተዛሪቡ)፦ ሲልዳቭያ ነቲ ንድፊ ትድግፎ።

        ወይዘሮ ሊንድቅቪስት (ፍሪዶንያ) (ብእንግሊዝኛ ተዛሪባ)፦ ፍሪዶንያ ውን ትድግፎ።
        """
        let blocks = PlainTextSegmenter(language: Language(code: "ti")).segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .speakerTurn }.count == 3)
    }
}
