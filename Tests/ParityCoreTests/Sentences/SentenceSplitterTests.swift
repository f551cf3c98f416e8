import ParityCore
import Testing

/// The sentence splitter on constructed snippets, language by language: where
/// a sentence ends and where it does not, and that the sentences always give
/// back the whole text.
@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String, _ code: String?) -> [String] {
        let splitter = SentenceSplitter(language: code.flatMap { Language(code: $0) })
        let parts = splitter.split(text)
        #expect(parts.joined() == text, "lossless")
        return parts.map { $0.trimmingCharacters() }
    }

    @Test func constructedEnglishAbbreviationsSymbolsAndDecimalsStayInsideASentence() {
        #expect(sentences("Mr. Smith cited para. 5 of document A/61/187. The rate rose to 1.25 per cent, i.e. twice the 2005 figure. See art. 3.", "en") == [
            "Mr. Smith cited para. 5 of document A/61/187.",
            "The rate rose to 1.25 per cent, i.e. twice the 2005 figure.",
            "See art. 3.",
        ])
    }

    @Test func constructedEnglishQuestionExclamationQuotationAndEllipsis() {
        #expect(sentences("Is it binding? \"It is.\" The Council agreed… Then it adjourned!", "en") == [
            "Is it binding?", "\"It is.\"", "The Council agreed…", "Then it adjourned!",
        ])
    }

    @Test func constructedEnglishInitialsAndLowercaseContinuations() {
        #expect(sentences("J. R. Doe spoke, e.g. on item 4. no vote was taken. Resolution 60/227 was adopted.", "en") == [
            "J. R. Doe spoke, e.g. on item 4. no vote was taken.", "Resolution 60/227 was adopted.",
        ])
    }

    @Test func constructedOperativeClausesSplitAtSemicolonsBeforeLabels() {
        #expect(sentences("Decides: (a) to establish a fund; (b) to review it in 2010; and (c) to report.", "en") == [
            "Decides:", "(a) to establish a fund;", "(b) to review it in 2010;", "and (c) to report.",
        ])
        #expect(sentences("It noted the report; it (see above) took note.", "en") == [
            "It noted the report; it (see above) took note.",
        ])
    }

    @Test func constructedFrenchTitlesAndGuillemets() {
        #expect(sentences("M. Dupont a cité l'art. 5. « Cela suffit. » Mme Durand a répondu. Voir le par. 3, al. 2.", "fr") == [
            "M. Dupont a cité l'art. 5.", "« Cela suffit. »", "Mme Durand a répondu.", "Voir le par. 3, al. 2.",
        ])
    }

    @Test func constructedSpanishInvertedMarksAndAbbreviations() {
        #expect(sentences("El Sr. Pérez citó el párr. 4. ¿Es vinculante? ¡Sí! La Sra. Gómez, núm. 12, lo confirmó.", "es") == [
            "El Sr. Pérez citó el párr. 4.", "¿Es vinculante?", "¡Sí!", "La Sra. Gómez, núm. 12, lo confirmó.",
        ])
    }

    @Test func constructedRussianAbbreviations() {
        #expect(sentences("Г-н Иванов, т.е. Председатель, сослался на ст. 5. Совет согласился. См. п. 3.", "ru") == [
            "Г-н Иванов, т.е. Председатель, сослался на ст. 5.", "Совет согласился.", "См. п. 3.",
        ])
    }

    @Test func constructedChineseFullStopsNeedNoSpace() {
        #expect(sentences("大会通过了第60/227号决议。会议是否结束？是的！理事会决定：（a）设立基金；（b）审查。", "zh") == [
            "大会通过了第60/227号决议。", "会议是否结束？", "是的！", "理事会决定：", "（a）设立基金；", "（b）审查。",
        ])
    }

    @Test func constructedArabicQuestionMarkEndsButTheArabicCommaDoesNot() {
        #expect(sentences("هل القرار ملزم؟ نعم، إنه ملزم، وفقا للمادة 5. وافق المجلس.", "ar") == [
            "هل القرار ملزم؟", "نعم، إنه ملزم، وفقا للمادة 5.", "وافق المجلس.",
        ])
    }

    @Test func constructedGeneralRuleForALanguageWithoutItsOwnList() {
        #expect(sentences("Der Rat tagte am Montag. Er beschloss z.B. eine Prüfung. Danach endete die Sitzung.", nil) == [
            "Der Rat tagte am Montag.", "Er beschloss z.B. eine Prüfung.", "Danach endete die Sitzung.",
        ])
        #expect(sentences("यह पहला वाक्य है। यह दूसरा है।", "hi") == ["यह पहला वाक्य है।", "यह दूसरा है।"])
    }

    @Test(arguments: ["", "   ", "No terminator at all", " Leading space. Trailing space.  ", "Ends with stop.\n"])
    func constructedEdgeCasesAreLossless(_ text: String) {
        let ranges = SentenceSplitter(language: .english).ranges(text)
        #expect(ranges.map { String(text[$0]) }.joined() == text)
        for (previous, next) in zip(ranges, ranges.dropFirst()) { #expect(previous.upperBound == next.lowerBound) }
        #expect(ranges.isEmpty == text.isEmpty)
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
