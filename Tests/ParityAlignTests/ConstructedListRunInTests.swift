@testable import ParityCore
import ParityTestSupport
import Testing

/// A list set as items in one version and run into its sentence in the
/// other (`ListRunIn`), on constructed texts: one `list-run-in` warning and
/// one n-1 link, in either direction.
@Suite struct ConstructedListRunInTests {
    private func check(_ pivot: String, _ other: String) -> (Alignment, [Finding]) {
        let alignment = Aligner().align([
            PlainTextSegmenter().segment(DecodedText(pivot), sourceName: "constructed-a.txt"),
            PlainTextSegmenter().segment(DecodedText(other), sourceName: "constructed-b.txt"),
        ])
        return (alignment, ParityChecker().check(alignment))
    }

    @Test(arguments: [false, true])
    func constructedRunInListIsOneWarningAndOneLink(itemizedIsPivot: Bool) {
        let (itemized, runIn) = (ConstructedStructureTexts.listItemized, ConstructedStructureTexts.listRunIn)
        let (alignment, findings) = itemizedIsPivot ? check(itemized, runIn) : check(runIn, itemized)
        #expect(findings.filter { $0.severity == .error }.count == 0)
        #expect(findings.map(\.kind) == [.listRunIn])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.contains("sets its list (a)–(f) as 6 items") == true)
        let items = ["p2", "p2-a", "p2-b", "p2-c", "p2-d", "p2-e", "p2-f"]
        let link = alignment.links.first { $0.blockIDs.contains(["p2"]) }
        #expect(link?.blockIDs == (itemizedIsPivot ? [items, ["p2"]] : [["p2"], items]))
        #expect(alignment.links.count == 4)
    }

    @Test func constructedRussianItemsAgainstArabicRunInByKey() {
        let russian = """
        1. Конструированный первый пункт доклада.

        2. Комитет рекомендует государствам:

        а) принять законы;

        b) создать независимый орган;

        c) выделить ресурсы.

        3. Конструированный третий пункт доклада.
        """
        let arabic = """
        1 - فقرة أولى مصطنعة من التقرير.

        2 - توصي اللجنة الدول بما يلي: (أ) سن القوانين؛ (ب) إنشاء هيئة مستقلة؛ (ج) تخصيص الموارد.

        3 - فقرة ثالثة مصطنعة من التقرير.
        """
        let (_, findings) = check(arabic, russian)
        #expect(findings.map(\.kind) == [.listRunIn])
    }

    @Test func constructedItemsThatTheOtherParagraphDoesNotCarryAreNoRunIn() {
        // The other version's paragraph 2 names (a) only: items (b)–(f) are not run into it.
        let other = """
        I. Medidas construidas

        1. El Comité se reunió tres veces durante el período construido que se examina.

        2. El Comité recomienda a los Estados que: a) aprueben leyes para proteger los derechos de todas las personas construidas.

        3. El Comité volverá a examinar la cuestión en su próximo período de sesiones construido.
        """
        let (_, findings) = check(other, ConstructedStructureTexts.listItemized)
        #expect(!findings.contains { $0.kind == .listRunIn })
        #expect(!findings.isEmpty)
    }

    @Test func constructedArticleItemsAgainstRunInArticleParagraph() {
        let itemized = """
        Article 1

        For the purposes of this constructed Declaration, the term "violence" means any act.

        Article 2

        Violence shall be understood to encompass, but not be limited to, the following:

        (a) Physical, sexual and psychological violence occurring in the family;

        (b) Physical, sexual and psychological violence occurring within the community;

        (c) Physical, sexual and psychological violence condoned by the State.

        Article 3

        Women are entitled to the equal enjoyment of all constructed rights.
        """
        let runIn = """
        Article premier

        Aux fins de la présente Déclaration construite, le terme « violence » désigne tout acte.

        Article 2

        La violence s'entend comme englobant, sans y être limitée, les formes suivantes : a) la violence physique, sexuelle et psychologique exercée au sein de la famille; b) la violence physique, sexuelle et psychologique exercée au sein de la collectivité; c) la violence physique, sexuelle et psychologique tolérée par l'État.

        Article 3

        Les femmes doivent jouir, dans des conditions d'égalité, de tous les droits construits.
        """
        let (alignment, findings) = check(itemized, runIn)
        #expect(findings.map(\.kind) == [.listRunIn])
        #expect(findings.first?.locations.map(\.blockIDs) == [["art2-u1", "art2-li1", "art2-li2", "art2-li3"], ["art2-u1"]])
        #expect(alignment.links.count == 6)
        let (_, reversed) = check(runIn, itemized)
        #expect(reversed.map(\.kind) == [.listRunIn])
    }
}

/// A list run into its sentence without its labels (`ListRunIn`, judged by
/// the lead's colon, the paragraph number and the length), and a figure whose
/// digits stand in another order (`UnreadFigureExplanation`).
@Suite struct ConstructedUnlabelledRunInTests {
    private let itemized = """
    1. Recorda a súa resolución 79/12.

    2. Invita os Estados membros:
    a) A censar as terras expostas á erosión antes de 2029;
    b) A destinar polo menos o 20 % dos seus fondos á prevención;
    c) A formar os agricultores na plantación de sebes;

    3. Decide seguir examinando a cuestión.
    """

    private func findings(_ pivot: String, _ other: String) -> [Finding] {
        ParityChecker().check(Aligner().align([
            PlainTextSegmenter().segment(DecodedText(pivot), sourceName: "constructed-a.txt"),
            PlainTextSegmenter().segment(DecodedText(other), sourceName: "constructed-b.txt"),
        ]))
    }

    @Test func constructedGalicianItemsRunIntoTheSentenceWithoutLabelsAreAListRunIn() {
        let runIn = """
        1. Recorda a súa resolución 79/12.

        2. Invita os Estados membros a censar as terras expostas á erosión antes de 2029, a destinar polo menos o 20 % dos seus fondos á prevención e a formar os agricultores na plantación de sebes;

        3. Decide seguir examinando a cuestión.
        """
        for (pivot, other) in [(itemized, runIn), (runIn, itemized)] {
            let found = findings(pivot, other).filter { $0.severity >= .warning }
            #expect(found.map(\.kind) == [.listRunIn])
        }
    }

    /// Four items and their lead are five blocks, more than a length bead joins: the numbered pair is told a run-in
    /// before the alignment, by its length against a model from the numbered pairs. Constructed texts (a made-up
    /// Council resolution in English, its French version running the list in).
    @Test func fourItemsRunInWithoutLabelsAreOneRunInWarning() {
        let english = """
        1. Decides to extend the mandate of the Mission until 30 September 2087;

        2. Decides that the Mission shall comprise up to 840 military observers;

        3. Requests the Mission, within its mandate:

        (a) To monitor the coastal signal line agreed on 6 May 2084;

        (b) To maintain the network of 46 flag and lamp signal stations;

        (c) To support the return of displaced fishing communities;

        (d) To report any violation to the Council within 72 hours;

        4. Calls upon all parties to cooperate fully with the Mission;

        5. Decides to remain seized of the matter.
        """
        let french = """
        1. Décide de proroger le mandat de la Mission jusqu'au 30 septembre 2087 ;

        2. Décide que la Mission comprendra jusqu'à 840 observateurs militaires ;

        3. Prie la Mission, dans le cadre de son mandat, de surveiller la ligne côtière de signalisation convenue le 6 mai 2084, d'entretenir le réseau de 46 postes de signalisation par pavillons et par feux, d'appuyer le retour des communautés de pêcheurs déplacées et de signaler au Conseil toute violation dans un délai de 72 heures ;

        4. Demande à toutes les parties de coopérer pleinement avec la Mission ;

        5. Décide de rester saisi de la question.
        """
        for (pivot, other) in [(english, french), (french, english)] {
            let found = findings(pivot, other).filter { $0.severity >= .warning }
            #expect(found.map(\.kind) == [.listRunIn])
        }
    }

    /// A sentence that runs the items in may be longer than the lead and items together: it joins them with words of
    /// its own ("… a que procedan canto antes a censar …, a que destinen …"). Up to six deviates longer is a run-in; shorter, three still
    /// bound it (a version that leaves the items out). Constructed Galician texts, measured against a tight model.
    @Test func aRunInSentenceLongerThanTheListIsARunIn() {
        let wordy = """
        1. Recorda a súa resolución 79/12.

        2. Invita os Estados membros a que procedan canto antes a censar as terras expostas á erosión antes de 2029, a que destinen polo menos o 20 % dos seus fondos á prevención e a que formen os agricultores na plantación de sebes vivas arredor das súas parcelas e das estradas comunais;

        3. Decide seguir examinando a cuestión.
        """
        let list = PlainTextSegmenter().segment(DecodedText(itemized), sourceName: "constructed-a.txt").blocks
            .filter { $0.number == 2 && $0.kind == .paragraph || $0.kind == .listItem }
        let single = PlainTextSegmenter().segment(DecodedText(wordy), sourceName: "constructed-b.txt").blocks
            .filter { $0.number == 2 && $0.kind == .paragraph }
        #expect(list.count == 4 && single.count == 1)
        let model = LengthModel(ratio: 1, variance: 2)
        let listLength = list.reduce(0) { $0 + TextLength.of($1) }
        let deviate = model.deviate(pivotLength: listLength, otherLength: TextLength.of(single[0]))
        #expect(deviate > ListRunIn.maximumDeviate && deviate <= ListRunIn.maximumLongerDeviate)
        #expect(ListRunIn.isRunInLink(list, single, model: model))
        #expect(ListRunIn.isRunInLink(single, list, model: model))
    }

    @Test func aParagraphThatLeavesTheItemsOutIsNoRunIn() {
        // The lead alone, as a sentence: far shorter than the lead and its items.
        let shortened = """
        1. Recorda a súa resolución 79/12.

        2. Invita os Estados membros a actuar.

        3. Decide seguir examinando a cuestión.
        """
        let found = findings(itemized, shortened).filter { $0.severity >= .warning }
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.kind == .listRunIn })
    }

    /// An ordinal in words on one side ("fourteenth session") against a language without number words of its own,
    /// whose only figure left over is explained by the first side's digits (`౯` against the `9` of "from 9 to 13 March",
    /// read as a date there): the words may be written there in words Parity cannot read. A figure the digits do not
    /// explain (`౧౫`, 15) may be the ordinal's value, so the words stay unexplained.
    @Test func anOrdinalInWordsAgainstAnUnreadLanguageWhoseFiguresTheDigitsExplain() {
        let english = [ExtractedNumber(kind: .number, canonical: "14", written: "fourteenth"),
                       ExtractedNumber(kind: .date, canonical: "2086-03-09", written: "9"),
                       ExtractedNumber(kind: .date, canonical: "2086-03-13", written: "13 March 2086")]
        let lambadi = [ExtractedNumber(kind: .number, canonical: "9", written: "౯"),
                       ExtractedNumber(kind: .date, canonical: "2086-03-13", written: "౧౩ మార్చి ౨౦౮౬")]
        #expect(UnreadFigureExplanation.explains(onlyPivot: Array(english.prefix(2)), onlyOther: [lambadi[0]],
                                                 pivotValues: english, otherValues: lambadi, pivotHasTable: true, otherHasTable: false))
        let fifteen = ExtractedNumber(kind: .number, canonical: "15", written: "౧౫")
        #expect(!UnreadFigureExplanation.explains(onlyPivot: Array(english.prefix(2)), onlyOther: [lambadi[0], fifteen],
                                                  pivotValues: english, otherValues: lambadi + [fifteen], pivotHasTable: true, otherHasTable: false))
    }

    @Test func aFigureWhoseDigitsStandInAnotherOrderIsNoUnreadWriting() {
        func value(_ written: String, _ canonical: String) -> ExtractedNumber { ExtractedNumber(kind: .number, canonical: canonical, written: written) }
        let galician = [value("3,4 millóns", "3400000"), value("2025", "2025")]
        let english = [value("4.3 million", "4300000"), value("2025", "2025")]
        #expect(!UnreadFigureExplanation.explains(onlyPivot: [english[0]], onlyOther: [galician[0]], pivotValues: english, otherValues: galician,
                                                  pivotHasTable: true, otherHasTable: false))
        // The same digits in the same order (a scale word not read) and a date's parts in another order are explained.
        let unread = [value("4,3", "4.3"), value("2025", "2025")]
        #expect(UnreadFigureExplanation.explains(onlyPivot: [english[0]], onlyOther: [unread[0]], pivotValues: english, otherValues: unread,
                                                 pivotHasTable: true, otherHasTable: false))
        #expect(UnreadFigureExplanation.containsInOrder(["2025", "4", "3", "18"], ["4", "3"]))
        #expect(!UnreadFigureExplanation.containsInOrder(["2025", "3", "4", "18"], ["4", "3"]))
        #expect(!UnreadFigureExplanation.containsInOrder(["4", "18", "3"], ["4", "3"]))
    }
}

/// Scale words read with another ending than the one the table writes (`WordPhraseTable.inflectedOneWord`).
@Suite struct ConstructedInflectedScaleWordTests {
    private func canonical(_ code: String, _ text: String) -> [String] { NumberExtractor(languageCode: code).extract(text).map(\.canonical) }

    @Test func constructedLithuanianAndLatvianScaleWordsWithTheirCaseEndings() {
        // CLDR gives lt `milijonas`, `milijonų`; the genitive singular after a decimal and the accusative are read too.
        #expect(canonical("lt", "Sugauta 3,4 milijono tonų žuvų.") == ["3400000"])
        #expect(canonical("lt", "Skirta 2 milijonus eurų.") == ["2000000"])
        #expect(canonical("lv", "Noķerti 4,3 miljonu tonnu zivju.") == ["4300000"])
        // Esperanto writes its endings on the word CLDR gives (`milionoj` + accusative `-n`).
        #expect(canonical("eo", "Oni elŝipigis 3,4 milionojn da tunoj.") == ["3400000"])
        // A word that shares only its first letters with a scale word is none.
        #expect(canonical("lt", "Jame dirba 12 milicininkų.") == ["12"])
    }
}
