import Foundation
@testable import ParityCore
import Testing

/// Versions that cut the same text into units differently (`SegmentationDifference`,
/// `StandaloneShortLine`): a merge or split that only sets text apart differently, and a short
/// title, closing or signature line printed in one version only, are reported for information;
/// a merge that loses text, a numbered paragraph run into another and a missing paragraph stay
/// warnings or errors.
@Suite struct ConstructedSegmentationDifferenceTests {
    private func findings(_ pivot: String, _ other: String) -> [Finding] {
        let alignment = Aligner().align([
            PlainTextSegmenter().segment(DecodedText(pivot), sourceName: "constructed-a.txt"),
            PlainTextSegmenter().segment(DecodedText(other), sourceName: "constructed-b.txt"),
        ])
        return ParityChecker().check(alignment)
    }

    private static let articles = """
    Article 1

    1. The Parties shall cooperate in the protection of the pearl beds of the Gulf of Klow.

    2. Each Party shall report every year on the state of the pearl beds under its jurisdiction.

    Article 2

    1. No vessel shall carry more than 6 divers at any time during the fishing season.

    2. The fishing season shall run from 1 May to 30 September of each year.

    Article 3

    This Agreement shall enter into force 30 days after the date of the last notification by which the Parties inform each other that their internal requirements have been fulfilled.

    Either Party may denounce this Agreement at any time by written notification addressed to the other Party.
    """

    private static func french(lastParagraph: String) -> String {
        """
        Article premier

        1. Les Parties coopèrent à la protection des bancs perliers du golfe de Klow.

        2. Chaque Partie fait rapport chaque année sur l'état des bancs perliers relevant de sa juridiction.

        Article 2

        1. Aucune embarcation ne peut transporter plus de 6 plongeurs pendant la saison de pêche.

        2. La saison de pêche s'étend du 1er mai au 30 septembre de chaque année.

        Article 3

        \(lastParagraph)
        """
    }

    private static let agendaWithTitlesApart = """
    Provisional agenda

    1. Opening of the session

    The session will be opened on Monday, 9 March 2058, at 10 a.m. by the Chair of the Committee.

    2. Adoption of the agenda

    The Committee will have before it the provisional agenda and a draft timetable of work for the session.

    3. Election of officers

    The Committee will elect a Chair and two Vice-Chairs for the duration of the session.
    """

    private static func frenchAgenda(thirdItem: String) -> String {
        """
        Ordre du jour provisoire

        1. Ouverture de la session La session sera ouverte le lundi 9 mars 2058 à 10 heures par la Présidente du Comité.

        2. Adoption de l'ordre du jour Le Comité sera saisi de l'ordre du jour provisoire et d'un projet de calendrier des travaux de la session.

        \(thirdItem)
        """
    }

    /// An agenda item's title set apart from its annotation in one version and run on in the other
    /// (`ItemTitleSetApart`): information only; an item cut after a sentence stays an error.
    @Test func anItemTitleSetApartFromItsAnnotationIsInformationOnly() {
        // Each title runs on into its annotation on one line (a line set under the title would be read apart: a wrap
        // sets no line a fifth longer than the title's).
        let runOn = Self.frenchAgenda(thirdItem: "3. Élection du Bureau Le Comité élira un président et deux vice-présidents pour la durée de la session.")
        let found = findings(runOn, Self.agendaWithTitlesApart)
        #expect(found.filter { $0.severity != .info }.isEmpty, "\(found.map(\.message))")
        #expect(found.filter { $0.kind == .splitParagraphs }.count == 3)
        // The numbered side holds a sentence, not a title: a part of the item set apart is a split, as before.
        let sentenceApart = Self.agendaWithTitlesApart.replacingOccurrences(
            of: "3. Election of officers\n\nThe Committee will elect a Chair and two Vice-Chairs for the duration of the session.",
            with: "3. The Committee will elect a Chair.\n\nIt will also elect two Vice-Chairs for the duration of the session.")
        let split = findings(Self.frenchAgenda(thirdItem: "3. Le Comité élira un président et deux vice-présidents pour la durée de la session."), sentenceApart)
        #expect(split.contains { $0.severity == .error && $0.locations.contains { $0.labels.contains("3") || $0.blockIDs.contains("p3") } },
                "\(split.map(\.message))")
    }

    @Test func articleParagraphsRunTogetherAreInformationOnly() {
        let joined = Self.french(lastParagraph: "Le présent Accord entre en vigueur 30 jours après la date de la dernière notification par laquelle les Parties s'informent mutuellement de l'accomplissement de leurs formalités internes. Chacune des Parties peut dénoncer le présent Accord à tout moment par notification écrite adressée à l'autre Partie.")
        let found = findings(Self.articles, joined)
        #expect(found.filter { $0.severity != .info }.isEmpty, "\(found.map(\.message))")
        // Reported, for information, at article 3's paragraphs (as a split, or as a paragraph run into its neighbour).
        #expect(found.contains { $0.severity == .info && $0.locations.contains { $0.blockIDs.contains { $0.hasPrefix("art3-") } } },
                "\(found.map(\.message))")
    }

    @Test func aMergeThatLosesTextStaysReported() {
        let shortened = Self.french(lastParagraph: "Le présent Accord entre en vigueur 30 jours après la dernière notification.")
        let found = findings(Self.articles, shortened)
        #expect(found.contains { $0.severity != .info && $0.locations.contains { $0.blockIDs.contains { $0.hasPrefix("art3-") } } },
                "\(found.map(\.message))")
    }

    @Test func numberedParagraphRunIntoAnotherStaysAnError() {
        let pivot = """
        1. The Committee met 4 times in 2033 and adopted its programme of work for the biennium.

        2. The Committee examined the reports of 12 States parties and adopted concluding observations.

        3. The Committee decided to hold its next session in Geneva in March 2034.
        """
        let other = """
        1. Le Comité s'est réuni 4 fois en 2033 et a adopté son programme de travail pour l'exercice biennal.

        2. Le Comité a examiné les rapports de 12 États parties et adopté des observations finales. Le Comité a décidé de tenir sa prochaine session à Genève en mars 2034.
        """
        let found = findings(pivot, other)
        #expect(found.contains { $0.severity == .error }, "\(found.map(\.message))")
    }

    @Test func aOneWordClosingLineInOneVersionIsNoMissingParagraph() {
        let chinese = """
        鲁里塔尼亚常驻联合国代表团向秘书长致意，谨转递关于鲁里塔尼亚山区养蜂合作社的资料，其中说明了合作社的数目、蜂箱的数目和近年来蜂蜜产量的变化情况。

        鲁里塔尼亚常驻联合国代表团借此机会向秘书长重申最崇高的敬意，并期待与秘书处在这一领域继续合作。
        """
        let odia = """
        ମିଳିତ ଜାତିସଂଘରେ ରୁରିଟାନିଆର ସ୍ଥାୟୀ ମିଶନ ମହାସଚିବଙ୍କୁ ଶୁଭେଚ୍ଛା ଜଣାଇ ରୁରିଟାନିଆର ପାର୍ବତ୍ୟ ମହୁମାଛି ପାଳନ ସମବାୟ ସମିତି ବିଷୟରେ ସୂଚନା ପଠାଉଛି, ଯେଉଁଥିରେ ସମିତିଗୁଡ଼ିକର ସଂଖ୍ୟା, ମହୁଫେଣା ବାକ୍ସର ସଂଖ୍ୟା ଏବଂ ନିକଟ ବର୍ଷଗୁଡ଼ିକରେ ମହୁ ଉତ୍ପାଦନର ପରିବର୍ତ୍ତନ ବର୍ଣ୍ଣନା କରାଯାଇଛି।

        ମିଳିତ ଜାତିସଂଘରେ ରୁରିଟାନିଆର ସ୍ଥାୟୀ ମିଶନ ଏହି ସୁଯୋଗରେ ମହାସଚିବଙ୍କୁ ତାହାର ସର୍ବୋଚ୍ଚ ସମ୍ମାନର ଆଶ୍ୱାସନା ପୁନର୍ବାର ଦେଉଛି ଏବଂ ଏହି କ୍ଷେତ୍ରରେ ସଚିବାଳୟ ସହିତ ସହଯୋଗ ଜାରି ରଖିବାକୁ ଆଶା କରୁଛି।

        ସ୍ୱାକ୍ଷରିତ
        """
        let found = findings(chinese, odia)
        #expect(found.filter { $0.severity != .info }.isEmpty, "\(found.map(\.message))")
    }
}
