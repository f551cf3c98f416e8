import Testing
@testable import ParityCore

/// A hard-wrapped line that starts with a figure or a date ("15. Mai", "1990. gada", "31. mája") goes on
/// from the line above when its number does not continue the count of paragraph numbers
/// (`HardWrapContinuation.continuesOutOfCount`); the next number, a first one and a jump after a
/// paragraph's last line stay paragraph numbers; numbers in parentheses are counted apart.
/// Constructed texts, greedily wrapped.
@Suite struct ConstructedWrappedFigureLineTests {
    static func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    /// German: "15. Mai 2026" wraps to a line start inside paragraph 2; paragraph 5 after 3 is a real jump.
    @Test func constructedGermanDateInsideAParagraph() {
        let blocks = Self.blocks("""
1. Der Ausschuss nahm den Bericht des
Generalsekretärs zur Kenntnis und dankte
allen Delegationen für ihre Beiträge.
2. Die Konferenz wurde am 14. Mai und am
15. Mai 2026 in Genf abgehalten, und die
Teilnehmer verabschiedeten eine Erklärung.
3. Die Vertragsstaaten legten ihre
Berichte vor.
5. Die Sitzung wurde um 13 Uhr beendet.
""")
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2, 3, 5])
        #expect(blocks.first { $0.number == 2 }?.text
            == "Die Konferenz wurde am 14. Mai und am 15. Mai 2026 in Genf abgehalten, und die Teilnehmer verabschiedeten eine Erklärung.")
    }

    /// Latvian: a year before any paragraph number ("1990. gada") and one inside paragraph 1 ("2027. gada").
    @Test func constructedLatvianYearsAtLineStarts() {
        let blocks = Self.blocks("""
Drošības padome,
atzīmējot ar bažām, ka ezeru platība visā reģionā kopš
1990. gada ir samazinājusies par astoņpadsmit procentiem
un ka ūdens kvalitāte pasliktinās visās valstīs,
1. nolemj pagarināt misijas mandātu un sastāvu līdz
2027. gada 31. maijam un lūdz ģenerālsekretāru ziņot
Padomei par pamiera pārkāpumiem ik pēc 90 dienām;
2. nolemj turpināt aktīvi izskatīt šo jautājumu.
""")
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2])
        #expect(!blocks.contains { $0.number == 1990 || $0.number == 2027 })
        #expect(blocks.first { $0.number == 1 }?.text.hasSuffix("ik pēc 90 dienām;") == true)
        #expect(blocks.contains { $0.text.contains("kopš 1990. gada ir samazinājusies") })
    }

    /// Slovak letter without paragraph numbers: "31. mája" at a line start goes on.
    @Test func constructedSlovakLetterDate() {
        let blocks = Self.blocks("""
Vážený pán predseda,
mám tú česť postúpiť Vám v prílohe závery konferencie,
ktorá sa konala v Bratislave v dňoch 14. a 15. apríla
2026 za účasti dvadsiatich štátov a organizácií, a ktorá
prijala akčný plán na roky 2026 až 2030, ktorý potom aj
31. mája 2026 predložila všetkým štátom regiónu.
Budem Vám vďačný, ak tento list a jeho prílohu dáte
rozoslať ako dokument Bezpečnostnej rady.
""")
        #expect(!blocks.contains { $0.kind == .paragraph })
        #expect(blocks.contains { $0.text.contains("ktorý potom aj 31. mája 2026 predložila") })
    }

    /// The next number, and a count that starts at 1, stay paragraph numbers even after a full line.
    @Test(arguments: [
        ("1. Der Ausschuss nahm den Bericht des Generalsekretärs zur\nKenntnis und dankte allen Delegationen für ihre guten Beiträge und\n2. Die Vertragsstaaten legten ihre Berichte fristgerecht vor und\nverabschiedeten eine gemeinsame Erklärung zur Wasserpolitik.", [1, 2]),
        ("Os Estados Partes, reconhecendo a importância da cooperação e\n1. Decidem prorrogar o mandato da missão até à data fixada e\npedem ao Secretário-Geral que apresente um relatório escrito.", [1]),
    ])
    func constructedCountingNumbersStayLabels(_ text: String, _ numbers: [Int]) {
        #expect(Self.blocks(text).filter { $0.kind == .paragraph }.map(\.number) == numbers)
    }
    /// A year in parentheses at a line start ("(2025) और 2877 (2025) …") continues no count of
    /// numbered items ((1), (2)): it goes on; items (1) and (2) stay items. Hindi and English.
    @Test func constructedHindiYearInParentheses() {
        let blocks = Self.blocks("""
सुरक्षा परिषद,
विस्थापित लोगों की बढ़ती संख्या पर गंभीर चिंता
व्यक्त करते हुए और मानवीय सहायता की निरंतर
आवश्यकता को स्वीकार करते हुए, निचले वेल्ड्रा
क्षेत्र की स्थिति पर अपने प्रस्तावों 2851
(2025) और 2877 (2025) का स्मरण करते हुए और
क्षेत्र में शांति की आवश्यकता पर बल देते हुए,
1. माँग करती है कि सभी पक्ष युद्धविराम का
पूर्ण सम्मान करें;
""")
        #expect(!blocks.contains { $0.kind == .listItem })
        #expect(blocks.contains { $0.text.contains("प्रस्तावों 2851 (2025) और 2877 (2025) का स्मरण") })
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.number) == [1])
    }

    @Test func constructedEnglishYearInParenthesesBeforeNumberedItems() {
        let blocks = Self.blocks("""
The Security Council,
Expressing grave concern at the displacement of more than
240,000 people since January and at the continuing need for
humanitarian assistance, recalling its resolutions 2851 and
(2026) on the situation in the Lower Veldra region and the
statements of its President on the ceasefire agreement,
1. Demands that all parties respect the ceasefire agreement;
2. Requests the Mission to report on the following matters:
(1) the withdrawal of heavy weapons from the twelve areas and
(2) the safe return of displaced persons to their homes.
""")
        #expect(blocks.filter { $0.kind == .listItem }.map(\.text)
            == ["the withdrawal of heavy weapons from the twelve areas and", "the safe return of displaced persons to their homes."])
        #expect(blocks.contains { $0.text.contains("resolutions 2851 and (2026) on the situation") })
    }

    /// Marathi, Devanagari digits: a summary that is no numbered paragraph wraps after a short line onto a line opening
    /// with `२,३५०`, and paragraph 2 onto one opening with `१,२४०`; both go on, as `2,350` and `1,240` do.
    @Test func constructedMarathiFiguresInDevanagariDigitsAtLineStarts() {
        let blocks = Self.blocks("""
अहवाल
सारांश
या अहवालात विशेष प्रतिवेदक सिल्डाव्हियातील लेथ कार्यशाळांच्या भेटीचे निष्कर्ष
मांडतात, जिथे २०३० मध्ये एकूण
२,३५० कामगार काम करत होते आणि त्यापैकी निम्म्याहून अधिक महिला होत्या.
१. हा अहवाल मानवी हक्क परिषदेच्या ठराव ५८/१२ नुसार सादर केला जात आहे
आणि त्यात लेथ कार्यशाळांमधील कामाच्या परिस्थितीचा आढावा घेतला आहे.
२. नोंदणीकृत कामगारांची संख्या २०२५ मधील ८६० वरून २०४० मध्ये
१,२४० पर्यंत वाढण्याचा अंदाज आहे, परंतु त्यापैकी केवळ ३५ टक्के कामगारांकडे लेखी
करार आहे आणि बहुतेक कामगार सुरक्षा उपकरणांशिवाय काम करतात.
""")
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.number) == [1, 2])
        #expect(blocks.first { $0.number == 2 }?.text.contains("२०४० मध्ये १,२४० पर्यंत") == true)
        #expect(blocks.contains { $0.text.contains("एकूण २,३५० कामगार") })
    }
}
