import Foundation
import Testing
import ParityTestSupport
@testable import ParityCore

/// The segmenter rules lines out from their first scalars before it builds
/// their scalars (`ArticleLine.mayMatch`, `DivisionLine.mayMatch`,
/// `CaptionRecognizer.annexLabelMayStart`, `annexCaptionMayMatch`, `tableOfContentsColumnCaptionMayMatch`) and reads the first scalars with
/// `FoldedScalarReader`: a filter may let a line through that does not
/// match, never stop one that does. Checked on every line of the real and
/// constructed dev texts, and on constructed lines with marks, bidirectional
/// controls, odd white space and case.
@Suite struct LinePrefilterTests {
    /// Every line of the plain-text fixtures (hold-out sets left out) and the Spanish hearings text.
    static func lines() throws -> [[UInt8]] {
        var files: [URL] = [RepositoryPaths.root.appendingPathComponent("Sources-Texts/un-hearings-2006/es.txt")]
        let fixtures = RepositoryPaths.fixture("")
        let walker = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard ["txt", "md"].contains(url.pathExtension), !url.path.contains("holdout"), url.lastPathComponent != "SOURCE.txt" else { continue }
            files.append(url)
        }
        var lines: [[UInt8]] = []
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            guard String(validating: bytes, as: UTF8.self) != nil else { continue }
            lines += bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        }
        return lines
    }

    static let constructed: [String] = [
        "Article 5", "ARTICLE PREMIER", "**Article 2**", "#### Artículo 3", "  Article 4", "\u{200F}Article 6", "\u{00A0}Article 7",
        "Статья 2", "المادة ٤", "第五条", "第3条　見出し", "Artikel 2 – Titel", "Article 3 (Use of terms)",
        "CHAPTER II: PURPOSES AND PRINCIPLES", "Chapitre premier", "CAPÍTULO I", "ГЛАВА I", "الفصل الأول", "第一章", "PART I",
        "Section 2", "Goal 1. End poverty", "Objetivo 1.", "Цель 1.", "الهدف 1", "目标1.", "章 1", "部分", "Teil 2", "İSTANBUL",
        "Annex II", "ANNEXE", "Anexo", "Приложение", "المرفق الأول", "附件一", "  Annex", "\u{200E}Annex I", "enclosure",
        "Annex to the letter dated 5 May 2025 from the Permanent Representative", "ANNEX 1 - Comprehensive plan",
        "Приложение к вербальной ноте", "给秘书长的普通照会的附件", "给秘书长的普通照会的附件一", "… का अनुलग्नक",
        "Párrafos Página", "Paragraphs\tPage", "  Page", "Стр.", "段次 页次", "PAGES",
        "", " ", "*", "**  **", "\u{200F}", "C", "c", "Ch", "The Parties", "ǅ", "\u{0130}",
        "Annex I *", " Annex*", "ANNEX II**", "Anexo †", "附件一*", "APPENDIX\u{0301} B", "Anne\u{0301}xe 2", "A", "AN", "P",
        "Pièce jointe", "PIÈCE JOINTE 3", "Apêndice", "APÉNDICE IV", "Adjunto", "Enclosure to the note verbale of 3 May",
    ]

    @Test func readerGivesTheFoldedScalarsOfEveryLine() throws {
        var differing: [String] = []
        for line in try Self.lines() + Self.constructed.map { Array($0.utf8) } {
            var reader = FoldedScalarReader(line, 0, line.count)
            var read: [Unicode.Scalar] = []
            while let scalar = reader.next() { read.append(scalar) }
            if read != ScalarText.scalars(line, 0, line.count) { differing.append(String(decoding: line, as: UTF8.self)) }
        }
        #expect(differing.isEmpty)
    }

    @Test func filtersNeverStopALineThatMatches() throws {
        var stopped: [String] = []
        var articles = 0, divisions = 0, annexes = 0, ruledOut = 0, total = 0, captions = 0, columnCaptions = 0
        for line in try Self.lines() + Self.constructed.map { Array($0.utf8) } {
            let scalars = ScalarText.scalars(line, 0, line.count)
            let text = String(decoding: line, as: UTF8.self)
            total += 1
            let article = ArticleLine.match(scalars) != nil
            let division = DivisionLine.match(scalars) != nil
            let annex = CaptionRecognizer.annexLabel(ScalarText.string(scalars)) != nil
            let caption = scalars.count <= CaptionRecognizer.maximumCaptionLength
                && CaptionRecognizer.annexCaptionLabel(ScalarText.string(scalars)) != nil
            captions += caption ? 1 : 0
            let columns = CaptionRecognizer.isTableOfContentsColumnCaption(text)
            columnCaptions += columns ? 1 : 0
            if !CaptionRecognizer.tableOfContentsColumnCaptionMayMatch(line, 0, line.count), columns { stopped.append("columns: \(text)") }
            if !CaptionRecognizer.annexCaptionMayMatch(scalars), caption { stopped.append("caption: \(text)") }
            // The filters inside `annexCaptionLabel` and before `annexLabel` change no answer.
            if CaptionRecognizer.annexCaptionLabel(scalars: scalars) != CaptionRecognizer.annexCaptionLabel(scalars: scalars, filtering: false) {
                stopped.append("caption label: \(text)")
            }
            if !CaptionRecognizer.annexLabelMayMatch(scalars), annex { stopped.append("annex label: \(text)") }
            articles += article ? 1 : 0
            divisions += division ? 1 : 0
            annexes += annex ? 1 : 0
            if !ArticleLine.mayMatch(line, 0, line.count) {
                ruledOut += 1
                if article { stopped.append("article: \(text)") }
            }
            if !DivisionLine.mayMatch(line, 0, line.count), division { stopped.append("division: \(text)") }
            let first = ScalarText.firstScalar(line, 0, line.count)
            if let first, !CaptionRecognizer.annexLabelMayStart(first), annex { stopped.append("annex: \(text)") }
        }
        #expect(stopped.isEmpty)
        // The texts hold lines of each kind, and the filters do rule most lines out.
        #expect(articles >= 40)
        #expect(divisions >= 20)
        #expect(annexes >= 8)
        #expect(captions >= annexes)
        #expect(columnCaptions >= 4)
        #expect(ruledOut * 2 > total)
    }

    /// `MonthNameTable.mayStartFirstDayWord` never rules out a word that normalizes to a first-day word: every
    /// word of every fixture line, and the words in other cases, with tatweel and with a combining mark.
    @Test func firstDayWordFilterNeverStopsAFirstDayWord() throws {
        var words: [[Unicode.Scalar]] = []
        for line in try Self.lines() {
            let scalars = ScalarText.scalars(line, 0, line.count)
            words += scalars.split(whereSeparator: { !NumberTokenizer.isWordScalar($0) }).map(Array.init)
        }
        for word in ["premier", "Premier", "PREMIER", "Primero", "PRIMEIRO", "Primo", "PRIMER", "یکم", "پہلی", "पहली",
                     "\u{0640}یکم", "\u{064B}یکم", "P\u{0301}rimo", "\u{0130}lk", "Ǆ"] {
            words.append(Array(word.unicodeScalars))
        }
        var stopped: [String] = [], found = 0, ruledOut = 0
        for word in words where !word.isEmpty {
            let isFirstDayWord = MonthNameTable.firstDayWords.contains(NumberTokenizer.normalizedWord(word, 0..<word.count))
            found += isFirstDayWord ? 1 : 0
            if !MonthNameTable.mayStartFirstDayWord(word[0]) {
                ruledOut += 1
                if isFirstDayWord { stopped.append(ScalarText.string(word)) }
            }
        }
        #expect(stopped.isEmpty)
        #expect(found >= 10)
        #expect(ruledOut * 2 > words.count)
    }

    /// `EmptyBlockCheck.hasLetterOrDigit` on UTF-8 is the test on scalars it replaced (alphabetic or numeric), for
    /// every scalar to U+2FFFF between punctuation.
    @Test func letterOrDigitTestOnBytesIsThePropertyTest() {
        var differing: [UInt32] = []
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = String(String.UnicodeScalarView(["-", scalar, " "]))
            let expected = text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            if text.withUTF8(EmptyBlockCheck.hasLetterOrDigit) != expected { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    /// `TranslationCheck.sameLetters` on UTF-8 gives what the comparison on scalars it replaced gives, on every
    /// fixture line against itself, its upper case and the next line.
    @Test func sameLettersOnBytesIsTheScalarComparison() throws {
        func definition(_ a: String, _ b: String) -> Int? {
            func letters(_ text: String) -> [UInt32] {
                text.unicodeScalars.compactMap { scalar in
                    let v = scalar.value
                    if v < 0x80 {
                        if v >= 0x41 && v <= 0x5A { return v + 32 }
                        return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) ? v : nil
                    }
                    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? v : nil
                }
            }
            let x = letters(a), y = letters(b)
            return x == y ? x.count : nil
        }
        let texts = try Self.lines().map { String(decoding: $0, as: UTF8.self) } + Self.constructed
        var differing: [String] = []
        for (index, text) in texts.enumerated() {
            let next = texts[(index + 1) % texts.count]
            for other in [text, text.uppercased(), next] where TranslationCheck.sameLetters(text, other) != definition(text, other) {
                differing.append(text)
            }
        }
        #expect(differing.isEmpty)
    }

    @Test func scriptProfileCountsEveryScalarAsItsPropertiesSay() {
        var differing: [UInt32] = []
        for value in UInt32(0x80)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let profile = ScriptProfile(String(String.UnicodeScalarView(["a", scalar, "Z", scalar, "1"])))
            if profile.letters != 2 + (scalar.properties.isAlphabetic ? 2 : 0) { differing.append(value) }
        }
        #expect(differing.isEmpty)
        let mixed = ScriptProfile("CONSTRUCTED Приложение المرفق 附件 ÉMILE")
        #expect(mixed.counts == [.latin: 16, .cyrillic: 10, .arabic: 6, .han: 2])
    }

    /// The wrong-script check skips a block of a Latin-script version when
    /// its ASCII letters make 30 % of its bytes: never one whose profile
    /// shares less than 30 % Latin letters (checked on every fixture line and
    /// on constructed mixtures), and it does skip most lines of Latin text.
    @Test func asciiLetterPrefilterSkipsOnlyLatinText() throws {
        let mixtures = ["CONSTRUCTED Приложение к докладу", "CONSTRUCTED abc مرفق مرفق مرفق", "1, 2, 3 — 45/67", "", "日本語 abc 日本語",
                        "ÉÉÉÉÉÉÉÉÉÉ abc", "\u{00A0}\u{00A0}ab", "ab cd ef gh ij kl mn op qr", "Статья 5 (a) и (b)"]
        var wronglySkipped: [String] = []
        var skipped = 0, latinLines = 0
        for text in try Self.lines().map({ String(decoding: $0, as: UTF8.self) }) + mixtures {
            let profile = ScriptProfile(text)
            let skips = ScriptProfile.asciiLetterCount(text) * 10 >= 3 * text.utf8.count
            if skips && profile.share(of: .latin) < 0.3 { wronglySkipped.append(text) }
            if profile.letters >= 30 && profile.share(of: .latin) >= 0.9 {
                latinLines += 1
                skipped += skips ? 1 : 0
            }
        }
        #expect(wronglySkipped.isEmpty)
        #expect(skipped * 10 >= latinLines * 9)
        #expect(ScriptProfile.asciiLetterCount("CONSTRUCTED Приложение") == 11)
    }
}
