import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// `RomanceKinLanguages.scores` compares words by their packed UTF-8 bytes
/// and keeps a word's last scalars instead of making a `String` a word; the
/// definition it replaced (a `String` per word, looked up in a dictionary and
/// a set) is kept here and both must give the same points on every fixture
/// text (hold-out sets left out) and on constructed texts with upper-case
/// accented letters, multi-scalar lower-case mappings (`İ`), letters beyond
/// the Basic Multilingual Plane, marks and words longer than eight bytes.
@Suite struct RomanceKinScoresTests {
    /// The scoring as it was written before, word by word in strings.
    static func definition(_ scalars: [Unicode.Scalar], checkingRomanceShare: Bool = true) -> [Int] {
        let profiles = RomanceKinLanguages.profiles
        var owners: [String: Int] = [:]
        var shared: Set<String> = []
        for (index, profile) in profiles.enumerated() {
            for word in profile.words {
                if owners[word] != nil { shared.insert(word) } else { owners[word] = index }
            }
        }
        for word in shared { owners[word] = nil }
        let consonantUProfile = profiles.firstIndex { $0.consonantU }
        let endings = profiles.enumerated().compactMap { index, profile in profile.ending.map { (Array($0.unicodeScalars), index) } }
        var scores = [Int](repeating: 0, count: profiles.count)
        var word = String.UnicodeScalarView()
        var words = 0, romance = 0
        func flush() {
            guard !word.isEmpty else { return }
            words += 1
            let text = String(word)
            if let owner = owners[text] { scores[owner] += 1 }
            if RomanceKinLanguages.romanceWords.contains(text) { romance += 1 }
            for (ending, owner) in endings where word.count > ending.count + 2 && word.reversed().starts(with: ending.reversed()) {
                scores[owner] += 1
            }
            if let consonantUProfile, word.count >= 3, word.last == "u", let before = word.dropLast().last,
               before.isASCII, !"aeiouy".unicodeScalars.contains(before), before.properties.isAlphabetic {
                scores[consonantUProfile] += 1
            }
            word = String.UnicodeScalarView()
        }
        for scalar in scalars {
            if words >= RomanceKinLanguages.wordLimit { break }
            if scalar.properties.isAlphabetic {
                if scalar.properties.isUppercase {
                    word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    word.append(scalar)
                }
            } else {
                flush()
            }
        }
        flush()
        return !checkingRomanceShare || romance * RomanceKinLanguages.romanceShare >= words ? scores : [Int](repeating: 0, count: profiles.count)
    }

    /// Every plain-text fixture (hold-out sets left out) and the hearings text.
    static func texts() throws -> [(String, [UInt8])] {
        var files: [URL] = [RepositoryPaths.root.appendingPathComponent("Sources-Texts/un-hearings-2006/es.txt")]
        let walker = FileManager.default.enumerator(at: RepositoryPaths.fixture(""), includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard ["txt", "md", "de", "fr"].contains(url.pathExtension), !url.path.contains("holdout"), url.lastPathComponent != "SOURCE.txt" else { continue }
            files.append(url)
        }
        return try files.compactMap { file in
            let bytes = [UInt8](try Data(contentsOf: file))
            return String(validating: bytes, as: UTF8.self) == nil ? nil : (file.lastPathComponent, bytes)
        }
    }

    @Test func scoresAsTheDefinitionOnEveryFixtureText() throws {
        let texts = try Self.texts()
        #expect(texts.count > 300)
        for (name, bytes) in texts {
            let scalars = ScalarText.scalars(bytes, 0, bytes.count)
            for checking in [true, false] {
                #expect(RomanceKinLanguages.scores(scalars, checkingRomanceShare: checking) == Self.definition(scalars, checkingRomanceShare: checking), "\(name)")
            }
        }
    }

    @Test func scoresAsTheDefinitionOnConstructedWords() {
        let pieces = ["las", "LAS", "Las", "TAMBIÉN", "también", "Também", "NÃO", "não", "ÉS", "és", "unha", "UNHA", "Nacións",
                      "NACIÓNS", "resolucións", "óns", "conveniu", "CONVENIU", "trabayu", "acuerdu", "llu", "ayu", "bdu", "ñu", "dÑu",
                      "İ", "İlas", "lasİ", "K", "\u{212A}u", "ǅu", "ǆ", "ﬀu", "Straße", "𐐀𐐀u", "𐐨las", "e\u{301}s", "tambie\u{301}n",
                      "aquesta", "AQUESTA", "aquestaa", "dúas", "DÚAS", "pela", "les", "los", "de", "que", "el", "y", "ye", "pa",
                      "Ωu", "Привет", "中文", "u", "uu", "xu", "cu", "123", "-", " ", "\n", ",", "l'", "d’", "\u{0345}u", "bॅu"]
        var generator = SplitMix64(seed: 12)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(1 + Int(generator.next() % 60)) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 3 != 0 { text += [" ", ", ", "\n", "-", ""][Int(generator.next() % 5)] }
            }
            let scalars = Array(text.unicodeScalars)
            for checking in [true, false] {
                #expect(RomanceKinLanguages.scores(scalars, checkingRomanceShare: checking) == Self.definition(scalars, checkingRomanceShare: checking), "\(text)")
            }
        }
    }
}
