import ParityCore
import Testing

/// The sentence aligner on constructed sentence lists whose right beads are
/// known by construction.
@Suite struct SentenceAlignerTests {
    @Test func constructedOneToOneWithAnInsertedSentence() {
        let source = [
            "The Assembly adopted resolution 60/227 on 23 December 2005.",
            "It decided to convene the dialogue in 2006.",
            "The Secretary-General will report on 15 March.",
        ]
        let target = [
            "L'Assemblée a adopté la résolution 60/227 le 23 décembre 2005.",
            "Elle a décidé de convoquer le dialogue en 2006.",
            "Cette phrase ajoutée n'a aucun équivalent dans l'autre version du texte construit.",
            "Le Secrétaire général fera rapport le 15 mars.",
        ]
        let beads = SentenceAligner(sourceLanguage: .english, targetLanguage: .french).align(source: source, target: target)
        #expect(beads.map(\.type) == ["1-1", "1-1", "0-1", "1-1"])
        #expect(beads.map(\.target) == [[0], [1], [2], [3]])
        for bead in beads { #expect((0...1).contains(bead.confidence)) }
    }

    @Test func constructedSplitSentenceGivesATwoToOneBead() {
        let source = [
            "Resolution 61/16 was adopted by 180 votes; the Council welcomed it and asked for a report in 2007.",
            "Article 5 applies.",
        ]
        let target = [
            "La résolution 61/16 a été adoptée par 180 voix.",
            "Le Conseil s'en est félicité et a demandé un rapport en 2007.",
            "L'article 5 s'applique.",
        ]
        let beads = SentenceAligner(sourceLanguage: .english, targetLanguage: .french).align(source: source, target: target)
        #expect(beads.map { BeadFormat.line($0) } == ["[0]:[0, 1]", "[1]:[2]"])
    }

    @Test func emptySidesGiveUnalignedSentences() {
        let aligner = SentenceAligner()
        #expect(aligner.align(source: ["One."], target: []).map(\.type) == ["1-0"])
        #expect(aligner.align(source: [], target: ["Un.", "Deux."]).map(\.type) == ["0-1", "0-1"])
        #expect(aligner.align(source: [], target: []).isEmpty)
    }

    @Test func aGivenWordListAnchorsSentencesWithoutCognates() throws {
        let lexicon = try BilingualLexicon.parse("cat\tgato\ndog @ perro\n# comment\n").get()
        #expect(lexicon.count == 2)
        // Spanish and English sentences without cognates: the word list's
        // entries are the only anchors, and they make the beads surer.
        let source = ["The cat sleeps on the bed.", "The dog barks in the yard.", "The bird sings at dawn.", "The horse runs in the field."]
        let target = ["El gato duerme en la cama.", "El perro ladra en el patio.", "El pájaro canta al alba.", "El caballo corre en el campo."]
        let words = try BilingualLexicon.parse("cat\tgato\ndog\tperro\nbird\tpájaro\nhorse\tcaballo\n").get()
        let with = SentenceAligner(lexicon: words, bootstrapsLexicon: false).align(source: source, target: target)
        let without = SentenceAligner(bootstrapsLexicon: false).align(source: source, target: target)
        #expect(with.map { BeadFormat.line($0) } == ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]"])
        #expect(without.map(\.type) == with.map(\.type))
        for (sure, unsure) in zip(with, without) { #expect(sure.confidence > unsure.confidence) }
        guard case .failure(let error) = BilingualLexicon.parse("cat\tgato\ncat gato\n") else {
            Issue.record("a line without a separator must be refused")
            return
        }
        #expect(error.line == 2)
    }

    @Test func aLongConstructedTextStaysInsideTheBandAndAlignsEveryPair() {
        // 600 constructed sentence pairs, each with its own number, plus a
        // block of 30 unmatched target sentences in the middle.
        var source: [String] = [], target: [String] = []
        for k in 0..<600 {
            source.append("Constructed sentence number \(1000 + k) about item \(k) of the agenda.")
            target.append("Phrase construite numéro \(1000 + k) sur le point \(k) de l'ordre du jour.")
            if k == 300 { for extra in 0..<30 { target.append("Légende ajoutée \(extra).") } }
        }
        let beads = SentenceAligner(sourceLanguage: .english, targetLanguage: .french, bandHalfWidth: 20)
            .align(source: source, target: target)
        let oneToOne = beads.filter { $0.source.count == 1 && $0.target.count == 1 }
        // All but the pairs next to the 30 inserted sentences stay 1-1 and right.
        #expect(oneToOne.count >= 595)
        #expect(oneToOne.allSatisfy { target[$0.target[0]].contains(String(1000 + $0.source[0])) })
    }
}
