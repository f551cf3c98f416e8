import Foundation
import ParityCore
import ParityXML
import Testing

/// TMX of the real six-way UDHR alignment.
@Suite struct TMXUDHRExportTests {
    @Test func realSixWayTMXIsValidAndCarriesEveryLinkWithTwoLanguages() throws {
        let content = try RealUDHRAlignment.make()
        let alignment = content.alignment
        let result = try TMXWriter(allLanguages: true, tuidPrefix: "udhr").write(content)
        #expect(result.warnings.isEmpty)
        #expect(try ExportTestFiles.dtdErrors(result.bytes, "tmx14.dtd").isEmpty)
        let document = try TMXReader().read(result.bytes, file: "udhr.tmx")
        let expected = alignment.links.filter { link in
            alignment.versions.indices.filter { !RealUDHRAlignment.segment(alignment, link, version: $0).isEmpty }.count >= 2
        }
        #expect(document.units.count == expected.count)
        #expect(Set(document.units.compactMap(\.id)).count == document.units.count)
        let codes = ["es", "en", "fr", "ru", "ar", "zh"]
        for (unit, link) in zip(document.units, expected) {
            for (version, code) in codes.enumerated() {
                let text = RealUDHRAlignment.segment(alignment, link, version: version)
                #expect(unit.text(language: code) == (text.isEmpty ? nil : text), "\(unit.id ?? "") \(code)")
            }
        }
        // Article 1's title in every language, from the files' facts.
        let articleOne = try #require(document.units.first { $0.id == "udhr:art1" })
        for (code, file) in zip(codes, RealUDHRAlignment.files) {
            #expect(articleOne.text(language: code) == UDHRFileFacts.all.first { $0.file == file }?.firstArticleTitle)
        }
        #expect(articleOne.property("x-number") == "1")
        #expect(articleOne.property("x-kind") == "article")
        // Every article title is one unit in all six languages.
        let articleUnits = document.units.filter { $0.property("x-kind") == "article" }
        #expect(articleUnits.compactMap(\.id) == (1...30).map { "udhr:art\($0)" })
        #expect(articleUnits.allSatisfy { $0.variants.map(\.language) == codes })
    }

    @Test(.enabled(if: TranslateToolkitRunner.isAvailable || TranslateToolkitRunner.isRequired))
    func realTMXReadByTranslateToolkitGivesTheSameUnitsAndTexts() throws {
        guard TranslateToolkitRunner.isAvailable else {
            Issue.record("CI=true but python3 cannot import translate-toolkit (pip install translate-toolkit)")
            return
        }
        let content = try RealUDHRAlignment.make()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-udhr-tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let regional = try TMXLanguageTags(parsing: "ar=ar-SA,zh=zh-CN")
        for writer in [TMXWriter(allLanguages: true), TMXWriter(), TMXWriter(pair: (.arabic, .chinese), languageTags: regional)] {
            let bytes = try writer.write(content).bytes
            let file = directory.appendingPathComponent("udhr.tmx")
            try Data(bytes).write(to: file)
            let ours = try TMXReader().read(bytes, file: "udhr.tmx")
            let theirs = try TranslateToolkitRunner.read(file)
            #expect(theirs.units.count == ours.units.count)
            #expect(theirs.units.map(\.id) == ours.units.map { $0.id ?? "" })
            let ourTexts = ours.units.map { Dictionary(uniqueKeysWithValues: $0.variants.map { ($0.language, $0.text) }) }
            #expect(theirs.units.map(\.languages) == ourTexts)
            #expect(theirs.sourceLanguage == ours.sourceLanguage)
        }
    }
}
