import ParityCore
import Testing

/// The real UDHR in six languages: articles align by number, the real
/// preamble differences come out as merges (2-1) and extra notes, and
/// nothing is an error.
@Suite struct UDHRAlignmentTests {
    /// The findings each English–X pair must give, with the reason:
    /// - the `note` paragraphs ("Adopted and proclaimed by General Assembly
    ///   resolution 217 A (III)…") exist only in es, ru, ar and zh;
    /// - English splits "Now, therefore," from the preceding whereas clause's
    ///   successor; es/fr/ru have no such paragraph, so it links 2-1 with the
    ///   last whereas clause;
    /// - Arabic has no "friendly relations" clause (en pre4): 2-1 with pre5;
    /// - Chinese folds "Now, therefore," / "The General Assembly" /
    ///   "Proclaims…" into its last paragraph: two 2-1 links;
    /// - Spanish article 11(2) is much shorter than the English (a warning).
    /// The 2-1 preamble links are information (`SegmentationDifference`): unnumbered text whose lengths add
    /// up. The Arabic link holds no counterpart of en pre4, a short clause, yet its lengths fit the merge
    /// as well as a real segmentation difference would: lengths alone cannot tell it.
    static let expected: [String: Set<FindingSummary>] = [
        "spa": [
            FindingSummary(.extraParagraph, .warning, [1: ["note1"]]),
            FindingSummary(.mergedParagraphs, .info, [0: ["pre7", "pre8"], 1: ["pre7"]]),
            FindingSummary(.lengthRatioOutlier, .warning, [0: ["art11-li2"], 1: ["art11-li2"]]),
        ],
        "fra": [
            FindingSummary(.mergedParagraphs, .info, [0: ["pre7", "pre8"], 1: ["pre7"]]),
        ],
        "rus": [
            FindingSummary(.extraParagraph, .warning, [1: ["note1"]]),
            FindingSummary(.mergedParagraphs, .info, [0: ["pre7", "pre8"], 1: ["pre7"]]),
        ],
        "arb": [
            FindingSummary(.extraParagraph, .warning, [1: ["note1"]]),
            FindingSummary(.mergedParagraphs, .info, [0: ["pre4", "pre5"], 1: ["pre4"]]),
        ],
        "cmn_hans": [
            FindingSummary(.extraParagraph, .warning, [1: ["note1"]]),
            FindingSummary(.extraParagraph, .warning, [1: ["note2"]]),
            FindingSummary(.mergedParagraphs, .info, [0: ["pre7", "pre8"], 1: ["pre7"]]),
            FindingSummary(.mergedParagraphs, .info, [0: ["pre9", "pre10"], 1: ["pre8"]]),
        ],
    ]

    @Test(arguments: ["spa", "fra", "rus", "arb", "cmn_hans"])
    func englishPairAlignsArticlesByNumberWithoutErrors(_ key: String) throws {
        let english = try AlignTestFixtures.udhr("eng"), other = try AlignTestFixtures.udhr(key)
        let alignment = Aligner().align([english, other])
        #expect(alignment.coversEveryBlockOnce)
        let articleLinks = alignment.links.filter { $0.blockIDs[0].first?.hasPrefix("art") == true && !$0.blockIDs[0][0].contains("-") }
        #expect(articleLinks.count == 30)
        for (index, link) in articleLinks.enumerated() {
            #expect(link.blockIDs == [["art\(index + 1)"], ["art\(index + 1)"]])
            #expect(link.method == .number)
        }
        // Every article paragraph and list item links 1-1 to the same position.
        let childLinks = alignment.links.filter { $0.blockIDs[0].first?.contains("-") == true && $0.blockIDs[0][0].hasPrefix("art") }
        #expect(childLinks.count == 50)  // paragraphs and list items of the 30 articles
        #expect(childLinks.allSatisfy { $0.type == "1-1" && $0.blockIDs[0] == $0.blockIDs[1] })

        let findings = ParityChecker().check(alignment)
        #expect(findings.filter { $0.severity == .error }.isEmpty)
        #expect(Set(findings.map(FindingSummary.init)) == Self.expected[key]!)
        #expect(findings.count == Self.expected[key]!.count)
    }

    @Test func preambleDifferencesAreTwoToOneLinksNotAShift() throws {
        let english = try AlignTestFixtures.udhr("eng")
        for key in ["spa", "fra", "rus"] {
            let alignment = Aligner().align([english, try AlignTestFixtures.udhr(key)])
            let preamble = alignment.links.filter { $0.blockIDs[0].first?.hasPrefix("pre") == true }
            #expect(preamble.map(\.blockIDs) == [
                [["pre1"], ["pre1"]], [["pre2"], ["pre2"]], [["pre3"], ["pre3"]], [["pre4"], ["pre4"]],
                [["pre5"], ["pre5"]], [["pre6"], ["pre6"]], [["pre7", "pre8"], ["pre7"]],
                [["pre9"], ["pre8"]], [["pre10"], ["pre9"]],
            ], "\(key)")
        }
        let chinese = Aligner().align([english, try AlignTestFixtures.udhr("cmn_hans")])
        #expect(chinese.links.filter { $0.blockIDs[0].first?.hasPrefix("pre") == true }.map(\.type)
            == ["1-1", "1-1", "1-1", "1-1", "1-1", "1-1", "2-1", "2-1"])
        let arabic = Aligner().align([english, try AlignTestFixtures.udhr("arb")])
        #expect(arabic.links.filter { $0.blockIDs[0].first?.hasPrefix("pre") == true }.map(\.blockIDs) == [
            [["pre1"], ["pre1"]], [["pre2"], ["pre2"]], [["pre3"], ["pre3"]], [["pre4", "pre5"], ["pre4"]],
            [["pre6"], ["pre5"]], [["pre7"], ["pre6"]], [["pre8"], ["pre7"]], [["pre9", "pre10"], ["pre8", "pre9"]],
        ])
    }

    @Test func sixWayAlignmentHasNoErrorsAndTheSameFindingsAsThePairs() throws {
        let documents = try AlignTestFixtures.udhrKeys.map(AlignTestFixtures.udhr)
        let alignment = Aligner().align(documents)
        #expect(alignment.coversEveryBlockOnce)
        let articleLinks = alignment.links.filter { $0.blockIDs[0].count == 1 && $0.blockIDs[0][0].hasPrefix("art") && !$0.blockIDs[0][0].contains("-") }
        #expect(articleLinks.count == 30)
        #expect(articleLinks.allSatisfy { $0.type == "1-1-1-1-1-1" && $0.method == .number && Set($0.blockIDs.map { $0[0] }).count == 1 })

        let findings = ParityChecker().check(alignment)
        #expect(findings.filter { $0.severity == .error }.isEmpty)
        var expected = Set<FindingSummary>()
        for (offset, key) in AlignTestFixtures.udhrKeys.enumerated().dropFirst() {
            for summary in Self.expected[key]! {
                var moved = summary
                moved.blocks = Dictionary(uniqueKeysWithValues: summary.blocks.map { ($0.key == 0 ? 0 : offset, $0.value) })
                expected.insert(moved)
            }
        }
        #expect(Set(findings.map(FindingSummary.init)) == expected)
    }

    /// Every ordered pair of the six languages (30 pivot/other combinations):
    /// articles 1-1 by number, no error.
    @Test func everyOrderedPairOfLanguagesHasNoError() throws {
        let documents = try AlignTestFixtures.udhrKeys.map(AlignTestFixtures.udhr)
        for pivot in documents.indices {
            for other in documents.indices where other != pivot {
                let alignment = Aligner().align([documents[pivot], documents[other]])
                let articles = alignment.links.filter { $0.method == .number }
                #expect(articles.count == 30)
                #expect(articles.allSatisfy { $0.type == "1-1" && $0.blockIDs[0] == $0.blockIDs[1] })
                let errors = ParityChecker().check(alignment).filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(AlignTestFixtures.udhrKeys[pivot]) → \(AlignTestFixtures.udhrKeys[other]): \(errors.map(\.message))")
            }
        }
    }

    /// The six-way alignment with each language as pivot: no error.
    @Test(arguments: 0..<6)
    func sixWayAlignmentWithAnyPivotHasNoError(_ pivot: Int) throws {
        let documents = try AlignTestFixtures.udhrKeys.map(AlignTestFixtures.udhr)
        let alignment = Aligner(pivot: pivot).align(documents)
        #expect(alignment.pivot == pivot)
        #expect(alignment.coversEveryBlockOnce)
        #expect(alignment.links.filter { $0.method == .number }.count == 30)
        #expect(ParityChecker().check(alignment).filter { $0.severity == .error }.isEmpty)
    }
}
