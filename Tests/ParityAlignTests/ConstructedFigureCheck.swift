import ParityCore

/// Number and symbol findings between two constructed two-paragraph
/// documents (not real UN text) whose first paragraphs hold the given texts.
enum ConstructedFigureCheck {
    static func findings(_ pivotText: String, _ pivotLanguage: Language, _ otherText: String, _ otherLanguage: Language) -> [Finding] {
        func document(_ text: String, _ language: Language, _ name: String) -> Document {
            Document(sourceName: name, language: language, blocks: [
                Block(id: "p1", kind: .paragraph, number: 1, text: text),
                Block(id: "p2", kind: .paragraph, number: 2, text: "constructed second paragraph"),
            ])
        }
        let alignment = Aligner().align([document(pivotText, pivotLanguage, "a"), document(otherText, otherLanguage, "b")])
        return ParityChecker().check(alignment).filter { $0.kind == .numberMismatch || $0.kind == .symbolMismatch }
    }
}
