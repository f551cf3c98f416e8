import Testing
import ParityTestSupport
@testable import ParityCore

/// The real Spanish UN document `Sources-Texts/un-hearings-2006/es.txt`.
@Suite struct SpanishHearingsSegmentationTests {
    let document: Document

    init() throws {
        let bytes = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let decoded = try TextDecoder().decode(bytes, file: "es.txt")
        document = PlainTextSegmenter().segment(decoded, sourceName: "es.txt")
    }

    private func block(_ id: String) throws -> Block {
        try #require(document.block(id: id), "no block \(id)")
    }

    @Test func detectsSpanishFromTheHeader() {
        #expect(document.language == .spanish)
        #expect(document.metadata.language == .spanish)
    }

    @Test func findsSeventySixNumberedParagraphsInOrder() {
        let paragraphs = document.numberedParagraphs
        #expect(paragraphs.count == 76)
        #expect(paragraphs.map(\.number) == (1...76).map { Optional($0) })
        #expect(paragraphs.map(\.id) == (1...76).map { "p\($0)" })
        #expect(paragraphs.map(\.label) == (1...76).map { Optional("\($0).") })
        #expect(paragraphs.allSatisfy { !$0.text.hasPrefix("\($0.number!).") && !$0.text.hasPrefix(" ") })
    }

    @Test func paragraphTextHasNoLabel() throws {
        #expect(try block("p1").text.hasPrefix("El día 12 de julio de 2006 se celebraron"))
        #expect(try block("p76").text.hasPrefix("Varios participantes subrayaron el efecto positivo"))
    }

    @Test func sectionHeadingsMatchTheTableOfContents() {
        let headings = document.blocks.filter { $0.kind == .heading }
        let levelOne = headings.filter { $0.level == 1 }
        #expect(levelOne.map(\.labelPath) == ["I", "II", "III", "IV", "V"])
        #expect(levelOne.map(\.label) == ["I.", "II.", "III.", "IV.", "V."])
        #expect(levelOne.map(\.id) == ["h-I", "h-II", "h-III", "h-IV", "h-V"])
        #expect(levelOne.first?.text == "Introducción")

        let levelTwo = headings.filter { $0.level == 2 }.compactMap(\.labelPath)
        #expect(levelTwo == ["III.A", "III.B", "III.C", "III.D", "III.E", "IV.A", "IV.B", "IV.C", "IV.D", "IV.E", "V.A", "V.B"])
        let tocPaths = document.blocks.filter { $0.kind == .tocEntry && $0.level == 2 }.compactMap(\.labelPath)
        #expect(levelTwo == tocPaths)
        let tocLevelOne = document.blocks.filter { $0.kind == .tocEntry && $0.level == 1 }.compactMap(\.labelPath)
        #expect(tocLevelOne == ["I", "II", "III", "IV", "V"])
    }

    @Test func numberedSubheadingsAreHeadingsDespiteCollidingWithParagraphNumbers() throws {
        let levelThree = document.blocks.filter { $0.kind == .heading && $0.level == 3 }
        #expect(levelThree.compactMap(\.labelPath) == [
            "IV.B.1", "IV.B.2", "IV.B.3", "IV.B.4", "IV.B.5", "IV.B.6",
            "IV.C.1", "IV.C.2", "IV.C.3", "IV.C.4", "IV.C.5",
            "V.A.1", "V.A.2", "V.A.3", "V.A.4",
            "V.B.1", "V.B.2",
        ])
        let first = try block("h-IV-B-1")
        #expect(first.text == "Efectos económicos de la migración a nivel mundial")
        #expect(first.number == 1)
        #expect(first.label == "1.")
        #expect(try block("h-IV-B-2").text == "Efectos de las remesas, reducción de su costo y aprovechamiento de las mismas")
        #expect(try block("h-V-B-2").text == "El Diálogo de Alto Nivel y su seguimiento")
    }

    @Test func unnumberedSubheadingsAreLevelFourHeadings() {
        let levelFour = document.blocks.filter { $0.kind == .heading && $0.level == 4 }
        #expect(levelFour.map(\.text) == ["Las migrantes", "Niños migrantes", "Pueblos indígenas"])
        #expect(levelFour.compactMap(\.labelPath) == ["IV.C.2*1", "IV.C.2*2", "IV.C.2*3"])
        #expect(levelFour.map(\.id) == ["h-IV-C-2-u1", "h-IV-C-2-u2", "h-IV-C-2-u3"])
    }

    @Test func rejoinsExactlyTheTwelveParagraphsSplitByPageBreaks() throws {
        let joined = document.numberedParagraphs.filter { $0.sourceRanges.count == 2 }.compactMap(\.number)
        #expect(joined == [11, 15, 21, 29, 32, 36, 41, 46, 51, 55, 65, 74])
        #expect(document.blocks.allSatisfy { $0.sourceRanges.count <= 2 })
        let p11 = try block("p11")
        #expect(p11.text.contains("También se consideró que realizar los compromisos internacionales"))
        #expect(p11.text.hasSuffix("era fundamental para asegurar los beneficios de la migración internacional."))
        #expect(try block("p32").text.contains("Se destacó que en algunos países el costo del envío de dinero"))
        #expect(p11.sourceRanges[0].end < p11.sourceRanges[1].start)
        // Nothing that starts in lower case is left over as a block of its own.
        #expect(!document.blocks.contains { $0.kind == .unnumberedParagraph && $0.text.first?.isLowercase == true })
    }

    @Test func footnotesAreLinkedBothWays() throws {
        let footnotes = document.blocks.filter { $0.kind == .footnote }
        #expect(footnotes.map(\.id) == ["fn-star", "fn1"])
        let star = try block("fn-star")
        #expect(star.label == "*")
        #expect(star.text == "A/61/150.")
        #expect(star.citedBy == ["meta-agenda-item"])
        let agenda = try block("meta-agenda-item")
        #expect(agenda.footnoteRefs == ["fn-star"])
        #expect(agenda.text == "Tema 54 b) del programa provisional")

        let one = try block("fn1")
        #expect(one.label == "¹")
        #expect(one.text == "A/60/871.")
        #expect(one.citedBy == ["p22"])
        let p22 = try block("p22")
        #expect(p22.footnoteRefs == ["fn1"])
        #expect(p22.text.contains("que en su informe se decía que la sociedad civil"))
        #expect(!p22.text.contains("¹"))
        #expect(document.diagnostics.isEmpty)
    }

    @Test func footnoteBetweenParagraphsKeepsNeighboursIntact() throws {
        let index = try #require(document.blocks.firstIndex { $0.id == "fn1" })
        #expect(document.blocks[index - 1].id == "p23")
        #expect(document.blocks[index + 1].id == "p24")
        #expect(document.blocks[index - 1].text.hasSuffix("jurídicamente obligados a aplicar sus disposiciones."))
    }

    @Test func tableOfContentsIsParsed() throws {
        let captions = document.blocks.filter { $0.kind == .tocHeading }
        #expect(captions.map(\.text) == ["Índice", "Párrafos Página"])
        #expect(captions.map(\.id) == ["toc-caption", "toc-columns"])
        #expect(captions[1].emphasis == [EmphasisSpan(start: 0, end: 8, style: .italic), EmphasisSpan(start: 9, end: 15, style: .italic)])

        let entries = document.blocks.filter { $0.kind == .tocEntry }
        #expect(entries.count == 18)
        let two = try block("toc-II")
        #expect(two.label == "II.")
        #expect(two.text == "Principales conclusiones")
        #expect(two.tocTarget == TOCTarget(firstParagraph: 8, lastParagraph: 22, page: "4"))
        #expect(try block("toc-III-B").tocTarget == TOCTarget(firstParagraph: 26, lastParagraph: 26, page: "8"))
        #expect(try block("toc-IV-B").tocTarget == TOCTarget(firstParagraph: 31, lastParagraph: 41, page: "10"))
        let annex = try block("toc-annex")
        #expect(annex.text == "Anexo")
        #expect(annex.tocTarget == TOCTarget(firstParagraph: nil, lastParagraph: nil, page: "21"))
    }

    @Test func tableOfContentsRangesAgreeWithTheBody() {
        let ranges = TableOfContentsCheck.bodyRanges(of: document)
        #expect(ranges["II"] == 8...22)
        #expect(ranges["IV.B"] == 31...41)
        #expect(ranges["IV"] == 30...64)
        #expect(ranges["III.B"] == 26...26)
        #expect(ranges["V.B"] == 72...76)
        let comparisons = TableOfContentsCheck.compare(document)
        #expect(comparisons.count == 17)
        #expect(comparisons.allSatisfy { $0.agrees })
        #expect(TableOfContentsCheck.diagnostics(document).isEmpty)
    }

    @Test func tableOfContentsCheckReportsARangeAlteredInMemory() throws {
        var changed = document
        let index = try #require(changed.blocks.firstIndex { $0.id == "toc-IV-B" })
        changed.blocks[index].tocTarget = TOCTarget(firstParagraph: 31, lastParagraph: 40, page: "10")
        let disagreeing = TableOfContentsCheck.compare(changed).filter { !$0.agrees }
        #expect(disagreeing.map(\.entryID) == ["toc-IV-B"])
        #expect(disagreeing.first?.bodyLast == 41)
    }

    @Test func headerMetadataIsRead() {
        let metadata = document.metadata
        #expect(metadata.organ == "Asamblea General")
        #expect(metadata.distribution == "general")
        #expect(metadata.date == "27 de julio de 2006")
        #expect(metadata.languageName == "Español")
        #expect(metadata.originalLanguageName == "inglés")
        #expect(metadata.originalLanguage == .english)
        #expect(metadata.session == "Sexagésimo primer período de sesiones")
        #expect(metadata.agendaItem == "Tema 54 b) del programa provisional")
        #expect(metadata.title == "Globalización e interdependencia: migración internacional y desarrollo")
        #expect(metadata.symbol == nil)
    }

    @Test func headerLinesAreMetadataBlocks() throws {
        let fields = document.blocks.filter { $0.kind == .metadata }.map(\.metadataField)
        #expect(fields == [.organ, .distribution, .date, .language, .originalLanguage, .session, .agendaItem, .title])
        #expect(try block("meta-distribution").text == "Distr. general")
        #expect(try block("meta-original-language").text == "Original: inglés")
        let title = try block("meta-title")
        #expect(title.emphasis == [EmphasisSpan(start: 0, end: title.text.unicodeScalars.count, style: .bold)])
        #expect(title.sourceRanges.count == 1)
    }

    @Test func remainingFrontMatterIsTitlesAndAnUnnumberedParagraph() throws {
        #expect(try block("t1").text.hasPrefix("Resumen de las Audiencias interactivas oficiosas"))
        #expect(try block("t2").text == "Nota del Presidente de la Asamblea General")
        #expect(document.blocks.filter { $0.kind == .title }.count == 2)
        let transmittal = try block("u1")
        #expect(transmittal.kind == .unnumberedParagraph)
        #expect(transmittal.text.hasPrefix("El Presidente de la Asamblea General en su sexagésimo período de sesiones"))
    }

    @Test func inlineSubparagraphsStayInsideParagraphFive() throws {
        #expect(try block("p5").text.contains("tres temas: a) promoción de un enfoque amplio"))
        #expect(!document.blocks.contains { $0.kind == .listItem && $0.parent != nil })
    }

    @Test func annexContentIsKept() throws {
        let annexIndex = try #require(document.blocks.firstIndex { $0.kind == .annex })
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.blocks[annexIndex].id == "annex")
        #expect(document.blocks[annexIndex].text == "Anexo")
        #expect(document.blocks[annexIndex - 1].id == "p76")
        let after = document.blocks[(annexIndex + 1)...]
        #expect(after.count == 13)
        let items = after.filter { $0.kind == .listItem }
        #expect(items.count == 6)
        #expect(items.allSatisfy { $0.label == "-" && $0.parent == nil })
        #expect(items.first?.text == "10.00 a 10.30 horas Apertura de las audiencias")
        #expect(after.filter { $0.kind == .unnumberedParagraph }.count == 7)
        #expect(after.first?.text.hasPrefix("Programa de las audiencias interactivas oficiosas") == true)
        #expect(after.last?.text == "Intervención del Presidente interino de la Asamblea General")
    }

    @Test func asteriskEmphasisInTheAnnexIsMarkup() throws {
        let item = try #require(document.blocks.first { $0.kind == .listItem && $0.text.hasSuffix("(continuación)") })
        let scalars = Array(item.text.unicodeScalars)
        let span = try #require(item.emphasis.first)
        #expect(item.emphasis.count == 1)
        #expect(span.style == .italic)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "continuación")
        #expect(!document.blocks.contains { $0.text.contains("**") || $0.text.contains("<i>") || $0.text.contains("</i>") })
    }

    @Test func blockIdsAreUniqueNCNames() {
        let ids = document.blocks.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let scalars = Array(id.unicodeScalars)
            #expect(scalars.first.map { ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") } == true, "\(id)")
            #expect(scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }, "\(id)")
        }
    }
}
