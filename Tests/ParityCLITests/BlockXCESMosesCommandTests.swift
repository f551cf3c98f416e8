import Foundation
import ParityTestSupport
import Testing

/// `parity align --format xces` and `--format moses` at block level on the
/// real UDHR (English pivot, French): file names and contents.
@Suite struct BlockXCESMosesCommandTests {
    static let english = "Sources-Texts/udhr/udhr_eng.xml"
    static let french = "Sources-Texts/udhr/udhr_fra.xml"

    @Test func mosesWritesOneLinkALinePerLanguage() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let base = files.directory.appendingPathComponent("udhr").path
        let run = try ParityExecutable.run(["align", Self.english, Self.french, "--format", "moses", "-o", base])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardError == "parity: wrote \(base).en\nparity: wrote \(base).fr\n")
        let source = try String(contentsOfFile: base + ".en", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let target = try String(contentsOfFile: base + ".fr", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        // 92 English blocks and 91 French: 91 links, all with text on both sides (pre7 and pre8 form one English line).
        #expect(source.count == 92 && source.last == "")
        #expect(target.count == 92 && target.last == "")
        #expect(Array(source.prefix(2)) == ["Universal Declaration of Human Rights", "Preamble"])
        #expect(Array(target.prefix(2)) == ["Déclaration universelle des droits de l’homme", "Préambule"])
        let article1 = try #require(source.firstIndex(of: "Article 1"))
        #expect(target[article1] == "Article premier")
        #expect(source[article1 + 1] == "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.")
        #expect(target[article1 + 1] == "Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit de fraternité.")
    }

    @Test func xcesIntoADirectoryIsNamedAfterThePivotFileAndCarriesSentences() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let directory = files.directory.appendingPathComponent("out").path + "/"
        let run = try ParityExecutable.run(["align", Self.english, Self.french, "--format", "xces", "-o", directory])
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["udhr_eng.en-fr.xml", "udhr_eng.en.xml", "udhr_eng.fr.xml"])
        let french = try String(contentsOfFile: directory + "udhr_eng.fr.xml", encoding: .utf8)
        #expect(french.contains("<s id=\"art1-p1.s2\">Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit de fraternité.</s>"))
        let links = try String(contentsOfFile: directory + "udhr_eng.en-fr.xml", encoding: .utf8)
        #expect(links.contains("<linkGrp targType=\"s\" fromDoc=\"udhr_eng.en.xml\" toDoc=\"udhr_eng.fr.xml\">"))
        #expect(links.contains("xtargets=\"art1-p1.s1 art1-p1.s2;art1-p1.s1 art1-p1.s2\" type=\"2-2\""))

        let named = try ParityExecutable.run(["align", Self.english, Self.french, "--format", "xces", "-o", directory + "udhr"])
        #expect(named.exitCode == 0, "\(named.standardError)")
        #expect(FileManager.default.fileExists(atPath: directory + "udhr.en-fr.xml"))
        #expect(FileManager.default.fileExists(atPath: directory + "udhr.fr.xml"))
    }
}
