import Foundation
import Testing
@testable import ParityCore
import ParityTestSupport

/// Number reading in languages without hand tables, from CLDR
/// (``CLDRLanguageTables``): clean constructed pairs give no number error or
/// warning, injected defects are found, and each reader path (own-language
/// months, month abbreviations with their point, elided prepositions, scale
/// words, lakh and crore compounds, number words) reads what it should.
@Suite struct ConstructedCLDRNumberTests {
    private func keys(_ text: String, code: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.comparisonKey)
    }

    private func document(_ code: String, _ paragraphs: [String]) -> Document {
        ConstructedNumberCorpusTests.document(code, paragraphs)
    }

    /// Every clean pair of ``ConstructedCLDRNumberCorpus``, checked as two
    /// documents: no number error or warning in any language.
    @Test func constructedCLDRCleanPairsHaveNoNumberErrorOrWarning() {
        var falseFindings: [String: [String]] = [:], infos: [String: [String]] = [:]
        for pair in ConstructedCLDRNumberCorpus.pairs {
            let found = ConstructedNumberCorpusTests.numberFindings(document(pair.referenceCode, pair.paragraphs.map(\.1)),
                                                                    document(pair.code, pair.paragraphs.map(\.0)))
            falseFindings[pair.code] = found.filter { $0.severity >= .warning }.map(\.message)
            infos[pair.code] = found.filter { $0.severity == .info }.map(\.message)
        }
        let codes = ConstructedCLDRNumberCorpus.pairs.map(\.code)
        #expect(falseFindings == Dictionary(uniqueKeysWithValues: codes.map { ($0, [String]()) }))
        print("CLDR clean pairs, number findings as info:", infos)
    }

    /// The values of each clean paragraph are the values of its reference: nothing
    /// is left unread on either side (a figure read in one version only would
    /// still be a finding, at least info).
    @Test func constructedCLDRCleanPairsReadTheSameValues() {
        var differing: [String] = []
        for pair in ConstructedCLDRNumberCorpus.pairs {
            for (text, reference) in pair.paragraphs {
                let mine = Set(keys(text, code: pair.code)), theirs = Set(keys(reference, code: pair.referenceCode))
                if mine != theirs { differing.append("\(pair.code): \(mine.sorted()) vs \(theirs.sorted())") }
            }
        }
        #expect(differing == [])
    }

    /// Defects injected into the Afrikaans and Belarusian paragraphs (a digit,
    /// the decimal separator, a day or year changed; a figure dropped) are
    /// found at their block: an error for a changed value, a warning for a
    /// dropped one (info for a whole figure below 1 000, which a language
    /// without a hand table may write in words no table holds).
    @Test func constructedCLDRInjectedDefectsAreFound() {
        var injected = 0, found = 0
        var missed: [String] = []
        for pair in ConstructedCLDRNumberCorpus.pairs where ["af", "be"].contains(pair.code) {
            let reference = document(pair.referenceCode, pair.paragraphs.map(\.1))
            let clean = pair.paragraphs.map(\.0)
            let injector = NumberDefectInjector(languageCode: pair.code)
            for (index, text) in clean.enumerated() {
                for defect in [NumberDefect.changedDigit, .movedDecimalSeparator, .changedDayOrYear, .droppedFigure] {
                    for occurrence in 0..<4 {
                        guard let (changed, value) = injector.inject(defect, into: text, occurrence: occurrence) else { break }
                        injected += 1
                        var paragraphs = clean
                        paragraphs[index] = changed
                        // A dropped whole figure below 1 000 may be written in words the version's language has no
                        // table for (ordinals, inflected cardinals): info (``UnreadFigureExplanation``).
                        let wholeBelowThousand = [.number, .ordinal].contains(value.kind) && (Int(value.canonical) ?? 1000) < 1000
                        let severity: Severity = defect != .droppedFigure ? .error : wholeBelowThousand ? .info : .warning
                        let findings = ConstructedNumberCorpusTests.numberFindings(reference, document(pair.code, paragraphs))
                        let atBlock = findings.filter { finding in
                            finding.severity == severity && finding.locations.contains { $0.version == 1 && $0.blockIDs.contains("p\(index + 1)") }
                        }
                        if atBlock.isEmpty || findings.count != atBlock.count {
                            missed.append("\(pair.code) \(defect) p\(index + 1) \(value.written): \(findings.map { "\($0.severity) \($0.message)" })")
                        } else {
                            found += 1
                        }
                    }
                }
            }
        }
        print("CLDR number defects found/injected (af, be):", "\(found)/\(injected)")
        #expect(missed == [])
        #expect(injected >= 40)
    }

    /// A month word is read by the text's own language: `listopad` is
    /// November in Polish and Czech, October in Croatian; a CLDR month of
    /// another language is no month.
    @Test func constructedOwnLanguageMonths() {
        #expect(keys("dne 30. listopadu 2026", code: "cs") == ["date:2026-11-30"])
        #expect(keys("dnia 30 listopada 2026 r.", code: "pl") == ["date:2026-11-30"])
        #expect(keys("dana 30. listopada 2026.", code: "hr") == ["date:2026-10-30"])
        // Croatian nominative, Polish nominative (standalone forms).
        #expect(keys("listopad 2026.", code: "hr") == ["date:2026-10"])
        #expect(keys("listopad 2026", code: "pl") == ["date:2026-11"])
        // Galician and Afrikaans months; `xuño` is no month in Polish.
        #expect(keys("o 14 de xuño de 2024", code: "gl") == ["date:2024-06-14"])
        #expect(keys("op 2 Mei 2019", code: "af") == ["date:2019-05-02"])
        #expect(keys("14 xuño 2024", code: "pl") == ["number:14", "number:2024"])
        // Belarusian genitive and Azerbaijani months.
        #expect(keys("10 снежня 1948 года", code: "be") == ["date:1948-12-10"])
        #expect(keys("25 sentyabr 2015-ci il", code: "az") == ["date:2015-09-25"])
        // Punjabi and Bengali months (CLDR), Gurmukhi and Bengali digits.
        #expect(keys("੨੫ ਸਤੰਬਰ ੨੦੧੫", code: "pa") == ["date:2015-09-25"])
        #expect(keys("১০ ডিসেম্বর ১৯৪৮", code: "bn") == ["date:1948-12-10"])
        // Hand tables still read in every language (an English month in a Polish text).
        #expect(keys("30 November 2026", code: "pl") == ["date:2026-11-30"])
    }

    /// Abbreviations that CLDR writes with a point are months only with it;
    /// prepositions elided before a month (`d’abril`, Occitan) are read through.
    @Test func constructedMonthAbbreviationsAndElidedPrepositions() {
        #expect(keys("op 15 Mrt. 2026", code: "af") == ["date:2026-03-15"])
        #expect(keys("op 15 Mrt 2026", code: "af") == ["number:15", "number:2026"])
        #expect(keys("lo 1 d’abril de 2026", code: "oc") == ["date:2026-04-01"])
        #expect(keys("lo 1 d'agost de 2026", code: "oc") == ["date:2026-08-01"])
        #expect(keys("lo 3 de genièr de 2026", code: "oc") == ["date:2026-01-03"])
    }

    /// Scale words from CLDR spell-out rules, with the decimal comma of the language.
    @Test func constructedCLDRScaleWords() {
        #expect(keys("100 miljard dollar", code: "af") == ["number:100000000000"])
        #expect(keys("4,5 miljoen mense", code: "af") == ["number:4500000"])
        #expect(keys("4,2 milyon qaçqın", code: "az") == ["number:4200000"])
        #expect(keys("100 мільярдаў", code: "be") == ["number:100000000000"])
        #expect(keys("2,5 miliardy", code: "cs") == ["number:2500000000"])
        #expect(keys("3 millioner", code: "da") == ["number:3000000"])
        // Danish `billion` is 10^12 (long scale), not the English 10^9.
        #expect(keys("2 billioner", code: "da") == ["number:2000000000000"])
        #expect(keys("2 billion", code: "en") == ["number:2000000000"])
    }

    /// Lakh and crore (CLDR in Hindi and Gujarati; by hand in Punjabi and
    /// Bengali, whose CLDR spell-out is English), alone and in compounds: a
    /// figure with a smaller scale word adds to the amount before it.
    @Test func constructedLakhAndCroreCompounds() {
        #expect(keys("७ करोड़ ५० लाख", code: "hi") == ["number:75000000"])
        #expect(keys("2 ਕਰੋੜ 40 ਲੱਖ ਰੁਪਏ", code: "pa") == ["number:24000000"])
        #expect(keys("39 ਲੱਖ", code: "pa") == ["number:3900000"])
        #expect(keys("৩২ লাখ", code: "bn") == ["number:3200000"])
        #expect(keys("৭৫০ কোটি", code: "bn") == ["number:7500000000"])
        #expect(keys("১.৮ হাজার", code: "bn") == ["number:1800"])
        #expect(keys("૩ કરોડ ૫ લાખ", code: "gu") == ["number:30500000"])
        #expect(keys("२ अरब ३० करोड़", code: "hi") == ["number:2300000000"])
        // Not an addend: a figure as large as the ratio of the scales, or a larger scale after a smaller.
        #expect(keys("२ करोड़ १०० लाख", code: "hi") == ["number:20000000", "number:10000000"])
        #expect(keys("५ लाख २ करोड़", code: "hi") == ["number:500000", "number:20000000"])
        // Any language: 2 million 400 thousand.
        #expect(keys("2 million 400 thousand", code: "en") == ["number:2400000"])
    }

    /// Number words from CLDR: cardinals of ten or more are figures; a word
    /// of one or two letters (`on`, Azerbaijani ten) only accounts for one.
    @Test func constructedCLDRNumberWords() {
        let afrikaans = NumberExtractor(languageCode: "af").spelledNumbers("die Raad van vyftien lede en twee state")
        #expect(afrikaans.map(\.value) == [15, 2])
        #expect(afrikaans.map(\.isCounting) == [true, true])
        let azerbaijani = NumberExtractor(languageCode: "az").spelledNumbers("on beş üzv və on iki tövsiyə")
        #expect(azerbaijani.map(\.value) == [15, 12])
        #expect(azerbaijani.map(\.isCounting) == [false, false])
        let belarusian = NumberExtractor(languageCode: "be").spelledNumbers("дванаццаць рэкамендацый")
        #expect(belarusian.map(\.value) == [12])
    }

    /// The generated table is what this machine's CLDR gives: the standalone
    /// and format month names of every language with months in the table
    /// (the record also holds the months of the language's other scripts, `sr_Latn`).
    /// (`swift scripts/generate-cldr-tables.swift --check` compares the whole file; run it after a toolchain change.)
    @Test func constructedCLDRTableMatchesFoundationMonths() {
        var differing: [String] = []
        for code in CLDRLanguageTables.languages {
            let data = CLDRLanguageData(CLDRLanguageTables.record(code)!)
            guard data.months.count == 12 else { continue }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: code)
            for (index, name) in formatter.standaloneMonthSymbols.enumerated() {
                let form = name.lowercased(with: Locale(identifier: code))
                let last = form.split(separator: " ").last.map(String.init) ?? form
                let bare = last.split(whereSeparator: { $0 == "’" || $0 == "'" }).last.map(String.init) ?? last
                // A month of two words whose last word ends another month too is kept whole (Irish `meán fómhair`).
                if !data.months[index].contains(bare), !data.months[index].contains(form) { differing.append("\(code) \(index + 1) \(bare)") }
            }
        }
        #expect(differing == [])
        #expect(CLDRLanguageTables.languages.count > 150)
    }
}
