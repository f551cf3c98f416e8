import Foundation
import ParityCore
@testable import ParityXML
import Testing

/// What CAT tools read from Parity's TMX besides the text: dates in TMX's
/// format, mapped language tags, tuids that stay unique when memories are
/// merged, three-decimal confidences and an honest `segtype`.
@Suite struct TMXCATConventionsTests {
    private static let date = TMXDate(secondsSince1970: 1_795_996_800)

    @Test func datesAreWrittenInTMXFormatInUTC() {
        #expect(TMXDate(secondsSince1970: 0).text == "19700101T000000Z")
        #expect(TMXDate(secondsSince1970: 1_795_996_800).text == "20261130T000000Z")
        #expect(TMXDate(secondsSince1970: 951_868_799).text == "20000229T235959Z")  // leap day, last second
        #expect(TMXDate(secondsSince1970: 4_107_542_400).text == "21000301T000000Z")  // 2100 is no leap year
        #expect(TMXDate(secondsSince1970: TMXDate.latestSecondsSince1970).text == "99991231T235959Z")
        #expect(TMXDate(secondsSince1970: -5).text == "19700101T000000Z")
    }

    @Test func sourceDateEpochMustBeDecimalSeconds() {
        #expect(TMXDate(sourceDateEpoch: "1795996800")?.text == "20261130T000000Z")
        #expect(TMXDate(sourceDateEpoch: "0")?.secondsSince1970 == 0)
        for bad in ["", "-1", " 1", "1 ", "+1", "1e9", "0x10", "17959968OO", "253402300800", "99999999999999999999"] {
            #expect(TMXDate(sourceDateEpoch: bad) == nil, "\(bad)")
        }
    }

    @Test func confidenceHasThreeDecimals() {
        #expect(TMXWriter.confidenceText(0.8671782096491305) == "0.867")
        #expect(TMXWriter.confidenceText(0.9800422666848337) == "0.980")
        #expect(TMXWriter.confidenceText(1) == "1.000")
        #expect(TMXWriter.confidenceText(0) == "0.000")
        #expect(TMXWriter.confidenceText(0.0005) == "0.001")
        #expect(TMXWriter.confidenceText(0.9996) == "1.000")
        #expect(TMXWriter.confidenceText(1.7) == "1.000")
        #expect(TMXWriter.confidenceText(.nan) == "0.000")
    }

    @Test func languageTagMappingsAreReadWithConventionalCase() throws {
        let tags = try TMXLanguageTags(parsing: "es=es-es, zh=zh-hans,en=EN_gb")
        #expect(tags.tag(for: .spanish) == "es-ES")
        #expect(tags.tag(for: .chinese) == "zh-Hans")
        #expect(tags.tag(for: .english) == "en-GB")
        #expect(tags.tag(for: .french) == "fr")
        #expect(TMXLanguageTags.conventionalCase("sr-latn-rs-x-private") == "sr-Latn-RS-x-private")
    }

    @Test func languageTagMappingErrorsNameTheEntry() {
        func problem(_ text: String) -> String? {
            do {
                _ = try TMXLanguageTags(parsing: text)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(problem("es") == "'es' is not of the form code=tag (e.g. es=es-ES)")
        #expect(problem("es=") == "'es=' is not of the form code=tag (e.g. es=es-ES)")
        #expect(problem("es=fr-FR") == "'es=fr-FR': fr-FR is not a tag of the language es")
        #expect(problem("es=es-ES,es=es-MX") == "'es=es-MX': es is mapped twice")
        #expect(problem("es=es-ES,") == "'' is not of the form code=tag (e.g. es=es-ES)")
        #expect(problem("es=es--ES")?.hasPrefix("'es=es--ES': ") == true)
    }

    @Test func constructedTMXWithRegionalTagsIsValidAndReadsBackAsOurLanguages() throws {
        let tags = try TMXLanguageTags(parsing: "es=es-ES,fr=fr-FR")
        let result = try TMXWriter(allLanguages: true, date: Self.date, languageTags: tags).write(ConstructedAlignments.threeWay())
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
        let document = try TMXReader().read(result.bytes, file: "regional.tmx")
        #expect(document.sourceLanguage == "es-ES")
        #expect(document.units[3].variants.map(\.language) == ["es-ES", "en", "fr-FR"])
        let text = String(decoding: result.bytes, as: UTF8.self)
        #expect(text.contains("<prop type=\"x-source-name\" xml:lang=\"fr-FR\">constructed-fr.txt</prop>"))
        // Read back, the regional tags are Parity's languages again (es-ES is es).
        let alignment = TMXAlignmentBuilder().alignment(from: document, file: "regional.tmx")
        #expect(alignment.versions.map(\.language) == [.spanish, .english, .french])
    }

    @Test func everyUnitCarriesTheDateAndOnlyUnitsJoiningBlocksAreBlocks() throws {
        let result = try TMXWriter(allLanguages: true, date: Self.date).write(ConstructedAlignments.threeWay())
        let text = String(decoding: result.bytes, as: UTF8.self)
        let starts = text.split(separator: "\n").filter { $0.contains("<tu ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(starts == [
            "<tu tuid=\"A/00/000:meta-symbol\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">",
            "<tu tuid=\"A/00/000:toc-I\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">",
            "<tu tuid=\"A/00/000:h-I\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">",
            "<tu tuid=\"A/00/000:p1\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">",
            // French splits paragraph 2 into two blocks: the unit is more than one paragraph.
            "<tu tuid=\"A/00/000:p2\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\" segtype=\"block\">",
            "<tu tuid=\"A/00/000:en:u1\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">",
            "<tu tuid=\"A/00/000:fn1\" creationdate=\"20261130T000000Z\" changedate=\"20261130T000000Z\">",
        ])
        #expect(text.contains("segtype=\"paragraph\""))
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
    }

    /// Two memories of the same text with different pivots share every block
    /// id; the prefix (the pivot's file name when there is no symbol, or the
    /// set name given) keeps their tuids apart when they are merged.
    @Test func realUDHRMemoriesOfDifferentPivotsHaveDisjointTuids() throws {
        let content = try RealUDHRAlignment.make()
        var english = content
        english.alignment.pivot = 1
        let spanishIDs = try TMXReader().read(TMXWriter(date: Self.date).write(content).bytes, file: "es.tmx").units.compactMap(\.id)
        let englishIDs = try TMXReader().read(TMXWriter(date: Self.date).write(english).bytes, file: "en.tmx").units.compactMap(\.id)
        #expect(spanishIDs.contains("udhr_spa:art1"))
        #expect(englishIDs.contains("udhr_eng:art1"))
        #expect(Set(spanishIDs).isDisjoint(with: englishIDs))
        let named = try TMXReader().read(TMXWriter(tuidPrefix: "udhr-2", date: Self.date).write(content).bytes, file: "n.tmx")
        #expect(named.units.allSatisfy { $0.id?.hasPrefix("udhr-2:") == true })
    }
}
