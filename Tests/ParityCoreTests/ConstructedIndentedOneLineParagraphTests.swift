import Testing
@testable import ParityCore

/// A letter read as an extracted page whose paragraphs are set one to a line, each indented, with no wrap: a line
/// that ends a sentence at the same indent as the one-line paragraph above it opens the next paragraph, in a
/// caseless script where no capital tells it. The text is constructed (a made-up Hindi letter with an annex).
@Suite struct ConstructedIndentedOneLineParagraphTests {
    static let letter = """
        United Nations	A/98/412–S/2043/733
        General Assembly	Distr.: General
        Security Council	5 September 2043
        	Original: English
        महासभा, अट्ठानबेवाँ सत्र, कार्यसूची मद 19: शांति की संस्कृति
        सुरक्षा परिषद, अट्ठानबेवाँ वर्ष
        फ्रीडोनिया के स्थायी प्रतिनिधि द्वारा महासचिव को संबोधित 3 सितंबर 2043 का पत्र
            मुझे बोर्डुरिया, फ्रीडोनिया और रुरिटानिया के मंत्रियों द्वारा 20 और 21 अगस्त 2043 को आयोजित उनकी बैठक में हाथ से बने लैंपशेड पर अपनाया गया संयुक्त वक्तव्य इसके साथ भेजने का सम्मान प्राप्त है (अनुलग्नक देखें)।
            यदि इस पत्र और इसके अनुलग्नक को महासभा के कार्यसूची मद 19 के अंतर्गत और सुरक्षा परिषद के दस्तावेज़ के रूप में परिचालित किया जाए तो मैं आभारी रहूँगी।
        (हस्ताक्षरित) क्लारा मेंडेस
        राजदूत और स्थायी प्रतिनिधि
        अनुलग्नक
        लैंपशेड निर्माण पर संयुक्त वक्तव्य
        1.	हम, बोर्डुरिया, फ्रीडोनिया और रुरिटानिया के मंत्री, हाथ से बने लैंपशेड बनाने वाले कारीगरों के काम पर विचार करने के लिए 20 और 21 अगस्त 2043 को वेलस्टाड में मिले और हमने उनके प्रशिक्षण की योजना पर चर्चा की।
        2.	हम सहमत हैं:
        (क)	अपनी कार्यशालाओं के बीच डिज़ाइन और तकनीकें साझा करना;
        (ख)	हर दो वर्ष में एक संयुक्त लैंपशेड मेला आयोजित करना;
        (ग)	कागज़ और रेशम के लैंपशेड बनाने के लिए एक साझा मानक तैयार करना।
        3.	हम 2,700 लैंपशेड निर्माताओं के प्रशिक्षण के लिए 7,50,000 डॉलर का एक संयुक्त कोष स्थापित करेंगे।
        4.	हम 12 मार्च 2044 को वेलस्टाड में फिर मिलेंगे।
        """

    @Test func eachIndentedLineIsAParagraph() {
        let document = PlainTextSegmenter().segment(DecodedText(Self.letter), sourceName: "constructed-indented-one-line.txt")
        let unnumbered = document.blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text)
        #expect(unnumbered.count == 4)
        #expect(unnumbered.first?.hasSuffix("(अनुलग्नक देखें)।") == true)
        #expect(unnumbered.dropFirst().first?.hasPrefix("यदि इस पत्र") == true)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 4)
    }
}
