import Testing
@testable import ParityCore

/// Hard-wrapped fascicles whose paragraphs are numbered with their section's
/// number (`22.1⇥…`, `۱۷-۱ …`): the wrap is told by the numbered paragraphs'
/// first lines that stop on a word before an unlabelled line, and a wrapped
/// line that starts with a figure (`2033. Since …`, `9 countries, …`,
/// `25 per cent.`, `88/140.`) goes on in its paragraph, in any digits.
/// Constructed text (`dev/budget-signalboxes`, `dev/budget-weighbridges`).
@Suite struct ConstructedSectionNumberedWrapTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .paragraph || $0.kind == .unnumberedParagraph }.map(\.id)
    }

    @Test func figureLedWrappedLinesGoOnInTheirParagraph() {
        let text = """
        United Nations
        A/91/6 (Sect. 22)
        General Assembly
        Distr.: General
        Section 22
        Signal boxes of the Marsh Line
        I.\tOverall orientation
        22.1\tThe Marsh Line Signalling Office maintains signal boxes and level
        crossings on the railway that Borduria and Syldavia share.
        22.2\tThe Office was set up by the General Assembly at the end of
        2033. Since then its signal boxes have handled the trains of
        9 countries, and the Office keeps a register of every train.
        22.3\tThe Governing Board noted that the number of trains rose by
        25 per cent. It asked the Office to replace the lever frames.
        """
        #expect(outline(text) == ["p22.1", "p22.2", "p22.3"])
    }

    @Test func figureLedWrappedLinesInOtherDigits() {
        // Devanagari digits and a resolution number at a line's start.
        let text = """
        संयुक्त राष्ट्र
        A/91/6 (Sect. 22)
        खंड २२
        सिग्नल बॉक्स
        I.\tसमग्र दिशा
        २२.१\tमार्श लाइन सिग्नल कार्यालय बोर्डुरिया और सिल्डाविया के साझा रेलमार्ग पर सिग्नल
        बॉक्स और समपार फाटकों का रखरखाव करता है।
        २२.२\tकार्यालय की स्थापना महासभा ने अपने संकल्प
        ८८/१४०. द्वारा की थी और तब से इसके सिग्नल बॉक्स कुल
        ९ देशों की रेलगाड़ियों का संचालन करते हैं।
        २२.३\tपरिषद ने पाया कि सिग्नल बॉक्सों से गुज़रने वाली रेलगाड़ियों की संख्या
        २५ प्रतिशत बढ़ी है।
        """
        #expect(outline(text) == ["p22.1", "p22.2", "p22.3"])
    }

    @Test func cleanTextKeepsOneUnitALine() {
        // One paragraph a line, each ending its sentence: no wrap, and a table's rows stay rows.
        let text = """
        A/91/6 (Sect. 22)
        Section 22
        Signal boxes of the Marsh Line
        22.1\tThe Office maintains signal boxes on the railway that Borduria and Syldavia share.
        22.2\tThe Office was set up by the General Assembly at the end of 2033.
        Table 22.1
        Resource requirements
        2036\t2037
        Posts\t1,315,000\t1,362,000
        22.3\tThe Governing Board noted that the number of trains rose by 25 per cent.
        """
        #expect(outline(text) == ["p22.1", "p22.2", "u1", "u2", "u3", "u4", "p22.3"])
    }
}
