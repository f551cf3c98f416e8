import Foundation
import ParityCore
import ParityXML
import Testing

@Suite struct TMXExportTests {
    /// Expected seg texts of the constructed three-way alignment, per link that has text.
    private static let constructedSpanish = [
        "A/00/000", "Introducción construida", "Introducción construida",
        "Párrafo construido uno con «comillas», <signos> & \"dobles\" y 'simples'.",
        "Párrafo construido dos.\tCon tabulador.", "Nota construida.",
    ]
    private static let constructedEnglish = [
        "A/00/000", "Constructed introduction", "Constructed introduction", "Constructed paragraph one.",
        "Constructed paragraph two.", "Constructed note.",
    ]

    /// A fixed moment for the constructed files: 2026-11-30T00:00:00Z.
    private static let date = TMXDate(secondsSince1970: 1_795_996_800)

    @Test func constructedThreeWayDefaultIsPivotAndFirstOtherAndValidAgainstTheDTD() throws {
        let result = try TMXWriter(date: Self.date).write(ConstructedAlignments.threeWay())
        #expect(result.warnings.isEmpty)
        let issues = try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd")
        #expect(issues.isEmpty, "\(issues)")
        let text = String(decoding: result.bytes, as: UTF8.self)
        #expect(text.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Parity" creationtoolversion="0.1.0" segtype="paragraph" o-tmf="Parity" \
            adminlang="en" srclang="es" datatype="plaintext" creationdate="20261130T000000Z" changedate="20261130T000000Z">
            """))
        #expect(text.contains("""
            <tu tuid="A/00/000:p1" creationdate="20261130T000000Z" changedate="20261130T000000Z">
            """))
        let document = try TMXReader().read(result.bytes, file: "constructed.tmx")
        #expect(document.sourceLanguage == "es")
        #expect(document.units.map(\.id) == ["meta-symbol", "toc-I", "h-I", "p1", "p2", "fn1"].map { "A/00/000:" + $0 })
        #expect(document.units.map { $0.variants.map(\.language) } == Array(repeating: ["es", "en"], count: 6))
        #expect(document.units.map { $0.text(language: "es") ?? "?" } == Self.constructedSpanish)
        #expect(document.units.map { $0.text(language: "en") ?? "?" } == Self.constructedEnglish)
        let paragraphOne = document.units[3]
        #expect(paragraphOne.properties.map(\.type) == ["x-number", "x-kind", "x-link-type", "x-method", "x-confidence"])
        #expect(paragraphOne.properties.map(\.value) == ["1", "paragraph", "1-1", "number", "1.000"])
        #expect(paragraphOne.variants[0].properties == [TMXDocument.Property(type: "x-block-ids", value: "p1")])
    }

    @Test func constructedThreeWayAllLanguagesJoinsSplitBlocksAndKeepsUnitsWithTwoLanguages() throws {
        let result = try TMXWriter(allLanguages: true).write(ConstructedAlignments.threeWay())
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
        let document = try TMXReader().read(result.bytes, file: "constructed.tmx")
        #expect(document.units.map(\.id) == ["meta-symbol", "toc-I", "h-I", "p1", "p2", "en:u1", "fn1"].map { "A/00/000:" + $0 })
        let split = document.units[4]
        #expect(split.text(language: "fr") == "Paragraphe construit deux, suite construite.")
        #expect(split.property("x-link-type") == "1-1-2")
        #expect(split.property("x-number") == "2")
        #expect(split.property("x-confidence") == "0.800")
        #expect(split.variants.last?.properties.first?.value == "p2 p3")
        let withoutPivot = document.units[5]
        #expect(withoutPivot.variants.map(\.language) == ["en", "fr"])
        #expect(withoutPivot.property("x-kind") == "unnumberedParagraph")
        #expect(withoutPivot.property("x-number") == nil)
        #expect(withoutPivot.property("x-link-type") == "0-1-1")
    }

    @Test func constructedPairWithoutThePivotTakesTheFirstLanguageAsSource() throws {
        let result = try TMXWriter(pair: (.french, .english)).write(ConstructedAlignments.threeWay())
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
        let document = try TMXReader().read(result.bytes, file: "constructed.tmx")
        #expect(document.sourceLanguage == "fr")
        #expect(document.units.map(\.id) == ["meta-symbol", "toc-I", "h-I", "p1", "p2", "fr:u2", "fn1"].map { "A/00/000:" + $0 })
        #expect(document.units.allSatisfy { $0.variants.map(\.language) == ["fr", "en"] })
        #expect(document.units[4].property("x-link-type") == "2-1")
    }

    @Test func languagesThatCannotBeChosenAreErrors() throws {
        let content = ConstructedAlignments.threeWay()
        #expect(throws: ExportError.languageNotInAlignment(.russian)) { try TMXWriter(pair: (.spanish, .russian)).write(content) }
        #expect(throws: ExportError.needsTwoLanguages(detail: "the pair is es,es")) {
            try TMXWriter(pair: (.spanish, .spanish)).write(content)
        }
        var single = content
        single.alignment.versions[1].language = nil
        single.alignment.versions[2].language = nil
        #expect(throws: ExportError.needsTwoLanguages(detail: "only one version has a language")) { try TMXWriter().write(single) }
    }

    @Test func constructedVersionWithoutLanguageIsLeftOutWithAWarning() throws {
        var content = ConstructedAlignments.threeWay()
        content.alignment.versions[1].language = nil
        let result = try TMXWriter().write(content)
        #expect(result.warnings.map(\.description) == [
            "version 1 (constructed-en.txt): has no language, so TMX cannot carry it; left out",
        ])
        let document = try TMXReader().read(result.bytes, file: "constructed.tmx")
        #expect(document.units.first?.variants.map(\.language) == ["es", "fr"])
    }

    @Test func constructedControlCharactersAreDroppedAndTheFileStaysValid() throws {
        var content = ConstructedAlignments.threeWay()
        content.alignment.versions[1].blocks[3].text = "Constructed\u{C} paragraph\u{1B} one."
        let result = try TMXWriter().write(content)
        #expect(result.warnings.map(\.description) == [
            "tu A/00/000:p1 en <seg>: dropped 2 character(s) that XML 1.0 cannot carry (U+000C, U+001B)",
        ])
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
        #expect(try TMXReader().read(result.bytes, file: "c.tmx").units[3].text(language: "en") == "Constructed paragraph one.")
    }

    @Test func dtdValidationReportsAMissingRequiredAttribute() throws {
        let bytes = try TMXWriter().write(ConstructedAlignments.threeWay()).bytes
        let broken = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: " srclang=\"es\"", with: "")
        let issues = try ExportTestFiles.dtdErrors(Array(broken.utf8), "tmx14.dtd")
        #expect(issues.map(\.line) == [4])  // the <header> start tag
        #expect(issues.first?.message.contains("srclang") == true)
    }

    @Test func tmxReaderKeepsHighlightedTextAndDropsInlineCodesOfAConstructedThirdPartyFile() throws {
        let constructed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
            <header creationtool="Other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="html"/>
            <body>
            <tu tuid="7"><note>constructed</note><prop type="x-origin">test</prop>
            <tuv xml:lang="en-US"><seg>A <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> and <hi type="x">high</hi><ph>&lt;br/&gt;</ph> text</seg></tuv>
            <tuv lang="FR"><seg><![CDATA[Un texte <construit>]]></seg></tuv>
            </tu>
            </body></tmx>
            """
        let document = try TMXReader().read(Array(constructed.utf8), file: "c.tmx")
        #expect(document.creationTool == "Other")
        #expect(document.units.count == 1)
        let unit = try #require(document.units.first)
        #expect(unit.id == "7")
        #expect(unit.property("x-origin") == "test")
        #expect(unit.text(language: "en-us") == "A bold and high text")
        #expect(unit.text(language: "fr") == "Un texte <construit>")
    }

    @Test func tmxReaderReportsAVariantWithoutLanguage() throws {
        let constructed = """
            <?xml version="1.0"?>
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv><seg>x</seg></tuv></tu>
            </body></tmx>
            """
        #expect(throws: InputError.malformedXML(file: "c.tmx", line: 3, message: "<tuv> without xml:lang")) {
            try TMXReader().read(Array(constructed.utf8), file: "c.tmx")
        }
    }

    @Test(.enabled(if: TranslateToolkitRunner.isAvailable || TranslateToolkitRunner.isRequired))
    func constructedTMXReadByTranslateToolkitGivesTheSameUnitsAndTexts() throws {
        guard TranslateToolkitRunner.isAvailable else {
            Issue.record("CI=true but python3 cannot import translate-toolkit (pip install translate-toolkit)")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let bilingual = directory.appendingPathComponent("bilingual.tmx")
        try Data(TMXWriter().write(ConstructedAlignments.threeWay()).bytes).write(to: bilingual)
        let report = try TranslateToolkitRunner.read(bilingual)
        #expect(report.sourceLanguage == "es")
        #expect(report.units.map(\.id) == ["meta-symbol", "toc-I", "h-I", "p1", "p2", "fn1"].map { "A/00/000:" + $0 })
        #expect(report.units.map { $0.source ?? "?" } == Self.constructedSpanish)
        #expect(report.units.map { $0.target ?? "?" } == Self.constructedEnglish)

        let allLanguages = directory.appendingPathComponent("all.tmx")
        let written = try TMXWriter(allLanguages: true).write(ConstructedAlignments.threeWay()).bytes
        try Data(written).write(to: allLanguages)
        let ours = try TMXReader().read(written, file: "all.tmx")
        let theirs = try TranslateToolkitRunner.read(allLanguages)
        #expect(theirs.units.count == ours.units.count)
        #expect(theirs.units.map(\.id) == ours.units.map { $0.id ?? "" })
        let ourTexts = ours.units.map { Dictionary(uniqueKeysWithValues: $0.variants.map { ($0.language, $0.text) }) }
        #expect(theirs.units.map(\.languages) == ourTexts)
    }
}
