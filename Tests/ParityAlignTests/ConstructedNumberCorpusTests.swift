import Testing
@testable import ParityCore
import ParityTestSupport

/// Issue 10's proof on the constructed number corpus
/// (``ConstructedNumberCorpus``): clean pairs in every language convention
/// give no number error and no number warning, and every injected number
/// defect is found at the right block with the right kind and severity.
@Suite struct ConstructedNumberCorpusTests {
    static func document(_ code: String, _ paragraphs: [String]) -> Document {
        Document(sourceName: "constructed-\(code).txt", language: Language(code: code), blocks: paragraphs.enumerated().map { index, text in
            Block(id: "p\(index + 1)", kind: .paragraph, number: index + 1, label: "\(index + 1).", text: text)
        })
    }

    static func numberFindings(_ reference: Document, _ other: Document) -> [Finding] {
        let alignment = Aligner(pivot: 0).align([reference, other])
        return ParityChecker().check(alignment).filter { $0.kind == .numberMismatch || $0.kind == .symbolMismatch }
    }

    /// Spanish against each other UN language: no number error or warning.
    @Test func constructedCleanPairsWithSpanishHaveNoNumberErrorOrWarning() {
        let spanish = Self.document("es", ConstructedNumberCorpus.paragraphs["es"]!)
        var falseFindings: [String: [String]] = [:], infos: [String: [String]] = [:]
        for code in ConstructedNumberCorpus.unLanguages.dropFirst() {
            let found = Self.numberFindings(spanish, Self.document(code, ConstructedNumberCorpus.paragraphs[code]!))
            falseFindings[code] = found.filter { $0.severity >= .warning }.map(\.message)
            infos[code] = found.filter { $0.severity == .info }.map(\.message)
        }
        #expect(falseFindings == ["en": [], "fr": [], "ru": [], "ar": [], "zh": []])
        // Not even a small figure or a time is left over.
        #expect(infos == ["en": [], "fr": [], "ru": [], "ar": [], "zh": []])
    }

    /// Spanish against German and Hindi, read by their own tables through the
    /// model: no number finding of any severity.
    @Test func constructedCleanPairsWithLanguagesOutsideTheSixHaveNoNumberErrorOrWarning() {
        let spanish = NumberExtractor(languageCode: "es")
        let comparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)
        var falseFindings: [String: [String]] = [:]
        for code in ConstructedNumberCorpus.otherLanguages {
            let other = NumberExtractor(languageCode: code)
            falseFindings[code] = []
            for (pivotText, otherText) in zip(ConstructedNumberCorpus.paragraphs["es"]!, ConstructedNumberCorpus.paragraphs[code]!) {
                guard let difference = comparison.compare(
                    pivot: spanish.extract(pivotText), other: other.extract(otherText),
                    pivotWords: { spanish.tentativeNumbers(pivotText) }, otherWords: { other.tentativeNumbers(otherText) })
                else { continue }
                falseFindings[code]!.append("\(difference.severity): es has \(difference.onlyPivot.map(\.written)) where \(code) has \(difference.onlyOther.map(\.written))")
            }
        }
        #expect(falseFindings == ["de": [], "hi": []])
    }

    /// Every defect of every kind, injected in every paragraph it applies to,
    /// in each of the six languages (checked against Spanish, or English for
    /// Spanish): found at that block, as an error when a value changed, a
    /// warning when it was dropped, and nothing reported at other blocks.
    /// Defects go into values the reference version also writes in figures
    /// (`17º` against "seventeenth" cannot be compared figure to figure).
    @Test func constructedInjectedDefectsAreAllFoundAtTheRightBlock() {
        var injectedCount: [String: Int] = [:], foundCount: [String: Int] = [:]
        var missed: [String] = [], elsewhere: [String] = []
        for code in ConstructedNumberCorpus.unLanguages {
            let referenceCode = code == "es" ? "en" : "es"
            let reference = Self.document(referenceCode, ConstructedNumberCorpus.paragraphs[referenceCode]!)
            let clean = ConstructedNumberCorpus.paragraphs[code]!
            let injector = NumberDefectInjector(languageCode: code)
            func run(_ paragraphs: [String], blocks: Set<String>, severity: Severity, kind: FindingKind, what: String) {
                injectedCount[code, default: 0] += 1
                let found = Self.numberFindings(reference, Self.document(code, paragraphs)).filter { $0.severity >= .warning }
                let atBlocks = found.filter { finding in finding.locations.contains { $0.version == 1 && !blocks.isDisjoint(with: $0.blockIDs) } }
                let right = atBlocks.filter { $0.kind == kind && $0.severity == severity }
                if Set(right.flatMap { $0.locations.filter { $0.version == 1 }.flatMap(\.blockIDs) }).isSuperset(of: blocks) {
                    foundCount[code, default: 0] += 1
                } else {
                    missed.append("\(code) \(what): \(found.map { "\($0.severity) \($0.message)" })")
                }
                elsewhere += found.filter { finding in !atBlocks.contains(finding) }.map { "\(code) \(what): \($0.message)" }
            }
            let referenceExtractor = NumberExtractor(languageCode: referenceCode)
            let referenceKeys = ConstructedNumberCorpus.paragraphs[referenceCode]!.map { Set(referenceExtractor.extract($0).map(\.comparisonKey)) }
            for (index, text) in clean.enumerated() {
                for defect in NumberDefect.allCases {
                    for occurrence in 0..<8 {
                        guard let (injected, value) = injector.inject(defect, into: text, eligible: { referenceKeys[index].contains($0.comparisonKey) },
                                                                      occurrence: occurrence)
                        else { break }
                        var paragraphs = clean
                        paragraphs[index] = injected
                        let kind: FindingKind = value.kind == .symbol || value.kind == .resolution ? .symbolMismatch : .numberMismatch
                        run(paragraphs, blocks: ["p\(index + 1)"], severity: defect == .droppedFigure ? .warning : .error, kind: kind,
                            what: "\(defect) p\(index + 1) \(value.written)")
                    }
                }
                if index + 1 < clean.count,
                   let (first, second) = injector.swapping(text, clean[index + 1], eligible: { referenceKeys[index + $1].contains($0.comparisonKey) }) {
                    var paragraphs = clean
                    paragraphs[index] = first
                    paragraphs[index + 1] = second
                    run(paragraphs, blocks: ["p\(index + 1)", "p\(index + 2)"], severity: .error, kind: .numberMismatch,
                        what: "swapped p\(index + 1) p\(index + 2)")
                }
            }
        }
        print("number defects found/injected:", ConstructedNumberCorpus.unLanguages.map { "\($0) \(foundCount[$0] ?? 0)/\(injectedCount[$0] ?? 0)" }.joined(separator: ", "))
        #expect(missed == [])
        #expect(elsewhere == [])
        #expect(foundCount == injectedCount)
        // Defects per language: 5 kinds over the eight paragraphs' values (Chinese has one more date in figures).
        #expect(injectedCount == ["es": 42, "en": 42, "fr": 42, "ru": 42, "ar": 42, "zh": 44])
    }
}
