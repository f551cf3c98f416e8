import Testing
@testable import ParityCore

/// Preambular paragraphs counted from the document's shape — consecutive unnumbered units ending with a comma or
/// semicolon before the first operative paragraph or article — and words of agreement known by their place when
/// they end with no colon. Short constructed texts; documents `dev/resolution-tollbridges` (pt, ko, hy) and
/// `dev/treaty-sluicegates` (de, sw, th).
@Suite struct PreambleShapeTests {
    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    /// A long opening naming the Parties, then preambular paragraphs in lower case set apart by blank lines:
    /// each is a paragraph of its own, none the rest of the one before.
    @Test func constructedGermanAgreementKeepsItsLowerCasePreambularParagraphs() {
        let text = """
        ABKOMMEN ÜBER DIE SCHLEUSEN

        Die Republik Ruritanien und das Königreich Syldavien, im Folgenden „die Vertragsparteien“ genannt,

        in Anerkennung der Tatsache, dass jedes Jahr mehr als 2.300 Schiffe die Schleusen passieren,

        in dem Wunsch, den Betrieb der Schleusen gemeinsam zu regeln,

        sind wie folgt übereingekommen:

        Artikel 1
        Gegenstand

        1. Dieses Abkommen regelt den Betrieb der Schleusen.

        2. Es gilt ab dem 1. Januar 2028.
        """
        let document = segment(text)
        let unnumbered = document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
        // The opening is not cut after its first comma (its rest names a term in quotation marks), and each preambular
        // paragraph stands apart (the words of agreement are read as such in the whole document, dev/treaty-sluicegates).
        #expect(Array(unnumbered.prefix(2)) == [
            "Die Republik Ruritanien und das Königreich Syldavien, im Folgenden „die Vertragsparteien“ genannt,",
            "in Anerkennung der Tatsache, dass jedes Jahr mehr als 2.300 Schiffe die Schleusen passieren,",
        ])
        #expect(unnumbered.count >= 3 && unnumbered[2].hasPrefix("in dem Wunsch, den Betrieb der Schleusen gemeinsam zu regeln,"))
    }

    /// One unit a line, no blank lines, preambular paragraphs in lower case with the participle last (Armenian).
    @Test func constructedArmenianOneUnitALineKeepsItsPreambularParagraphs() {
        let text = """
        Անվտանգության խորհուրդը,
        սահմանային տարածաշրջանում իրավիճակի վերաբերյալ իր նախորդ բանաձևերը հիշեցնելով,
        մտահոգություն հայտնելով, որ ավելի քան 3400 մարդ տեղահանվել է,
        1.\tորոշում է Առաքելության մանդատը երկարաձգել.
        2.\tորոշում է շարունակել զբաղվել այս հարցով։
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 3)
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
    }

    /// "Have agreed as follows." with a full stop, right after the last preambular clause and right before the
    /// first article: the words of agreement, no third preambular paragraph.
    @Test func wordsOfAgreementWithAFullStopOpenTheArticles() {
        let text = """
        AGREEMENT ON THE LOCKS OF THE BORDER CANAL

        The Republic of Ruritania and the Kingdom of Syldavia, hereinafter "the Parties",

        Recognizing that more than 2,300 vessels pass through the locks each year,

        Desiring to regulate jointly the operation of those locks,

        Have agreed as follows.

        Article 1
        Purpose

        1. This Agreement governs the operation of the locks.

        2. It applies from 1 January 2028.

        Article 2
        Entry into force

        1. This Agreement shall enter into force 30 days after the last notification.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 3)
        #expect(document.blocks.contains { $0.kind == .heading && $0.text == "Have agreed as follows." })
        #expect(document.blocks.filter { $0.kind == .article }.compactMap(\.number) == [1, 2])
    }

    /// A full stop ends a sentence that is a preambular paragraph's text where no clause comes before it: a short
    /// line after a title is no words of agreement.
    @Test func aShortSentenceAfterATitleIsNoWordsOfAgreement() {
        let text = """
        AGREEMENT ON THE LOCKS OF THE BORDER CANAL

        This text is constructed.

        Article 1
        Purpose

        1. This Agreement governs the operation of the locks.

        2. It applies from 1 January 2028.
        """
        let document = segment(text)
        #expect(!document.blocks.contains { $0.kind == .heading && $0.text == "This text is constructed." })
    }
}
