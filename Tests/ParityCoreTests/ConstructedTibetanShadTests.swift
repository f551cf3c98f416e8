import Testing
@testable import ParityCore

/// A Tibetan line that ends with a shad (`།`) ends its clause or sentence, though Unicode files the shad as no sentence
/// terminal: under a guideline's bare head (`༡ …།`) the next line's decimal label (`༡.༡ …`) opens a guideline of its
/// own. And in any script, a bare head's first child label (`1` / `1.1`) is a label, not a figure the wrap carried,
/// however the head's line ends. Constructed text (made-up guidelines; the Tibetan is an approximation).
@Suite struct ConstructedTibetanShadTests {
    private func segment(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    private static let tibetan = """
    United Nations\tE/C.31/2094/7
    Economic and Social Council\tDistr.: General
    \t4 February 2094

    ༡. ཚོགས་ཆུང་གིས་གསང་ཡིག་ཁང་ལ་ལམ་སྟོན་འགོད་དགོས་ཞེས་རེ་བ་ཞུས་ཡོད།

    ༢. ཟུར་སྦྱར་ནང་གི་ལམ་སྟོན་འདི་དག་རྒྱལ་ཁབ་༡༩ ནས་འབྱོར་བའི་བསམ་འཆར་ལ་གཞིགས་ཏེ་བཟོས་ཡོད།

    ཟུར་སྦྱར།

    མར་མེའི་སྙིང་པོ་སྐོར་གྱི་ལམ་སྟོན།
    ༡ རྒྱུ་ཆ། སྙིང་པོ་ནི་རས་བལ་དང་། ཟར་མ། སོ་མ་ར་ཟ་བཅས་ལས་བཟོ་དགོས།
    ༡.༡ བེད་སྤྱོད་བྱེད་པའི་རས་བལ་ནང་སྤུ་རིང་པོ་ཉུང་མཐར་བརྒྱ་ཆ་༩༥ ཡོད་དགོས།
    ༡.༢ ཟར་མ་ནི་ཞེང་ཚད་མི་ལི་མི་ཊར་༡༢ ལས་ཆེ་བའི་སྙིང་པོ་ཁོ་ནར་སྤྱོད།
    ༢ བཟོ་སྐྲུན། སྙིང་པོ་ལག་པས་སམ་འཕྲུལ་འཁོར་གྱིས་སྒྲིལ་དགོས།
    ༢.༡ སྙིང་པོ་ལེབ་མོ་ལ་སྐུད་པ་༣ ནས་༩ བར་ཡོད།
    ༣ ཚོད་ལྟ། སྙིང་པོ་ཚན་རེ་རེར་འབར་ཚོད་ལྟ་བྱེད་དགོས།
    ༣.༡ ཚོད་ལྟའི་གྲུབ་འབྲས་ལོ་༥ རིང་ཉར་དགོས།
    """

    @Test func aShadEndsTheLineAndEveryDecimalLabelOpensAGuideline() {
        let blocks = segment(Self.tibetan)
        #expect(blocks.filter { $0.kind == .paragraph && $0.id.hasPrefix("annex") }.map(\.id)
            == ["annex-p1", "annex-p1.1", "annex-p1.2", "annex-p2", "annex-p2.1", "annex-p3", "annex-p3.1"])
    }

    @Test func theShadIsTerminalPunctuation() {
        #expect(ScalarClass.isTerminalPunctuation("\u{0F0D}") && ScalarClass.isSentenceEnd("\u{0F0D}"))
        #expect(!ScalarClass.isTerminalPunctuation("\u{0F0B}"))  // the tsheg between syllables
    }

    /// Heads that end with no mark (`1 Materials`) over their first child (`1.1 …`).
    private static let unmarkedHeads = """
    Lignes directrices relatives aux mèches de lampe

    1. Le Comité a prié le Secrétariat d'établir les lignes directrices.

    2. Elles tiennent compte des observations reçues de 19 États.

    Annexe

    Lignes directrices
    1 Matières
    1.1 Le coton utilisé contient au moins 95 % de fibres longues.
    1.2 Le lin est réservé aux mèches de plus de 12 mm de largeur.
    2 Fabrication
    2.1 Une mèche plate compte de 3 à 9 brins.
    2.2 Une mèche ronde est tressée autour d'une âme.
    3 Essais
    3.1 La flamme d'une mèche d'essai brûle pendant 40 minutes sans fumée.
    """

    @Test func aHeadsFirstChildOpensItsOwnUnit() {
        let blocks = segment(Self.unmarkedHeads)
        let labelled = blocks.filter { $0.kind == .paragraph || $0.kind == .heading }.map(\.id)
        #expect(labelled == ["p1", "p2", "h-Annex-1", "annex-p1.1", "annex-p1.2", "h-Annex-2", "annex-p2.1", "annex-p2.2",
                             "h-Annex-3", "annex-p3.1"])
    }
}
