import ParityTestSupport
import Testing
@testable import ParityCore

/// An annotated agenda in a script without case, set one unit a line with no blank lines and no indent:
/// each item's title on its number's line, its annotation (a sentence) on the next line. The document
/// repeats the shape, and the titles are far shorter than its lines, so every annotation is a paragraph
/// of its own (`AnnotatedItemTitles`), as a capital would tell in a cased script; a hard-wrapped paragraph
/// whose first line fills the width still goes on over its lines.
@Suite struct ConstructedAnnotatedItemTitleTests {
    private func kinds(_ text: String, _ name: String) -> [String] {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: name)
        return document.blocks.drop { $0.id != "p1" }.filter { $0.kind != .pageFurniture && $0.kind != .footnote }.map { "\($0.kind)" }
    }

    private let annotatedShape = ["paragraph", "unnumberedParagraph", "paragraph", "unnumberedParagraph", "paragraph",
                                  "listItem", "listItem", "unnumberedParagraph", "paragraph", "unnumberedParagraph"]

    @Test func limbuAnnotationsStandApartFromTheirTitles() {
        let text = """
        ᤀᤰᤌᤢᤱ ᤐᤠᤰᤌᤢ
        ᥇.\tᤛᤣᤘᤠ ᤀᤠᤍᤠᤱ
        ᤁᤠᤰᤋᤢ ᤐᤠᤈᤧ ᤔᤡᤵᤛᤢ ᤛᤣᤘᤠ ᤀᤠᤍᤠᤱ ᤋᤧ᥇᥈ ᤘᤠᤶᤔᤠ ᤕᤠᤰᤌᤢ ᤐᤠᤈᤧ ᤔᤡᤵᤛᤢ ᤏᤡ।
        ᥈.\tᤀᤰᤌᤢᤱ ᤐᤠᤰᤌᤢ ᤔᤡᤵᤛᤢ
        ᤁᤠᤰᤋᤢ ᤀᤰᤌᤢᤱ ᤐᤠᤰᤌᤢ ᤔᤡᤵᤛᤢ ᤛᤣᤘᤠ ᤀᤠᤍᤠᤱ ᤐᤠᤈᤧ ᤕᤠᤰᤌᤢ ᤏᤡ ᤘᤠᤶᤔᤠ।
        ᥉.\tᤕᤠᤰᤌᤢ ᤀᤠᤍᤠᤱ
        (ᤁ)\tᤐᤠᤈᤧ ᤔᤡᤵᤛᤢ
        (ᤂ)\tᤛᤣᤘᤠ ᤕᤠᤰᤌᤢ
        ᤁᤠᤰᤋᤢ ᥊,᥈᥆᥆ ᤕᤠᤰᤌᤢ ᤀᤠᤍᤠᤱ ᥈᥉% ᤐᤠᤈᤧ ᤔᤡᤵᤛᤢ ᤛᤣᤘᤠ ᤀᤰᤌᤢᤱ ᤏᤡ ᤘᤠᤶᤔᤠ ᤐᤠᤰᤌᤢ।
        ᥊.\tᤀᤰᤌᤢᤱ ᤔᤡᤵᤛᤢ
        ᤁᤠᤰᤋᤢ ᤀᤰᤌᤢᤱ ᤔᤡᤵᤛᤢ ᤛᤣᤘᤠ ᤕᤠᤰᤌᤢ ᤐᤠᤈᤧ ᤀᤠᤍᤠᤱ ᤏᤡ ᤘᤠᤶᤔᤠ।
        """
        #expect(kinds(text, "constructed-lif") == annotatedShape)
    }

    @Test func devanagariEthiopicAndThaiAnnotationsStandApart() {
        let hindi = """
        अनंतिम कार्यसूची
        १.\tसत्र का उद्घाटन
        अध्यक्षा १६ मार्च २०३७ को सुबह १० बजे समिति के सत्र का उद्घाटन करेंगी और स्वागत भाषण देंगी।
        २.\tकार्यसूची को अपनाना
        समिति अनंतिम कार्यसूची को अपनाएगी और अपने काम का संगठन तय करेगी।
        ३.\tकार्यशालाओं का संरक्षण
        (क)\tप्रशिक्षुओं का प्रशिक्षण
        (ख)\tराल की आपूर्ति
        समिति दर्ज की गई ६,४०० कार्यशालाओं पर सचिवालय की रिपोर्ट पर विचार करेगी।
        ४.\tरिपोर्ट को अपनाना
        समिति अपने छठे सत्र की रिपोर्ट अपनाएगी।
        """
        #expect(kinds(hindi, "constructed-hi") == annotatedShape)
        let amharic = """
        ጊዜያዊ አጀንዳ
        1.\tየስብሰባው መክፈቻ
        ሊቀመንበሯ ስብሰባውን 16 ማርች 2037 ከቀኑ 10:00 ሰዓት ላይ ይከፍታሉ፤ የእንኳን ደህና መጣችሁ ንግግርም ያደርጋሉ።
        2.\tየአጀንዳው መጽደቅ
        ኮሚቴው ጊዜያዊ አጀንዳውን ያጸድቃል፤ የሥራውንም አደረጃጀት ይወስናል።
        3.\tየዎርክሾፖች ጥበቃ
        (a)\tየተለማማጆች ሥልጠና
        (b)\tየሙጫ አቅርቦት
        ኮሚቴው በተመዘገቡት 6,400 ዎርክሾፖች ላይ የጽሕፈት ቤቱን ሪፖርት ይመረምራል።
        4.\tየሪፖርቱ መጽደቅ
        ኮሚቴው የስብሰባውን ሪፖርት ያጸድቃል።
        """
        #expect(kinds(amharic, "constructed-am") == annotatedShape)
        // Thai ends its sentences with no mark: an annotation runs up to the next item.
        let thai = """
        ระเบียบวาระการประชุมชั่วคราว
        ๑.\tการเปิดสมัยประชุม
        ประธานจะเปิดสมัยประชุมของคณะกรรมการในวันที่ ๑๙ เมษายน ๒๐๓๘ และกล่าวต้อนรับผู้แทนทุกคน
        ๒.\tการรับรองระเบียบวาระการประชุม
        คณะกรรมการจะรับรองระเบียบวาระการประชุมชั่วคราวและตกลงเรื่องการจัดการงาน
        ๓.\tโรงงานที่ใส่หมึก
        (ก)\tการบูรณะที่ใส่หมึกเก่าแก่
        (ข)\tการจัดหาสี
        คณะกรรมการจะพิจารณารายงานของสำนักเลขาธิการเกี่ยวกับโรงงาน ๒,๑๕๐ แห่ง
        ๔.\tการรับรองรายงาน
        คณะกรรมการจะรับรองรายงานของสมัยประชุม
        """
        #expect(kinds(thai, "constructed-th") == annotatedShape)
    }

    @Test func anAnnotationOfTwoParagraphsUnderATibetanTitleStandsApart() {
        // The shad ends clauses and sentences alike: the annotation is told by the next item's label, across its
        // second paragraph.
        let text = """
        United Nations\tE/C.40/2044/1/Add.1
        Economic and Social Council\tDistr.: General
        \t3 February 2044
        \tOriginal: English

        ཤིང་བཟོའི་ཚོགས་ཆུང་།

        ཚོགས་འདུ་བཞི་པ།

        ལས་རིམ་གནས་སྐབས་མ།

        ༡.\tཚོགས་འདུ་ཁ་ཕྱེ་བ།
        ཚོགས་འདུ་འདི་ སྤྱི་ལོ་ ༢༠༤༤ ཟླ་ ༣ ཚེས་ ༤ ལ་ ཚོགས་གཙོས་ ཁ་ཕྱེ་འོང་།

        ༢.\tལས་འཛིན་འདེམས་བསྐོ།
        ཚོགས་ཆུང་གིས་ ཚོགས་གཙོ་ གཅིག་དང་ ཚོགས་གཙོ་གཞོན་པ་ གཉིས་ འདེམས་འོང་།
        སྲོལ་ལྟར་ ལས་འཛིན་ རྣམས་ ས་ཁུལ་ མི་འདྲ་བ་ ནས་ ཡོང་འོང་།

        ༣.\tལས་རིམ་ངོས་ལེན།
        ཚོགས་ཆུང་ལ་ ལས་རིམ་གནས་སྐབས་མ་ ཕུལ་འོང་།

        ༤.\tསྙན་ཞུ་ངོས་ལེན།
        ཚོགས་ཆུང་གིས་ སྤྱི་ལོ་ ༢༠༤༤ ཟླ་ ༣ ཚེས་ ༨ གཟའ་པ་སངས་ ལ་ ཚོགས་འདུ་ མཇུག་བསྡུ་ བའི་ སྔོན་ལ་ རང་གི་ སྙན་ཞུ་ ངོས་ལེན་ བྱེད་འོང་།
        """
        #expect(kinds(text, "constructed-tibetan-agenda.txt") == ["paragraph", "unnumberedParagraph", "paragraph", "unnumberedParagraph",
                                                                  "unnumberedParagraph", "paragraph", "unnumberedParagraph", "paragraph",
                                                                  "unnumberedParagraph"])
    }

    @Test func hardWrappedParagraphsInACaselessScriptStillGoOn() {
        // Each paragraph's first line fills the width: the wrap broke it, and the line under it goes on.
        #expect(kinds(ConstructedStructureTexts.hindiHardWrappedParagraphs, "constructed-hi") == ["paragraph", "paragraph", "paragraph"])
    }

    @Test func oneTitleWithASentenceUnderItIsNoRepeatedShape() {
        // Only one short line over a sentence: nothing the document repeats, the line under it still goes on.
        let text = """
        १.\tसत्र का उद्घाटन
        अध्यक्षा १६ मार्च २०३७ को सुबह १० बजे समिति के सत्र का उद्घाटन करेंगी और स्वागत भाषण देंगी।
        २.\tसमिति अपने छठे सत्र की रिपोर्ट अपनाएगी।
        """
        #expect(kinds(text, "constructed-hi") == ["paragraph", "paragraph"])
    }
}
