import ParityCore
import ParityTestSupport
import Testing

/// Numbering checks per scope (`NumberingScope`) and anchors by label on
/// constructed texts: paragraphs restarting in every article are no
/// duplicates, goals and targets pair by label across scripts, a real
/// missing paragraph is still found in its article.
@Suite struct ConstructedScopedNumberingCheckTests {
    private func document(_ text: String, _ name: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: name)
    }

    private func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.kind.rawValue) \($0.severity.rawValue) \($0.locations.map { $0.blockIDs.joined(separator: "+") })" }
    }

    @Test func constructedCharterInThreeLanguagesHasNoFinding() {
        let alignment = Aligner().align([
            document(ConstructedStructureTexts.charterSpanish, "constructed-es.txt"),
            document(ConstructedStructureTexts.charterEnglish, "constructed-en.txt"),
            document(ConstructedStructureTexts.charterFrench, "constructed-fr.txt"),
        ])
        #expect(summary(ParityChecker().check(alignment)) == [])
        // Every block is linked to the block with the same id in the other versions (`CHAPTER II`'s title on
        // the next line is the chapter heading's text, no block of its own).
        #expect(alignment.links.count == 20)
        #expect(alignment.links.allSatisfy { $0.blockIDs.count == 3 && $0.blockIDs[1] == $0.blockIDs[0] && $0.blockIDs[2] == $0.blockIDs[0] })
    }

    @Test func constructedParagraphsRestartingPerArticleAreNoDuplicates() {
        let alignment = Aligner().align([document(ConstructedStructureTexts.charterEnglish, "constructed-en.txt")])
        #expect(summary(ParityChecker().check(alignment)).filter { $0.hasPrefix("duplicate-number") || $0.hasPrefix("numbering-gap") } == [])
    }

    @Test func constructedDuplicateInsideOneArticleIsStillADuplicate() {
        let defective = ConstructedStructureTexts.charterEnglish.replacingOccurrences(
            of: "2. The admission of any such State", with: "1. The admission of any such State")
        let alignment = Aligner().align([document(defective, "constructed-en.txt")])
        let findings = ParityChecker().check(alignment).filter { $0.kind == .duplicateNumber }
        #expect(findings.count == 1)
        #expect(findings.first?.message == "en: article 3, paragraph number 1 appears 2 times")
        #expect(findings.first?.locations.first?.blockIDs == ["art3-p1", "art3-p1-2"])
    }

    @Test func constructedParagraphMissingFromArticle3IsFoundInArticle3() {
        let defective = ConstructedStructureTexts.charterEnglish.replacingOccurrences(
            of: "\n2. The admission of any such State will be effected by a decision of the Assembly.\n", with: "\n")
        #expect(defective != ConstructedStructureTexts.charterEnglish)
        let alignment = Aligner().align([
            document(ConstructedStructureTexts.charterSpanish, "constructed-es.txt"),
            document(defective, "constructed-en.txt"),
        ])
        let findings = ParityChecker().check(alignment)
        #expect(summary(findings) == ["missing-paragraph error [\"art3-p2\", \"\"]"])
        #expect(findings.first?.locations.first?.labels == ["article 3, paragraph 2"])
    }

    @Test func constructedSpanishAndChineseGoalsPairEveryBlockByLabel() {
        let alignment = Aligner().align([
            document(ConstructedStructureTexts.goalsSpanish, "constructed-es.txt"),
            document(ConstructedStructureTexts.goalsChinese, "constructed-zh.txt"),
        ])
        #expect(alignment.links.count == 14)
        #expect(alignment.links.allSatisfy { $0.blockIDs.count == 2 && $0.blockIDs[0].count == 1 && $0.blockIDs[0] == $0.blockIDs[1] })
        #expect(alignment.links.filter { $0.method == .label }.count == 13)
        #expect(summary(ParityChecker().check(alignment)) == [])
    }

    @Test func constructedGoalsInSixLanguagesHaveNoFinding() {
        let alignment = Aligner().align([
            document(ConstructedStructureTexts.goalsSpanish, "constructed-es.txt"),
            document(ConstructedStructureTexts.goalsEnglish, "constructed-en.txt"),
            document(ConstructedStructureTexts.goalsFrench, "constructed-fr.txt"),
            document(ConstructedStructureTexts.goalsRussian, "constructed-ru.txt"),
            document(ConstructedStructureTexts.goalsArabic, "constructed-ar.txt"),
            document(ConstructedStructureTexts.goalsChinese, "constructed-zh.txt"),
        ])
        #expect(summary(ParityChecker().check(alignment)) == [])
        #expect(alignment.links.count == 14)
    }

    @Test func constructedMissingTargetIsFoundInItsGoal() {
        let defective = ConstructedStructureTexts.goalsEnglish.replacingOccurrences(of: "\n2.2 By 2030, end all forms of malnutrition, including achieving, by 2025, the internationally agreed targets on stunting and wasting in children under 5 years of age, and address the nutritional needs of adolescent girls, pregnant and lactating women and older persons.\n", with: "\n")
        #expect(defective != ConstructedStructureTexts.goalsEnglish)
        let alignment = Aligner().align([
            document(ConstructedStructureTexts.goalsSpanish, "constructed-es.txt"),
            document(defective, "constructed-en.txt"),
        ])
        let findings = ParityChecker().check(alignment)
        #expect(summary(findings) == ["missing-paragraph error [\"g2-t2.2\", \"\"]"])
        #expect(findings.first?.locations.first?.labels == ["target 2.2"])
    }
}

extension ConstructedScopedNumberingCheckTests {
    @Test func constructedTargetLabelTwiceInItsGoalIsADuplicate() {
        let defective = ConstructedStructureTexts.goalsEnglish.replacingOccurrences(
            of: "1.b Create sound policy", with: "1.a Create sound policy")
        #expect(defective != ConstructedStructureTexts.goalsEnglish)
        let findings = ParityChecker().check(Aligner().align([
            PlainTextSegmenter().segment(DecodedText(defective), sourceName: "constructed-en.txt"),
        ]))
        #expect(findings.map(\.kind) == [.duplicateNumber])
        #expect(findings.first?.message == "en: target 1.a appears 2 times")
        #expect(findings.first?.locations.first?.blockIDs == ["g1-t1.a", "g1-t1.a-2"])
    }
}

extension ConstructedScopedNumberingCheckTests {
    @Test func constructedMissingParagraphOfAnAnnexedConventionIsFoundInItsArticle() {
        let complete = ConstructedStructureTexts.annexedConventions
        let defective = complete.replacingOccurrences(of: "\n2. Constructed second paragraph of the second convention.\n", with: "\n")
        #expect(defective != complete)
        let findings = ParityChecker().check(Aligner().align([
            document(complete, "constructed-a.txt"), document(defective, "constructed-b.txt"),
        ]))
        #expect(summary(findings) == ["missing-paragraph error [\"annex-II-art1-p2\", \"\"]"])
        #expect(findings.first?.locations.first?.labels == ["article 1, paragraph 2"])
    }
}

extension ConstructedScopedNumberingCheckTests {
    @Test func constructedRenumberingInsideOneArticleNamesTheArticle() {
        // Article 5's paragraphs are numbered 2 and 3 in the other version.
        let renumbered = ConstructedStructureTexts.charterEnglish
            .replacingOccurrences(of: "2. Such subsidiary organs", with: "3. Such subsidiary organs")
            .replacingOccurrences(of: "1. There are established", with: "2. There are established")
        #expect(renumbered != ConstructedStructureTexts.charterEnglish)
        let findings = ParityChecker().check(Aligner().align([
            document(ConstructedStructureTexts.charterSpanish, "constructed-es.txt"), document(renumbered, "constructed-en.txt"),
        ]))
        #expect(findings.map(\.message) == ["en article 5, paragraphs 2–3 correspond to es article 5, paragraphs 1–2 (numbered 1 higher)"])
        #expect(findings.first?.locations.map(\.blockIDs) == [["art5-p1", "art5-p2"], ["art5-p2", "art5-p3"]])
    }

    @Test func constructedUnnumberedParagraphOfAnArticleIsNamedUnnumbered() {
        let defective = ConstructedStructureTexts.charterEnglish.replacingOccurrences(
            of: "\nA member which has persistently violated the principles may be expelled.\n", with: "\n")
        #expect(defective != ConstructedStructureTexts.charterEnglish)
        let findings = ParityChecker().check(Aligner().align([
            document(ConstructedStructureTexts.charterSpanish, "constructed-es.txt"), document(defective, "constructed-en.txt"),
        ]))
        #expect(summary(findings) == ["missing-paragraph error [\"art4-u1\", \"\"]"])
        #expect(findings.first?.locations.first?.labels == ["article 4, unnumbered paragraph 1"])
    }
}
