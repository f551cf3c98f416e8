@testable import ParityCore
import Testing

/// `PDFGeometryReading` on constructed box layouts (no PDF): words placed as
/// a layout engine would, in several languages, and the text rebuilt from them.
@Suite struct PDFGeometryReadingTests {
    /// A line of `words` starting at `x`, baseline box `y`…`y + height`, each
    /// word `width(word)` wide, separated by `space`.
    static func line(_ words: [String], x: Double, y: Double, height: Double = 14, space: Double = 3,
                     charWidth: Double = 6, block: Int, flow: Int = 0) -> PDFLayoutLine {
        var left = x
        var placed: [PDFWord] = []
        for word in words {
            let width = Double(word.unicodeScalars.count) * charWidth
            placed.append(PDFWord(word, PDFBox(xMin: left, yMin: y, xMax: left + width, yMax: y + height)))
            left += width + space
        }
        return PDFLayoutLine(placed, flow: flow, block: block)
    }

    static func page(_ lines: [PDFLayoutLine]) -> PDFLayoutPage { PDFLayoutPage(width: 595, height: 842, lines: lines) }

    @Test func aWiderGapThanTheUsualPitchEndsTheParagraphAndAWrappedLineGoesOn() {
        // Pitch 12 inside a paragraph, 24 between paragraphs; full lines reach x = 500.
        let words = Array(repeating: "Wort", count: 16)
        let lines = [
            Self.line(words, x: 100, y: 100, charWidth: 6.5, block: 0),
            Self.line(["Ende", "des", "Absatzes."], x: 100, y: 112, block: 0),
            Self.line(words, x: 100, y: 136, charWidth: 6.5, block: 1),
            Self.line(words, x: 100, y: 148, charWidth: 6.5, block: 1),
            Self.line(["Schluss."], x: 100, y: 160, block: 1),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        let paragraphs = text.dropLast().split(separator: "\n\n", omittingEmptySubsequences: false)
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].hasSuffix("Wort\nEnde des Absatzes."))
        #expect(paragraphs[1].split(separator: "\n").count == 3)
        #expect(text.hasSuffix("Schluss.\n\u{0C}"))
    }

    @Test func aParagraphsLastLineReadApartGoesBackAfterTheLineItContinues() {
        // Italian, first lines indented (x = 96, the margin at 62): the second and last line of a paragraph,
        // at the margin, comes out as a block and flow of its own given first on the page ("relazione."); the next
        // paragraph is a block of its own.
        let full = ["Il", "Comitato", "ha", "esaminato", "la", "relazione", "del", "Segretario", "generale", "sulle", "acque", "comuni"]
        let lines = [
            Self.line(["relazione."], x: 62, y: 114, block: 0, flow: 0),
            Self.line(["Premessa"], x: 96, y: 86, block: 1, flow: 1),
            Self.line(full, x: 96, y: 100, charWidth: 5.5, block: 1, flow: 1),
            Self.line(["Il", "Comitato", "raccomanda", "agli", "Stati", "di", "cooperare."], x: 96, y: 128, block: 2, flow: 1),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.hasPrefix("Premessa"))
        #expect(text.contains("comuni\nrelazione."))
        #expect(text.hasSuffix("cooperare.\n\u{0C}"))
        // A line alone further from the line above (a page number, a masthead line) or not left of it stays.
        let apart = [
            Self.line(["3"], x: 62, y: 300, block: 0, flow: 0),
            Self.line(full, x: 96, y: 100, charWidth: 5.5, block: 1, flow: 1),
            Self.line(["Fine", "del", "testo."], x: 96, y: 114, block: 1, flow: 1),
        ]
        #expect(PDFGeometryReading.text([Self.page(apart)]).hasPrefix("3"))
    }

    @Test func aHangingLabelJoinsTheTextOnItsBaseline() {
        // "1." in the margin (its own block), the text at x = 96 on the same baseline (Spanish).
        let lines = [
            Self.line(["1."], x: 62, y: 100, block: 0, flow: 0),
            Self.line(["Exhorta", "a", "los", "Estados", "a", "que", "detengan", "la", "pérdida."], x: 96, y: 100, block: 1, flow: 1),
            Self.line(["2."], x: 62, y: 124, block: 2, flow: 2),
            Self.line(["Alienta", "a", "los", "Estados."], x: 96, y: 124, block: 3, flow: 3),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text == "1. Exhorta a los Estados a que detengan la pérdida.\n\n2. Alienta a los Estados.\n\u{0C}")
    }

    @Test func twoPageColumnsOnOneBaselineAreNotJoined() {
        // Left column x 40…200, right column from 218: a short last line on the left is no label.
        var lines: [PDFLayoutLine] = []
        for row in 0..<4 {
            lines.append(Self.line(["linea", "de", "la", "columna", "izquierda", "completa"], x: 40, y: 100 + Double(row) * 12, charWidth: 4.6, block: 0, flow: 0))
        }
        lines.append(Self.line(["final."], x: 40, y: 148, block: 1, flow: 0))
        for row in 0..<5 {
            lines.append(Self.line(["derecha", "texto", "de", "la", "columna"], x: 218, y: 100 + Double(row) * 12, charWidth: 5, block: 2, flow: 1))
        }
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.contains("\nfinal.\n"))
        #expect(!text.contains("final. derecha"))
    }

    @Test func aFirstLineIndentStartsAParagraphWithoutExtraSpace() {
        // Russian, justified, no space between paragraphs, first lines indented by 28 pt.
        let full = ["строка", "текста", "полной", "ширины", "до", "правого", "края", "колонки"]
        let lines = [
            Self.line(full, x: 128, y: 100, charWidth: 6, block: 0),
            Self.line(full + ["и", "ещё"], x: 100, y: 112, charWidth: 6, block: 0),
            Self.line(full, x: 128, y: 124, charWidth: 6, block: 0),
            Self.line(full + ["и", "ещё"], x: 100, y: 136, charWidth: 6, block: 0),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.components(separatedBy: "\n\n").count == 2)
    }

    @Test func aLineThatEndsShortOfTheColumnEndsItsParagraph() {
        // English, no spacing, no indent: "Thank you." leaves room for "The" of the next line.
        let full = Array(repeating: "words", count: 14)
        let lines = [
            Self.line(full, x: 100, y: 100, block: 0),
            Self.line(["Thank", "you."], x: 100, y: 112, block: 0),
            Self.line(["The"] + full.dropFirst(), x: 100, y: 124, block: 0),
            Self.line(["end."], x: 100, y: 136, block: 0),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.contains("Thank you.\n\nThe words"))
        #expect(text.contains("words\nThank you."))
    }

    @Test func anArabicLineIsWrittenInLogicalOrderWithItsLabelOnTheRight() {
        // Drawn left to right: the words' scalars reversed, the label "- 1" right of the text.
        func drawn(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.reversed())) }
        let text = [drawn("المكتب."), drawn("أعضاء"), drawn("انتخاب")]
        let lines = [
            Self.line(text, x: 400, y: 100, block: 0, flow: 0),
            Self.line(["-", "1"], x: 520, y: 100, block: 1, flow: 1),
            Self.line(["2025", drawn("آذار/مارس"), "10-21"], x: 400, y: 124, block: 2, flow: 2),
        ]
        let output = PDFGeometryReading.text([Self.page(lines)])
        #expect(output == "1 - انتخاب أعضاء المكتب.\n\n10-21 آذار/مارس 2025\n\u{0C}")
    }

    @Test func aRaisedNoteLetterBeforeALineGoesInFrontOfIt() {
        // Table notes: the letters are set smaller and raised, left of their text (a line of their own for the extractor).
        let notes = [
            Self.line(["a"], x: 130.8, y: 634.8, height: 5, charWidth: 2.5, block: 0),
            Self.line(["Effectif", "autorisé", ":", "231."], x: 137.2, y: 636.8, height: 7.7, block: 0),
            Self.line(["b"], x: 130.8, y: 645.3, height: 5, charWidth: 2.5, block: 1),
            Self.line(["Effectif", "autorisé", ":", "6."], x: 137.2, y: 647.3, height: 7.7, block: 2),
        ]
        let text = PDFGeometryReading.text([Self.page(notes)])
        #expect(text.contains("a Effectif autorisé : 231."))
        #expect(text.contains("b Effectif autorisé : 6."))
        // A raised letter right after a word of the same line ("observersa") is no marker of the next line.
        let header = [
            Self.line(["Observateurs"], x: 100, y: 170, height: 7.7, block: 3),
            Self.line(["a"], x: 173, y: 168.7, height: 5, charWidth: 2.5, block: 4),
            Self.line(["Contingents"], x: 176, y: 170, height: 7.7, block: 5),
        ]
        #expect(!PDFGeometryReading.text([Self.page(header)]).contains("a Contingents"))
    }

    @Test func aFigureOpeningALatinRunInAnArabicLineIsReadFirst() {
        // "تاريخ 20 December 2024" is drawn (bidirectional algorithm) as "December 2024 20 خيرات" from the left.
        func drawn(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.reversed())) }
        let line = Self.line(["December", "2024", "20", drawn("بتاريخ"), drawn("المؤرخة")], x: 300, y: 100, block: 0)
        let output = PDFGeometryReading.text([Self.page([line])])
        #expect(output == "المؤرخة بتاريخ 20 December 2024\n\u{0C}")
        // A symbol alone or a figure between Arabic words stays where it is.
        let symbol = Self.line(["A/79/330", drawn("الوثيقة"), "16", drawn("البند")], x: 300, y: 130, block: 1)
        #expect(PDFGeometryReading.text([Self.page([symbol])]) == "البند 16 الوثيقة A/79/330\n\u{0C}")
        // A date line alone between Arabic lines is set in a right-to-left paragraph too; on an English page it is left as drawn.
        let arabic = Self.line([drawn("الاقتصادي"), drawn("المجلس")], x: 300, y: 100, block: 0)
        let date = Self.line(["December", "2024", "20"], x: 300, y: 130, block: 1)
        let arabic2 = Self.line([drawn("العامة"), drawn("الجمعية")], x: 300, y: 160, block: 2)
        #expect(PDFGeometryReading.text([Self.page([arabic, date, arabic2])]).contains("\n20 December 2024\n"))
        let english = Self.line(["Economic", "and", "Social", "Council"], x: 100, y: 100, block: 0)
        #expect(PDFGeometryReading.text([Self.page([english, date])]).contains("\nDecember 2024 20\n"))
    }

    @Test func theShortLastLineOfATwoLineParagraphEndsIt() {
        // Portuguese: one-line paragraphs 26 pt apart (so the page's pitch from full lines is 26), then a
        // paragraph of two lines (its own block, pitch 14) and a short one-line paragraph 26 pt below it.
        var lines: [PDFLayoutLine] = []
        for row in 0..<4 {
            lines.append(Self.line(Array(repeating: "palavra", count: 9), x: 100, y: 100 + Double(row) * 26, charWidth: 5.5, block: row))
        }
        lines.append(Self.line(Array(repeating: "palavra", count: 9), x: 100, y: 204, charWidth: 5.5, block: 4))
        lines.append(Self.line(["depositado."], x: 100, y: 218, block: 4))
        lines.append(Self.line(["Feito", "em", "Lisboa."], x: 100, y: 244, block: 5))
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.contains("palavra\ndepositado.\n\nFeito em Lisboa."))
    }

    @Test func aContentsEntryWhoseLeaderTouchesItIsNoContinuationOfAShortLine() {
        // Italian contents: "Allegato" (no page) above "Bibliografia.........6" (the leader glued to the title):
        // the title alone would have fitted after "Allegato", so "Allegato" ends its line's paragraph.
        let lines = [
            Self.line(["III.", "Raccomandazioni" + String(repeating: ".", count: 60) + "5"], x: 100, y: 100, block: 0),
            Self.line(["Allegato"], x: 100, y: 114, block: 0),
            Self.line(["Bibliografia" + String(repeating: ".", count: 60) + "6"], x: 100, y: 128, block: 0),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.contains("Allegato\n\nBibliografia ...."))
    }

    @Test func aFirstLineIndentAfterALineAtTheSameIndentStartsAParagraph() {
        // Dutch preamble, first lines indented 28 pt, no space between paragraphs: a one-line paragraph that
        // nearly fills its line, then a paragraph of two lines (its second at the column start).
        let words = Array(repeating: "woord", count: 13)
        let lines = [
            Self.line(words, x: 90.8, y: 100, charWidth: 6, block: 0),
            Self.line(words + ["een"], x: 90.8, y: 112, charWidth: 6, block: 0),
            Self.line(["voorgoed,"], x: 62.5, y: 124, block: 0),
            Self.line(words + ["een"], x: 90.8, y: 136, charWidth: 6, block: 0),
            Self.line(["einde."], x: 62.5, y: 148, block: 0),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.split(separator: "\n\n").count == 3)
        // A hanging margin: an unlabelled paragraph's lines at 96.5, the next paragraph's label at 62.5, no space:
        // its last line is no paragraph of its own.
        let hanging = [
            Self.line(["1."] + words, x: 62.5, y: 100, charWidth: 6, block: 0),
            Self.line(words, x: 96.5, y: 112, charWidth: 6, block: 0),
            Self.line(["slot."], x: 96.5, y: 124, block: 0),
            Self.line(words, x: 96.5, y: 136, charWidth: 6, block: 0),
            Self.line(words, x: 96.5, y: 148, charWidth: 6, block: 0),
            Self.line(["2."] + words, x: 62.5, y: 160, charWidth: 6, block: 0),
        ]
        #expect(!PDFGeometryReading.text([Self.page(hanging)]).contains("woord\n\nwoord woord"))
    }

    @Test func aMastheadOfShortLinesSetInIsMeasuredAgainstTheColumnsEdge() {
        // Russian, first lines indented 28 pt, no space between paragraphs; the masthead's one-line paragraphs
        // are set in too and make a block of their own, so their block's edge is one of their own short lines.
        let body = Array(repeating: "слово", count: 14)
        let title = ["Международная", "миграция", "и", "развитие"]
        let lines = [
            Self.line(title, x: 90.8, y: 100, block: 0),
            Self.line(title, x: 90.8, y: 112, block: 0),
            Self.line(["Доклад", "Генерального", "секретаря"], x: 90.8, y: 124, block: 0),
            Self.line(["Резюме"], x: 90.8, y: 136, block: 0),
            Self.line(["Пункт", "16", "предварительной", "повестки", "дня"], x: 90.8, y: 148, block: 0),
            Self.line(["1."] + body.dropLast(), x: 90.8, y: 160, block: 1),
            Self.line(body, x: 62.5, y: 172, block: 1),
            Self.line(body, x: 62.5, y: 184, block: 1),
            Self.line(["конец."], x: 62.5, y: 196, block: 1),
            // A title wrapped at the indent: its second line would not have fitted, no sentence ended: it goes on.
            Self.line(["Рассмотрение", "докладов,", "представленных", "государствами", "по", "статьям", "16", "и", "17"],
                      x: 90.8, y: 208, block: 2),
            Self.line(["(продолжение)"], x: 90.8, y: 220, block: 2),
        ]
        let text = PDFGeometryReading.text([Self.page(lines)])
        #expect(text.contains("развитие\n\nМеждународная миграция"))
        #expect(text.contains("развитие\n\nДоклад"))
        #expect(text.contains("17\n(продолжение)"))
    }

    @Test func vowelSignsTheExtractorSetApartGoBackIntoTheirWord() {
        // Hindi "संयुक्त राष्ट्र": the extractor cuts the word at the sign "ु" (zero width, at the cut) and
        // puts it, and the rest of the line, in a line of its own on the same baseline.
        let first = PDFLayoutLine([
            PDFWord("संय", PDFBox(xMin: 417.2, yMin: 595.7, xMax: 431.2, yMax: 610)),
            PDFWord("क्त", PDFBox(xMin: 431.2, yMin: 595.7, xMax: 439.9, yMax: 610)),
        ], block: 0)
        let second = PDFLayoutLine([
            PDFWord("ु", PDFBox(xMin: 431.3, yMin: 596.1, xMax: 431.3, yMax: 610.4)),
            PDFWord("राष्ट्र", PDFBox(xMin: 443.3, yMin: 595.7, xMax: 456.8, yMax: 611.2)),
            PDFWord("के", PDFBox(xMin: 460.2, yMin: 595.7, xMax: 468.2, yMax: 610)),
            PDFWord("पास", PDFBox(xMin: 471.7, yMin: 595.7, xMax: 490, yMax: 610)),
        ], block: 0)
        #expect(PDFGeometryReading.text([Self.page([first, second])]) == "संयुक्त राष्ट्र के पास\n\u{0C}")
        // Persian "مقدَّمه" drawn left to right, cut at "َّ" (fatha and shadda, kept in their order).
        func drawn(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.reversed())) }
        let persian = PDFLayoutLine([
            PDFWord(drawn("است."), PDFBox(xMin: 380, yMin: 100, xMax: 395, yMax: 114)),
            PDFWord(drawn("کوتاه"), PDFBox(xMin: 398, yMin: 100, xMax: 418, yMax: 114)),
            PDFWord(drawn("این"), PDFBox(xMin: 421, yMin: 100, xMax: 437, yMax: 114)),
            PDFWord(drawn("گزارش"), PDFBox(xMin: 440, yMin: 100, xMax: 470, yMax: 114)),
            PDFWord(drawn("مه"), PDFBox(xMin: 473, yMin: 100, xMax: 482, yMax: 114)),
            PDFWord(drawn("مقد"), PDFBox(xMin: 482.1, yMin: 100, xMax: 500, yMax: 114)),
        ], block: 1)
        let signs = PDFLayoutLine([PDFWord("\u{064E}\u{0651}", PDFBox(xMin: 483, yMin: 100, xMax: 485, yMax: 114))], block: 1)
        #expect(PDFGeometryReading.text([Self.page([persian, signs])]) == "مقدَّمه گزارش این کوتاه است.\n\u{0C}")
    }

    @Test func punctuationDrawnBesideFiguresInARightToLeftLineGoesBackWhereItWasTyped() {
        // Drawn left to right: ".77/176" (full stop after the figures), "،2020" (comma after the year),
        // ")1(" and ".)2(2023" (note calls), as a right-to-left paragraph draws them.
        func drawn(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.reversed())) }
        #expect(PDFRightToLeftLine.logicalText([".77/176", drawn("بقرار"), drawn("عملا")]) == "عملا بقرار 77/176.")
        #expect(PDFRightToLeftLine.logicalText([drawn("أي"), "،2020", drawn("عام")]) == "عام 2020، أي")
        #expect(PDFRightToLeftLine.logicalText([".)2(2023", drawn("عام")]) == "عام 2023(2).")
        #expect(PDFRightToLeftLine.logicalText([drawn("הערכה"), ")1("]) == "(1) הערכה")
        #expect(PDFRightToLeftLine.logicalText(["August", "2024", "26"]) == "26 August 2024")
        // A line of Latin words alone on a right-to-left page, drawn with its full stop on the left: a note "* A/79/150.".
        let arabic = Self.line([drawn("الاقتصادي"), drawn("المجلس")], x: 300, y: 100, block: 0)
        let note = Self.line([".A/79/150", "*"], x: 300, y: 130, block: 1)
        let arabic2 = Self.line([drawn("العامة"), drawn("الجمعية")], x: 300, y: 160, block: 2)
        #expect(PDFGeometryReading.text([Self.page([arabic, note, arabic2])]).contains("\n* A/79/150.\n"))
    }

    @Test func twoColumnsReadRowByRowAreReadColumnByColumn() {
        // A Hebrew page in two columns, each line a flow of its own in the order of heights (as pdftotext
        // gives right-to-left columns): the right column is read first, then the left one.
        func drawn(_ word: String) -> String { String(String.UnicodeScalarView(word.unicodeScalars.reversed())) }
        var lines: [PDFLayoutLine] = []
        for row in 0..<6 {
            let y = 100 + Double(row) * 14
            lines.append(Self.line([drawn("ימין"), drawn("שורה"), drawn("\(row + 1)")], x: 330, y: y, charWidth: 15, block: row * 2, flow: row * 2))
            lines.append(Self.line([drawn("שמאל"), drawn("שורה"), drawn("\(row + 1)")], x: 60, y: y + 1, charWidth: 15, block: row * 2 + 1, flow: row * 2 + 1))
        }
        let text = PDFGeometryReading.text([PDFLayoutPage(width: 595, height: 842, lines: lines)])
        let order = text.split(whereSeparator: \.isNewline).map(String.init)
        #expect(order.prefix(6).allSatisfy { $0.contains("ימין") })
        #expect(order.dropFirst(6).prefix(6).allSatisfy { $0.contains("שמאל") })
        // A right column of short masthead lines (two full ones) beside a left column of four lines at the top.
        var masthead: [PDFLayoutLine] = []
        for row in 0..<24 {
            let y = 100 + Double(row) * 14
            let words = row < 2 ? [drawn("ימין"), drawn("שורה"), drawn("\(row + 1)")] : [drawn("ראש\(row + 1)")]
            masthead.append(Self.line(words, x: row < 2 ? 330 : 411, y: y, charWidth: 15, block: 100 + row, flow: 100 + row))
            if row < 4 {
                masthead.append(Self.line([drawn("שמאל"), drawn("שורה"), drawn("\(row + 1)")], x: 60, y: y + 1, charWidth: 15, block: 200 + row, flow: 200 + row))
            }
        }
        let mastheadOrder = PDFGeometryReading.text([PDFLayoutPage(width: 595, height: 842, lines: masthead)])
            .split(whereSeparator: \.isNewline).map(String.init)
        #expect(mastheadOrder.suffix(4).allSatisfy { $0.contains("שמאל") })
        // Table cells in two narrow columns keep their rows.
        var cells: [PDFLayoutLine] = []
        for row in 0..<6 {
            let y = 100 + Double(row) * 14
            cells.append(Self.line(["Item", "\(row)"], x: 100, y: y, block: row * 2, flow: row * 2))
            cells.append(Self.line(["\(row * 100)"], x: 400, y: y, block: row * 2 + 1, flow: row * 2 + 1))
        }
        #expect(PDFPageColumns.mixedColumnsGutter(cells, pageWidth: 595) == nil)
    }

    @Test func theSpaceALayoutEngineSetsBetweenHanAndFiguresIsDroppedAndARealSpaceKept() {
        // Chinese: "第 78/161 号" drawn with quarter-em gaps (em = 11) is "第78/161号"; English words keep their spaces.
        let y = 100.0
        let words = [
            PDFWord("大会第", PDFBox(xMin: 100, yMin: y, xMax: 133, yMax: y + 14)),
            PDFWord("78/161", PDFBox(xMin: 135.2, yMin: y, xMax: 166, yMax: y + 14)),
            PDFWord("号决议", PDFBox(xMin: 168.2, yMin: y, xMax: 201.2, yMax: y + 14)),
        ]
        let english = [
            PDFWord("resolution", PDFBox(xMin: 100, yMin: 130, xMax: 150, yMax: 144)),
            PDFWord("78/161", PDFBox(xMin: 152.8, yMin: 130, xMax: 180, yMax: 144)),
        ]
        let text = PDFGeometryReading.text([Self.page([PDFLayoutLine(words, block: 0), PDFLayoutLine(english, block: 1)])])
        #expect(text.hasPrefix("大会第78/161号决议\n"))
        #expect(text.contains("resolution 78/161"))
    }

    @Test func dotLeadersTouchingATableOfContentsEntryAreSetApart() {
        #expect(PDFGeometryReading.separatingDotLeaders("Einleitung.........3") == "Einleitung ......... 3")
        #expect(PDFGeometryReading.separatingDotLeaders("A/79/330.") == "A/79/330.")
        #expect(PDFGeometryReading.separatingDotLeaders("Introducción……5") == "Introducción …… 5")
    }

    @Test func everyWordIsWrittenOnceAndPagesEndWithAFormFeed() {
        let pages = (0..<3).map { number in
            Self.page([
                Self.line(["Page", "\(number + 1)", "header"], x: 300, y: 40, block: number * 10),
                Self.line(["Texte", "de", "la", "page", "\(number + 1)."], x: 100, y: 100, block: number * 10 + 1),
            ])
        }
        let text = PDFGeometryReading.text(pages)
        #expect(text.filter { $0 == "\u{0C}" }.count == 3)
        let written = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let given = pages.flatMap { $0.lines.flatMap { $0.words.map(\.text) } }
        #expect(written.sorted() == given.sorted())
    }

    @Test func wordsCloserThanHalfTheWordSpaceAreOneWordAndADecimalLabelKeepsItsSpace() {
        // A large initial "S" drawn apart from "/2014/258*" (0.3 pt); English words 3 pt apart.
        let symbol = [
            PDFWord("S", PDFBox(xMin: 494.6, yMin: 49.7, xMax: 506.1, yMax: 67.7)),
            PDFWord("/2014/258*", PDFBox(xMin: 506.4, yMin: 56.6, xMax: 554.9, yMax: 65.5)),
        ]
        let body = Self.line(["The", "present", "report", "is", "submitted"], x: 100, y: 100, block: 1)
        let text = PDFGeometryReading.text([Self.page([PDFLayoutLine(symbol, block: 0), body])])
        #expect(text.hasPrefix("S/2014/258*\n"))
        #expect(text.contains("The present report is submitted"))
        // Japanese: "3.2" then a typed space before katakana keeps it; inside the sentence "95" and "以上" close up.
        let words = [
            PDFWord("3.2", PDFBox(xMin: 62.5, yMin: 77, xMax: 77.3, yMax: 88.8)),
            PDFWord("データは、総取水量の", PDFBox(xMin: 80.1, yMin: 77, xMax: 179.1, yMax: 88.8)),
            PDFWord("95", PDFBox(xMin: 181.3, yMin: 77, xMax: 192.3, yMax: 88.8)),
            PDFWord("以上を対象とすべきである。", PDFBox(xMin: 194.5, yMin: 77, xMax: 348.5, yMax: 88.8)),
        ]
        let japanese = PDFGeometryReading.text([Self.page([PDFLayoutLine(words, block: 0)])])
        #expect(japanese == "3.2 データは、総取水量の95以上を対象とすべきである。\n\u{0C}")
        // The same label on the line after one that ends a sentence, with no paragraph space between them: it keeps
        // its space (the cleanup reads it as the next label); after a line that goes on it closes up ("3.2億").
        let before = [PDFWord("3.1", PDFBox(xMin: 62.5, yMin: 63, xMax: 77.3, yMax: 74.9)),
                      PDFWord("各国は、前暦年について報告すべきである。", PDFBox(xMin: 80.1, yMin: 63, xMax: 348.7, yMax: 74.9))]
        let following = PDFGeometryReading.text([Self.page([PDFLayoutLine(before, block: 0), PDFLayoutLine(words, block: 1)])])
        #expect(following.contains("。\n3.2 データは"))
        let open = [PDFWord("各国の報告によれば、前暦年の取水量は増加し、その総額は", PDFBox(xMin: 62.5, yMin: 63, xMax: 348.7, yMax: 74.9))]
        let running = [PDFWord("3.2", PDFBox(xMin: 62.5, yMin: 77, xMax: 77.3, yMax: 88.8)),
                       PDFWord("億ドルであった。", PDFBox(xMin: 80.1, yMin: 77, xMax: 179.1, yMax: 88.8))]
        let goesOn = PDFGeometryReading.text([Self.page([PDFLayoutLine(open, block: 0), PDFLayoutLine(running, block: 0)])])
        #expect(goesOn.contains("3.2億ドル"))
    }


    @Test func tableOfContentsCellsGoAtTheEndOfTheirRowAfterATabAndTheCaptionRowBeforeIt() {
        // Spanish: titles in one block, the "Párrafos"/"Página" columns in blocks of their own (as a table).
        let titles = [
            Self.line(["I.", "Introducción"], x: 71, y: 327, block: 1, flow: 0),
            Self.line(["II.", "Principales", "conclusiones"], x: 71, y: 341.5, block: 1, flow: 0),
            Self.line(["III.", "Segmento", "interactivo", "sobre", "la", "promoción", "de", "un", "enfoque", "amplio"], x: 71, y: 356, block: 1, flow: 0),
            Self.line(["de", "la", "migración", "internacional"], x: 71, y: 367.5, block: 1, flow: 0),
        ]
        let ranges = [
            Self.line(["Párrafos"], x: 430, y: 313, charWidth: 5, block: 2, flow: 1),
            Self.line(["1–7"], x: 440, y: 327, charWidth: 5, block: 2, flow: 1),
            Self.line(["8–22"], x: 440, y: 341.5, charWidth: 5, block: 2, flow: 1),
            Self.line(["23–29"], x: 440, y: 356, charWidth: 5, block: 2, flow: 1),
        ]
        let pages = [
            Self.line(["Página"], x: 490, y: 313, charWidth: 5, block: 3, flow: 2),
            Self.line(["3"], x: 500, y: 327, charWidth: 5, block: 3, flow: 2),
            Self.line(["4"], x: 500, y: 341.5, charWidth: 5, block: 3, flow: 2),
            Self.line(["7"], x: 500, y: 356, charWidth: 5, block: 3, flow: 2),
        ]
        let text = PDFGeometryReading.text([Self.page([Self.line(["Índice"], x: 71, y: 295, block: 0)] + titles + ranges + pages)])
        let lines = text.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.prefix(5) == ["Índice", "Párrafos\tPágina", "I. Introducción\t1–7\t3", "II. Principales conclusiones\t8–22\t4",
                                    "III. Segmento interactivo sobre la promoción de un enfoque amplio\t23–29\t7"])
        #expect(text.contains("amplio\t23–29\t7\nde la migración internacional\n"))
    }

    @Test func theBoundingBoxXHTMLIsReadWithItsEntitiesAndBrokenInputIsRefused() throws {
        let xhtml = """
        <!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>
        <doc>
          <page width="595.3" height="841.9">
            <flow>
              <block xMin="96.5" yMin="61.8" xMax="175.0" yMax="76.1">
                <line xMin="96.5" yMin="61.8" xMax="175.0" yMax="76.1">
                  <word xMin="96.5" yMin="61.8" xMax="133.0" yMax="76.1">R&amp;D&#160;&lt;x&gt;</word>
                  <word xMin="135.7" yMin="61.8" xMax="175.0" yMax="76.1">&#x4E2D;&quot;&apos;&bogus;</word>
                </line>
              </block>
            </flow>
          </page>
        </doc></body></html>
        """
        let pages = try #require(PDFBoundingBoxDocument.pages(Array(xhtml.utf8)))
        #expect(pages.count == 1)
        #expect(pages[0].lines.map { $0.words.map(\.text) } == [["R&D\u{A0}<x>", "中\"'&bogus;"]])
        #expect(pages[0].lines[0].box == PDFBox(xMin: 96.5, yMin: 61.8, xMax: 175.0, yMax: 76.1))
        #expect(PDFBoundingBoxDocument.pages(Array("Plain text, no boxes.".utf8)) == nil)
        #expect(PDFBoundingBoxDocument.pages(Array("<doc><page width=\"1\"><line xMin=\"1\"".utf8)) == nil)
        #expect(PDFBoundingBoxDocument.pages(Array("<doc><word xMin=\"1\" yMin=\"1\" xMax=\"2\" yMax=\"2\">x</word></doc>".utf8)) == nil)
    }
}
