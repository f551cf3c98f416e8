import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// `parity align --level sentence` and `--one-per-line` run as a binary.
@Suite struct SentenceAlignCommandTests {
    private let english = "Sources-Texts/udhr/udhr_eng.xml"
    private let french = "Sources-Texts/udhr/udhr_fra.xml"

    /// A constructed English–French pair, one sentence a line, the French with one
    /// added sentence (long enough for its length to show that it stands alone).
    private func constructedPair(_ files: ConstructedFiles) throws -> (String, String) {
        let en = """
            The Assembly adopted resolution 60/227 on 23 December 2005.
            It decided to convene the dialogue in 2006.
            The Secretary-General will report on 15 March.
            Article 5 applies to all States.
            The meeting rose at 6 p.m.

            """
        let fr = """
            L'Assemblée a adopté la résolution 60/227 le 23 décembre 2005.
            Elle a décidé de convoquer le dialogue en 2006.
            Le Secrétaire général fera rapport le 15 mars.
            Cette phrase construite, ajoutée à la version française seulement, n'a aucun équivalent dans la version anglaise du texte.
            L'article 5 s'applique à tous les États.
            La séance est levée à 18 heures.

            """
        return (try files.write("constructed.en", Array(en.utf8)), try files.write("constructed.fr", Array(fr.utf8)))
    }

    @Test func onePerLineWritesBeadsAndScoresThemAgainstAGold() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let (en, fr) = try constructedPair(files)
        let gold = try files.write("constructed.gold", Array("[0]:[0]\n[1]:[1]\n[2]:[2]\n[]:[3]\n[3]:[4]\n[4]:[5]\n".utf8))
        let run = try ParityExecutable.run(["align", "--one-per-line", en, fr, "--lang", "en,fr", "--format", "beads", "--gold", gold])
        #expect(run.exitCode == 0)
        #expect(run.outputLines == ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[]:[3]", "[3]:[4]", "[4]:[5]"])
        #expect(run.standardError == "parity: strict P 1.000 R 1.000 F1 1.000; lax P 1.000 R 1.000 F1 1.000\n")
    }

    @Test func mosesWritesTwoFilesOfSentencePairs() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let (en, fr) = try constructedPair(files)
        let base = files.directory.appendingPathComponent("corpus").path
        let run = try ParityExecutable.run(["align", "--one-per-line", en, fr, "--lang", "en,fr", "--format", "moses", "-o", base])
        #expect(run.exitCode == 0)
        let source = try String(contentsOfFile: base + ".en", encoding: .utf8).split(separator: "\n")
        let target = try String(contentsOfFile: base + ".fr", encoding: .utf8).split(separator: "\n")
        #expect(source.count == 5)
        #expect(target.count == 5)
        #expect(target[3] == "L'article 5 s'applique à tous les États.")
    }

    @Test func sentenceLevelListingOfTheUDHRPairsSentencesInsideArticles() throws {
        let run = try ParityExecutable.run(["align", "--level", "sentence", english, french])
        #expect(run.exitCode == 0)
        let lines = run.outputLines
        #expect(lines.prefix(3) == ["\(english): 102 sentences (source)", "\(french): 101 sentences", "101 beads"])
        let article1 = try #require(lines.firstIndex { $0.contains("art1-p1.s2  They are endowed") })
        #expect(lines[article1 + 1].contains("art1-p1.s2  Ils sont doués de raison"))
    }

    /// A constructed variant of the Spanish Paris Agreement (made here, not a
    /// real text): the lines of five preambular clauses ("Poniendo de
    /// relieve…, Teniendo presentes…, Teniendo en cuenta…, Reconociendo…,
    /// Teniendo presente…") are joined into one line, so that one Spanish
    /// block (u9) stands for five English paragraphs (u9 "Emphasizing…" to
    /// u13 "Recognizing the importance of the conservation…") and the block
    /// aligner leaves it unpaired. Sentences are then aligned across the
    /// unsure links: u9 pairs with English sentences of u9…u13 only.
    @Test func anUnpairedBlockIsAlignedAcrossTheUnsureLinks() throws {
        let real = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Tests/Fixtures/real/paris-agreement/es.md"), encoding: .utf8)
        var lines = real.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("Poniendo de relieve") })
        let next = try #require(lines.firstIndex { $0.hasPrefix("Observando la importancia") })
        lines[first..<next] = [lines[first..<next].joined(separator: " ")]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parity-unsure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let joined = directory.appendingPathComponent("paris-joined-clauses.constructed.es.md")
        try lines.joined(separator: "\n").write(to: joined, atomically: true, encoding: .utf8)

        let blocks = try ParityExecutable.run(["align", joined.path, "Tests/Fixtures/real/paris-agreement/en.txt"])
        let unpaired = try #require(blocks.outputLines.firstIndex { $0.contains("es  u9  Poniendo de relieve") })
        #expect(blocks.outputLines[unpaired + 1].trimmingCharacters(in: .whitespaces) == "en  —")

        let run = try ParityExecutable.run(["align", "--level", "sentence", joined.path, "Tests/Fixtures/real/paris-agreement/en.txt"])
        #expect(run.exitCode == 0)
        let output = run.outputLines
        let spanish = try #require(output.firstIndex { $0.contains("u9.s1  Poniendo de relieve") })
        let english = output[spanish + 1].split(separator: " ", omittingEmptySubsequences: true)
        #expect(english.count > 2, "u9 has an English counterpart")
        let ids = english[1].split(separator: "+").map(String.init)
        #expect(!ids.isEmpty && ids.allSatisfy { ["u9.s1", "u10.s1", "u11.s1", "u12.s1", "u13.s1"].contains($0) }, "\(ids)")
    }

    @Test func sentenceLevelTMXHasSegtypeSentence() throws {
        let run = try ParityExecutable.run(["align", "--level", "sentence", english, french, "--format", "tmx"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.contains("segtype=\"sentence\""))
        #expect(run.standardOutput.components(separatedBy: "<tu ").count - 1 == 101)
    }

    @Test func pairChoosesTheVersionOfASentenceTMX() throws {
        let spanish = "Sources-Texts/udhr/udhr_spa.xml"
        let run = try ParityExecutable.run(["align", "--level", "sentence", english, french, spanish, "--format", "tmx", "--pair", "en,es"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.contains("<tuv xml:lang=\"es\">"))
        #expect(!run.standardOutput.contains("<tuv xml:lang=\"fr\">"))
        let wrong = try ParityExecutable.run(["align", "--level", "sentence", english, french, "--format", "tmx", "--pair", "fr,en"])
        #expect(wrong.exitCode == 2)
        #expect(wrong.standardError == "parity: error: --pair at --level sentence names the pivot's language and another version's (en,fr)\nSee 'parity align --help'.\n")
    }

    @Test func badUsageAndBadFilesGiveOneLineAndExitTwo() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let (en, fr) = try constructedPair(files)
        let badGold = try files.write("bad.gold", Array("[0]:[0]\n0:0\n".utf8))
        let badLexicon = try files.write("bad.lex", Array("cat\tgato\nno separator here\n".utf8))
        let cases: [([String], String)] = [
            (["align", "--one-per-line", en, fr, "--gold", badGold], "parity: \(badGold): line 2: not a bead '[i, …]:[j, …]'\n"),
            (["align", "--one-per-line", en, fr, "--lexicon", badLexicon],
             "parity: \(badLexicon): line 2: not a word pair 'source<TAB>target' or 'source @ target'\n"),
            (["align", "--one-per-line", en, fr, en], "parity: error: --one-per-line aligns exactly two files\nSee 'parity align --help'.\n"),
        ]
        for (arguments, message) in cases {
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 2)
            #expect(run.standardError == message)
            #expect(run.standardOutput == "")
        }
        for arguments in [["align", english, french, "--format", "beads"], ["align", "--one-per-line", en, fr, "--format", "moses"]] {
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 2)
            #expect(run.standardError.split(separator: "\n").count >= 1)
        }
    }
}
