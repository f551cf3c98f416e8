import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Articles captioned as Tibetan-script treaties write them: the word, the number in Tibetan digits, the ordinal
/// particle `པ`, a shad, then the title and its shad (`དོན་ཚན་ ༢ པ། ཐོ་ཡིག།`). The shad sets the number apart as a
/// colon does (Unicode counts it no sentence terminal), and a particle of a few caseless letters may stand between
/// the number and that mark; before, no caption was read and the articles' paragraphs ran in one count (hold-out 48
/// tsj). Constructed text (a made-up agreement, its words taken from the captions of such texts).
@Suite struct ConstructedTibetanArticleCaptionTests {
    private static let agreement = """
        རུ་རི་ཊ་ནི་ཡ་དང་ སིལ་ད་བི་ཡ་གི་བར་ན་ གན་རྒྱ།

        འོག་གི་དོན་ཚན་ཚུ་ལུ་ ཁས་ལེན་འབད་ཡི།

        དོན་ཚན་ ༡ པ། དམིགས་ཡུལ།

        གན་རྒྱ་འདི་གི་དམིགས་ཡུལ་འདི་ བཟོ་པ་ཚུ་གི་ཤེས་ཡོན་ སྲུང་སྐྱོབ་འབད་ནི་ཨིན།

        དོན་ཚན་ ༢ པ། ཐོ་ཡིག།

        ༡. ཕྱོགས་རེ་རེ་གིས་ ཐོ་ཡིག་ བཞག་དགོ།

        ༢. ཕྱོགས་གཉིས་ཀྱིས་ ལོ་རེ་བཞིན་ ཟླ་ ༥ ཚེས་ ༡ གི་ཧེ་མ་ ཐོ་ཡིག་ བརྗེ་སོར་འབད་དགོ།

        དོན་ཚན་ ༣ པ། མཉམ་འབྲེལ་མ་དངུལ།

        ༡. ཕྱོགས་གཉིས་ཀྱིས་ མཉམ་འབྲེལ་མ་དངུལ་ཅིག་ གཞི་བཙུགས་འབདཝ་ཨིན།

        ༢. ཕྱོགས་རེ་རེ་གིས་ ལོ་རེ་ལུ་ ཡུ་རོ་ ༡༥༠,༠༠༠ བཙུགས་དགོ།

        ༣. མ་དངུལ་གྱིས་ ལོ་རེ་ལུ་ སློབ་ཕྲུག་ ༣༠ ལུ་ གྲོགས་རམ་འབད་དགོ།

        """

    @Test func constructedCaptionWithParticleAndShadReads() {
        let caption = NumberedCaption.match(Array("དོན་ཚན་ ༢ པ། ཐོ་ཡིག།".unicodeScalars))
        #expect(caption?.number == 2)
        #expect(caption?.style == .digits)
        // No mark after the particle: a phrase of running text, no caption.
        #expect(NumberedCaption.match(Array("དོན་ཚན་ ༢ པ ཐོ་ཡིག་ བཞག་དགོ།".unicodeScalars)) == nil)
    }

    @Test func constructedTibetanArticlesOpenTheirCounts() {
        let (bytes, document) = ConstructedSegmentation.segment(Self.agreement, "constructed-tibetan-article-captions.dz.txt")
        #expect(LosslessCoverage.violations(bytes, document).isEmpty)
        #expect(document.blocks.filter { $0.kind == .article }.map(\.number) == [1, 2, 3])
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.parent) == ["art2", "art2", "art3", "art3", "art3"])
    }
}
