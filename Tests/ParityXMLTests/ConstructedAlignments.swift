import ParityCore
import ParityXML

/// Constructed alignments for the export tests. The texts are made up for the
/// tests (they name themselves "constructed"); they are not real translations.
enum ConstructedAlignments {
    /// Three versions (es pivot, en, fr) with every block field in use, links of
    /// types 1-1-1, 1-1-2, 1-0-0 and 0-1-1, and two findings.
    static func threeWay() -> CheckedAlignment {
        let spanish = Document(
            sourceName: "constructed-es.txt", language: .spanish,
            metadata: DocumentMetadata(
                organ: "Asamblea General (construido)", symbol: "A/00/000", distribution: "General",
                date: "1 de enero de 2000", languageName: "Español", language: .spanish,
                originalLanguageName: "inglés", originalLanguage: .english,
                session: "Período construido", agendaItem: "Tema 1 del programa", title: "Título construido"),
            blocks: [
                Block(id: "meta-symbol", kind: .metadata, text: "A/00/000", sourceRanges: [SourceRange(start: 0, end: 8)],
                      metadataField: .symbol),
                Block(id: "toc-I", kind: .tocEntry, label: "I.", text: "Introducción construida",
                      sourceRanges: [SourceRange(start: 9, end: 40)],
                      tocTarget: TOCTarget(firstParagraph: 1, lastParagraph: 2, page: "3")),
                Block(id: "h-I", kind: .heading, number: 1, label: "I.", labelPath: "I", level: 1,
                      text: "Introducción construida", sourceRanges: [SourceRange(start: 41, end: 70)]),
                Block(id: "p1", kind: .paragraph, number: 1, label: "1.",
                      text: "Párrafo construido uno con «comillas», <signos> & \"dobles\" y 'simples'.",
                      emphasis: [EmphasisSpan(start: 0, end: 7, style: .bold)],
                      sourceRanges: [SourceRange(start: 71, end: 120), SourceRange(start: 130, end: 150)],
                      parent: "h-I", footnoteRefs: ["fn1"]),
                Block(id: "p2", kind: .paragraph, number: 2, label: "2.", text: "Párrafo construido dos.\tCon tabulador.",
                      emphasis: [EmphasisSpan(start: 3, end: 9, style: .italic)], sourceRanges: [SourceRange(start: 151, end: 190)]),
                Block(id: "u1", kind: .unnumberedParagraph, text: "Texto construido sin número.",
                      sourceRanges: [SourceRange(start: 191, end: 220)]),
                Block(id: "fn1", kind: .footnote, label: "1", text: "Nota construida.",
                      sourceRanges: [SourceRange(start: 221, end: 240)], citedBy: ["p1"]),
            ],
            diagnostics: [ReaderDiagnostic(blockIDs: ["p2"], message: "constructed diagnostic about p2")])
        let english = Document(
            sourceName: "constructed-en.txt", language: .english,
            metadata: DocumentMetadata(symbol: "A/00/000", language: .english),
            blocks: [
                Block(id: "meta-symbol", kind: .metadata, text: "A/00/000", metadataField: .symbol),
                Block(id: "toc-I", kind: .tocEntry, label: "I.", text: "Constructed introduction",
                      tocTarget: TOCTarget(firstParagraph: 1, lastParagraph: 2)),
                Block(id: "h-I", kind: .heading, number: 1, label: "I.", labelPath: "I", level: 1, text: "Constructed introduction"),
                Block(id: "p1", kind: .paragraph, number: 1, label: "1.", text: "Constructed paragraph one.", footnoteRefs: ["fn1"]),
                Block(id: "p2", kind: .paragraph, number: 2, label: "2.", text: "Constructed paragraph two."),
                Block(id: "u1", kind: .unnumberedParagraph, text: "Constructed text only in English and French."),
                Block(id: "fn1", kind: .footnote, label: "1", text: "Constructed note.", citedBy: ["p1"]),
            ])
        let french = Document(
            sourceName: "constructed-fr.txt", language: .french,
            blocks: [
                Block(id: "meta-symbol", kind: .metadata, text: "A/00/000", metadataField: .symbol),
                Block(id: "toc-I", kind: .tocEntry, label: "I.", text: "Introduction construite"),
                Block(id: "h-I", kind: .heading, number: 1, label: "I.", labelPath: "I", level: 1, text: "Introduction construite"),
                Block(id: "p1", kind: .paragraph, number: 1, label: "1.", text: "Paragraphe construit un.", footnoteRefs: ["fn1"]),
                Block(id: "p2", kind: .paragraph, number: 2, label: "2.", text: "Paragraphe construit deux,"),
                Block(id: "p3", kind: .paragraph, number: 3, label: "3.", text: "suite construite."),
                Block(id: "u2", kind: .unnumberedParagraph, text: "Texte construit seulement en anglais et en français."),
                Block(id: "fn1", kind: .footnote, label: "1", text: "Note construite.", citedBy: ["p1"]),
            ])
        let links = [
            AlignmentLink(blockIDs: [["meta-symbol"], ["meta-symbol"], ["meta-symbol"]], method: .structure, confidence: 1),
            AlignmentLink(blockIDs: [["toc-I"], ["toc-I"], ["toc-I"]], method: .structure, confidence: 0.95),
            AlignmentLink(blockIDs: [["h-I"], ["h-I"], ["h-I"]], method: .label, confidence: 1),
            AlignmentLink(blockIDs: [["p1"], ["p1"], ["p1"]], method: .number, confidence: 1),
            AlignmentLink(blockIDs: [["p2"], ["p2"], ["p2", "p3"]], method: .number, confidence: 0.8),
            AlignmentLink(blockIDs: [["u1"], [], []], method: .length, confidence: 0.5),
            AlignmentLink(blockIDs: [[], ["u1"], ["u2"]], method: .length, confidence: 0.4),
            AlignmentLink(blockIDs: [["fn1"], ["fn1"], ["fn1"]], method: .marker, confidence: 1),
        ]
        let findings = [
            Finding(kind: .splitParagraphs, severity: .warning,
                    locations: [
                        FindingLocation(version: 0, language: .spanish, blockIDs: ["p2"], labels: ["2."]),
                        FindingLocation(version: 2, language: .french, blockIDs: ["p2", "p3"], labels: ["2.", "3."]),
                    ],
                    message: "constructed finding: paragraph 2 is split in French"),
            Finding(kind: .missingParagraph, severity: .error,
                    locations: [FindingLocation(version: 1, language: nil, blockIDs: [])],
                    message: "constructed finding: nothing in English for u1"),
        ]
        return CheckedAlignment(
            alignment: Alignment(versions: [spanish, english, french], pivot: 0, links: links), findings: findings)
    }
}
