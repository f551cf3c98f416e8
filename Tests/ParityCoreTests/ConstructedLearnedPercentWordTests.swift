import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A version whose language has no per-cent word of its own in any table
/// (Pali in Sinhala script, Sinhala Lith digits `෪෦` = 40, and a word for
/// "per hundred") learns its per-cent word from the linked version's
/// percentages (``LearnedPercentWords``), as month words are learned.
/// Constructed passages.
@Suite struct ConstructedLearnedPercentWordTests {
    private let pali = NumberExtractor(languageCode: "pi"), chinese = NumberExtractor(languageCode: "zh")

    @Test func constructedWordAfterAFigureIsKeptOnlyWithoutPerCentWordsOfItsOwn() {
        let read = pali.extract("෪෦ පතිසතං එකකා කම්මං කරොන්ති.")
        #expect(read.map(\.kind) == [.number])
        #expect(read.first?.canonical == "40")
        #expect(read.first?.wordAfterFigure == "පතිසතං")
        #expect(NumberExtractor(languageCode: "en").extract("40 workshops replied.").first?.wordAfterFigure == nil)
        #expect(NumberExtractor(languageCode: "en").extract("40 per cent").map(\.kind) == [.percentage])
    }

    /// The per-cent word is learned from two linked percentages of the same value; a word that follows a figure the
    /// linked passage states plain (`වස්සතො`, years) is not; every figure the learned word follows is then a
    /// percentage: the same one agrees, another is a difference of percentages (an error).
    @Test func constructedPerCentWordIsLearnedFromTheLinkedPercentages() {
        let passages = [
            ("在这些雕刻匠中，百分之四十独自工作，百分之二十五在家庭作坊工作。", "තෙසු ෪෦ පතිසතං එකකා, ෨෫ පතිසතං කුලකම්මසාලාසු."),
            ("30岁以下的雕刻匠占百分之十五，而50岁以上的占百分之六十二。", "෩෦ වස්සතො ඌනා ෧෨ පතිසතං, ෫෦ වස්සතො අධිකා ෬෨ පතිසතං."),
        ].map { (chinese.extract($0.0), pali.extract($0.1)) }
        var words = LearnedPercentWords()
        for (zh, pi) in passages { words.collect(from: pi, against: zh) }
        words.settle()
        let applied = passages.map { words.applied(to: $0.1) }
        #expect(applied[0].map(\.kind) == [.percentage, .percentage])
        #expect(applied[1].map(\.kind) == [.number, .percentage, .number, .percentage])
        #expect(numberTestComparison.compare(pivot: passages[0].0, other: applied[0], pivotWords: [], otherWords: []) == nil)
        let difference = numberTestComparison.compare(pivot: passages[1].0, other: applied[1], pivotWords: [], otherWords: [])
        #expect(difference?.severity == .error)
        #expect(difference?.onlyPivot.map(\.canonical) == ["15"])
        #expect(difference?.onlyOther.map(\.canonical) == ["12"])
        #expect(difference?.onlyOther.map(\.kind) == [.percentage])
    }

    /// A word that follows a figure the linked passage states as a percentage once and as a plain figure elsewhere
    /// is no per-cent word: nothing is learned, nothing changes.
    @Test func constructedWordWithEvidenceAgainstIsNotLearned() {
        var words = LearnedPercentWords()
        words.collect(from: pali.extract("෪෦ ගාමෙසු"), against: chinese.extract("百分之四十"))
        words.collect(from: pali.extract("෧෨ ගාමෙසු"), against: chinese.extract("12个村庄"))
        words.settle()
        #expect(words.applied(to: pali.extract("෪෦ ගාමෙසු")).map(\.kind) == [.number])
    }
}
