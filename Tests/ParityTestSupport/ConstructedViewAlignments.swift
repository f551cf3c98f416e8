import ParityCore

/// Small constructed alignments for view tests. The texts are made up for the
/// tests (they are not real translations); each version carries its script.
public enum ConstructedViewAlignments {
    /// Spanish (pivot), Chinese and Arabic constructed versions of four
    /// paragraphs: row 1 has a number that differs in Arabic (١٩٤٩ against
    /// 1948), row 3 is a 1-2 link (Chinese split), row 4 is missing in
    /// Arabic. Findings: an error at row 1, a warning at row 3, an error at
    /// row 4 and one info finding that names no block.
    public static func constructedSpanishChineseArabic() -> (alignment: Alignment, findings: [Finding]) {
        func paragraph(_ id: String, _ number: Int, _ text: String) -> Block {
            Block(id: id, kind: .paragraph, number: number, label: "\(number).", text: text)
        }
        let spanish = Document(sourceName: "constructed-es.txt", language: .spanish, blocks: [
            paragraph("p1", 1, "Párrafo construido para la prueba, con el año 1948 y un 30 % de algo."),
            paragraph("p2", 2, "Segundo párrafo construido, bastante más largo, para que el texto se ajuste en varias líneas de la columna."),
            paragraph("p3", 3, "Tercer párrafo construido que la versión china divide en dos."),
            paragraph("p4", 4, "Cuarto párrafo construido, ausente en la versión árabe."),
        ])
        let chinese = Document(sourceName: "constructed-zh.txt", language: .chinese, blocks: [
            paragraph("p1", 1, "为测试构造的段落，包含1948年和30%。"),
            paragraph("p2", 2, "为测试构造的第二段，比较长，以便文本在栏中折成几行，并检查中文标点，。、不会出现在行首。"),
            paragraph("p3", 3, "为测试构造的第三段的前半部分。"),
            paragraph("p4", 4, "为测试构造的第三段的后半部分。"),
            paragraph("p5", 5, "为测试构造的第四段。"),
        ])
        let arabic = Document(sourceName: "constructed-ar.txt", language: .arabic, blocks: [
            paragraph("p1", 1, "فقرة مصطنعة للاختبار، فيها عام ١٩٤٩ و ٣٠٪ من شيء."),
            paragraph("p2", 2, "فقرة ثانية مصطنعة للاختبار، أطول من الأولى، حتى يلتف النص على عدة أسطر في العمود."),
            paragraph("p3", 3, "فقرة ثالثة مصطنعة للاختبار."),
        ])
        let alignment = Alignment(versions: [spanish, chinese, arabic], pivot: 0, links: [
            AlignmentLink(blockIDs: [["p1"], ["p1"], ["p1"]], method: .number, confidence: 1),
            AlignmentLink(blockIDs: [["p2"], ["p2"], ["p2"]], method: .number, confidence: 1),
            AlignmentLink(blockIDs: [["p3"], ["p3", "p4"], ["p3"]], method: .length, confidence: 0.8),
            AlignmentLink(blockIDs: [["p4"], ["p5"], []], method: .length, confidence: 0.7),
        ])
        let findings = [
            Finding(kind: .numberMismatch, severity: .error, locations: [
                FindingLocation(version: 0, language: .spanish, blockIDs: ["p1"], labels: ["1"]),
                FindingLocation(version: 2, language: .arabic, blockIDs: ["p1"], labels: ["1"]),
            ], message: "1948 in es is 1949 in ar"),
            Finding(kind: .splitParagraphs, severity: .warning, locations: [
                FindingLocation(version: 0, language: .spanish, blockIDs: ["p3"], labels: ["3"]),
                FindingLocation(version: 1, language: .chinese, blockIDs: ["p3", "p4"], labels: ["3", "4"]),
            ], message: "es paragraph 3 is split into zh paragraphs 3 and 4"),
            Finding(kind: .missingParagraph, severity: .error, locations: [
                FindingLocation(version: 0, language: .spanish, blockIDs: ["p4"], labels: ["4"]),
                FindingLocation(version: 2, language: .arabic, blockIDs: []),
            ], message: "es paragraph 4 has no counterpart in ar"),
            Finding(kind: .lengthRatioOutlier, severity: .info, locations: [], message: "constructed document-level note <with markup & quotes \"'>"),
        ]
        return (alignment, findings)
    }

    /// A long constructed two-version alignment of `count` paragraphs, for streaming tests.
    public static func constructedLongEnglishFrench(count: Int) -> Alignment {
        var english: [Block] = []
        var french: [Block] = []
        var links: [AlignmentLink] = []
        for number in 1...count {
            english.append(Block(id: "p\(number)", kind: .paragraph, number: number, label: "\(number).", text: "Constructed English paragraph \(number)."))
            french.append(Block(id: "p\(number)", kind: .paragraph, number: number, label: "\(number).", text: "Paragraphe français construit \(number)."))
            links.append(AlignmentLink(blockIDs: [["p\(number)"], ["p\(number)"]], method: .number, confidence: 1))
        }
        return Alignment(versions: [
            Document(sourceName: "constructed-en.txt", language: .english, blocks: english),
            Document(sourceName: "constructed-fr.txt", language: .french, blocks: french),
        ], pivot: 0, links: links)
    }
}
