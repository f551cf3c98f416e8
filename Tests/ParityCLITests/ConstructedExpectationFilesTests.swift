import Foundation
import ParityTestSupport
import Testing

/// Every `.expect` and `.pair.expect` file under
/// `Tests/Fixtures/constructed-documents` — development and hold-out sets
/// alike — is well formed (docs/expectations.md): it parses, uses known
/// keys, names a document that exists, and writes its scopes and lists in
/// the documented form. Only the files are read: no document is outlined or
/// checked here, so the hold-out sets stay untouched by Parity's results.
@Suite struct ConstructedExpectationFilesTests {
    static let folder = RepositoryPaths.fixture("constructed-documents")
    /// The `type:` values docs/expectations.md lists.
    static let types: Set<String> = ["report", "resolution", "treaty", "decimal-annex", "summary-record", "verbatim-record",
                                     "letter", "note-verbale", "agenda", "declaration"]
    /// Units that open a numbering scope (`@annex I art 2`, `@annex - goal 1`).
    static let scopeKinds: Set<String> = ["annex", "art", "goal", "ch", "part", "section"]

    /// Every file under the constructed-documents folders, with its path relative to that folder.
    static func files() -> [(url: URL, relative: String)] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [(URL, String)] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            found.append((url, String(url.path.dropFirst(folder.path.count + 1))))
        }
        return found.sorted { $0.1 < $1.1 }
    }

    static func isPair(_ url: URL) -> Bool { url.lastPathComponent.hasSuffix(".pair.expect") }

    /// Latin suffixes of an inserted unit's label (`art 2 bis`, docs/expectations.md).
    static let insertedSuffixes: Set<String> = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"]

    /// What is wrong with a scope (`annex I art 2`, `art 2 bis`): kinds and labels
    /// alternate, kinds are known; a label may carry an inserted unit's suffix.
    static func scopeProblem(_ scope: String) -> String? {
        let words = scope.split(separator: " ").map(String.init)
        var index = 0
        while index < words.count {
            guard scopeKinds.contains(words[index]) else { return "scope '\(scope)' has unknown kind '\(words[index])'" }
            guard index + 1 < words.count else { return "scope '\(scope)' is not kind-label pairs" }
            index += 2
            if index < words.count, insertedSuffixes.contains(words[index]) { index += 1 }
        }
        return nil
    }

    @Test func holdoutSettingsChooseTheirFolders() {
        #expect(ExpectationFolders.holdouts(nil) == [])
        #expect(ExpectationFolders.holdouts("1") == ["constructed-documents/holdout"])
        #expect(ExpectationFolders.holdouts("2") == ["constructed-documents/holdout-2"])
        #expect(ExpectationFolders.holdouts("3") == ["constructed-documents/holdout-3"])
        #expect(ExpectationFolders.holdouts("4") == ["constructed-documents/holdout-4"])
        #expect(ExpectationFolders.holdouts("5") == ["constructed-documents/holdout-5"])
        #expect(ExpectationFolders.holdouts("6") == ["constructed-documents/holdout-6"])
        #expect(ExpectationFolders.holdouts("7") == ["constructed-documents/holdout-7"])
        #expect(ExpectationFolders.holdouts("8") == ["constructed-documents/holdout-8"])
        #expect(ExpectationFolders.holdouts("9") == ["constructed-documents/holdout-9"])
        #expect(ExpectationFolders.holdouts("10") == ["constructed-documents/holdout-10"])
        #expect(ExpectationFolders.holdouts("11") == ["constructed-documents/holdout-11"])
        #expect(ExpectationFolders.holdouts("12") == ["constructed-documents/holdout-12"])
        #expect(ExpectationFolders.holdouts("13") == ["constructed-documents/holdout-13"])
        #expect(ExpectationFolders.holdouts("14") == ["constructed-documents/holdout-14"])
        #expect(ExpectationFolders.holdouts("15") == ["constructed-documents/holdout-15"])
        #expect(ExpectationFolders.holdouts("16") == ["constructed-documents/holdout-16"])
        #expect(ExpectationFolders.holdouts("17") == ["constructed-documents/holdout-17"])
        #expect(ExpectationFolders.holdouts("18") == ["constructed-documents/holdout-18"])
        #expect(ExpectationFolders.holdouts("19") == ["constructed-documents/holdout-19"])
        #expect(ExpectationFolders.holdouts("20") == ["constructed-documents/holdout-20"])
        #expect(ExpectationFolders.holdouts("21") == ["constructed-documents/holdout-21"])
        #expect(ExpectationFolders.holdouts("22") == ["constructed-documents/holdout-22"])
        #expect(ExpectationFolders.holdouts("23") == ["constructed-documents/holdout-23"])
        #expect(ExpectationFolders.holdouts("24") == ["constructed-documents/holdout-24"])
        #expect(ExpectationFolders.holdouts("25") == ["constructed-documents/holdout-25"])
        #expect(ExpectationFolders.holdouts("26") == ["constructed-documents/holdout-26"])
        #expect(ExpectationFolders.holdouts("27") == ["constructed-documents/holdout-27"])
        #expect(ExpectationFolders.holdouts("28") == ["constructed-documents/holdout-28"])
        #expect(ExpectationFolders.holdouts("29") == ["constructed-documents/holdout-29"])
        #expect(ExpectationFolders.holdouts("30") == ["constructed-documents/holdout-30"])
        #expect(ExpectationFolders.holdouts("31") == ["constructed-documents/holdout-31"])
        #expect(ExpectationFolders.holdouts("32") == ["constructed-documents/holdout-32"])
        #expect(ExpectationFolders.holdouts("33") == ["constructed-documents/holdout-33"])
        #expect(ExpectationFolders.holdouts("34") == ["constructed-documents/holdout-34"])
        #expect(ExpectationFolders.holdouts("35") == ["constructed-documents/holdout-35"])
        #expect(ExpectationFolders.holdouts("36") == ["constructed-documents/holdout-36"])
        #expect(ExpectationFolders.holdouts("37") == ["constructed-documents/holdout-37"])
        #expect(ExpectationFolders.holdouts("38") == ["constructed-documents/holdout-38"])
        #expect(ExpectationFolders.holdouts("39") == ["constructed-documents/holdout-39"])
        #expect(ExpectationFolders.holdouts("40") == ["constructed-documents/holdout-40"])
        #expect(ExpectationFolders.holdouts("41") == ["constructed-documents/holdout-41"])
        #expect(ExpectationFolders.holdouts("42") == ["constructed-documents/holdout-42"])
        #expect(ExpectationFolders.holdouts("43") == ["constructed-documents/holdout-43"])
        #expect(ExpectationFolders.holdouts("44") == ["constructed-documents/holdout-44"])
        #expect(ExpectationFolders.holdouts("45") == ["constructed-documents/holdout-45"])
        #expect(ExpectationFolders.holdouts("46") == ["constructed-documents/holdout-46"])
        #expect(ExpectationFolders.holdouts("47") == ["constructed-documents/holdout-47"])
        #expect(ExpectationFolders.holdouts("48") == ["constructed-documents/holdout-48"])
        #expect(ExpectationFolders.holdouts("49") == ["constructed-documents/holdout-49"])
        #expect(ExpectationFolders.holdouts("50") == ["constructed-documents/holdout-50"])
        #expect(ExpectationFolders.holdouts("51") == ["constructed-documents/holdout-51"])
        #expect(ExpectationFolders.holdouts("2, 1") == ["constructed-documents/holdout-2", "constructed-documents/holdout"])
        #expect(ExpectationFolders.holdouts("0") == [])
    }

    @Test func everyFixtureNameSaysConstructed() {
        let files = Self.files()
        #expect(files.count > 100)
        for file in files where file.url.lastPathComponent != "README.md" {
            #expect(file.url.lastPathComponent.contains("constructed"), "\(file.relative): name does not say 'constructed'")
        }
    }

    /// A set's name (`treaty-lakes` in `treaty-lakes.constructed.en.txt`) belongs to
    /// one folder: a dev set and a hold-out set of the same name would be taken
    /// for one another in reports and known-failure lists.
    @Test func everySetNameBelongsToOneFolder() {
        var folders: [String: Set<String>] = [:]
        for file in Self.files() where file.url.pathExtension == "txt" && file.url.lastPathComponent.contains(".constructed.") {
            let set = String(file.url.lastPathComponent.prefix { $0 != "." })
            let folder = file.relative.split(separator: "/").dropLast().joined(separator: "/")
            folders[set, default: []].insert(folder)
        }
        #expect(folders.count > 30)
        for (set, inFolders) in folders.sorted(by: { $0.key < $1.key }) where inFolders.count > 1 {
            Issue.record("set \(set) is in \(inFolders.sorted().joined(separator: " and "))")
        }
    }

    @Test func everyOutlineExpectationIsWellFormed() throws {
        let files = Self.files().filter { $0.url.pathExtension == "expect" && !Self.isPair($0.url) }
        #expect(files.count >= 100)
        for (url, relative) in files {
            let expectation = try OutlineExpectation(contentsOf: url)
            for statement in expectation.statements {
                #expect(OutlineExpectationCheck.knownKeys.contains(statement.key), "\(relative):\(statement.line): unknown key \(statement.key)")
                if !statement.scope.isEmpty {
                    #expect(OutlineExpectationCheck.listKeys.contains(statement.key), "\(relative):\(statement.line): \(statement.key) takes no scope")
                    if let problem = Self.scopeProblem(statement.scope) { Issue.record("\(relative):\(statement.line): \(problem)") }
                }
                if OutlineExpectationCheck.listKeys.contains(statement.key) {
                    let items = statement.list
                    let emptyItem = items.contains { $0.isEmpty }
                    let allASCII = items.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }
                    #expect(!emptyItem, "\(relative):\(statement.line): empty list item")
                    // Footnote markers repeat where a series restarts (an annex's own notes: `1, 2, 1`); labels of one scope never do.
                    #expect(statement.key == "footnotes" || Set(items).count == items.count, "\(relative):\(statement.line): an item repeats")
                    #expect(allASCII, "\(relative):\(statement.line): labels are written in ASCII")
                }
                if statement.key == "preamble" || statement.key == "speakers" {
                    #expect(Int(statement.value) != nil, "\(relative):\(statement.line): \(statement.key) is not a count")
                }
            }
            let names = expectation.statements.filter(\.scope.isEmpty).map(\.key)
            for key in ["document", "language", "type"] {
                #expect(names.filter { $0 == key }.count == 1, "\(relative): needs exactly one \(key):")
            }
            #expect(Set(names).count == names.count, "\(relative): a key repeats in the main scope")
            if let type = expectation.value("type") { #expect(Self.types.contains(type), "\(relative): unknown type \(type)") }
            if let document = expectation.value("document") {
                let documentURL = url.deletingLastPathComponent().appendingPathComponent(document)
                #expect(FileManager.default.fileExists(atPath: documentURL.path), "\(relative): no document \(document)")
                #expect(document.contains(".\(expectation.value("language") ?? "?")."), "\(relative): the document's name does not carry its language")
            }
        }
    }

    @Test func everyPairNamesTwoVersionsOfOneSet() throws {
        let files = Self.files().filter { Self.isPair($0.url) }
        #expect(files.count >= 40)
        for (url, relative) in files {
            let pair = try OutlineExpectation(contentsOf: url)
            #expect(pair.statements.allSatisfy { ["left", "right", "difference"].contains($0.key) && $0.scope.isEmpty },
                    "\(relative): a pair file has left:, right: and difference: lines only")
            var languages: [String] = []
            for side in ["left", "right"] {
                guard let name = pair.value(side) else {
                    Issue.record("\(relative): no \(side):")
                    continue
                }
                let sideURL = url.deletingLastPathComponent().appendingPathComponent(name)
                let expectation = try OutlineExpectation(contentsOf: sideURL)
                languages.append(expectation.value("language") ?? "?")
                #expect(name.split(separator: ".").first == url.lastPathComponent.split(separator: ".").first,
                        "\(relative): \(side) \(name) belongs to another set")
            }
            #expect(Set(languages).count == 2, "\(relative): both sides have language \(languages.first ?? "?")")
            for difference in pair.statements where difference.key == "difference" {
                let unit = difference.value.split(separator: " ").first.map(String.init) ?? ""
                #expect(!unit.isEmpty && difference.value.split(separator: " ").count >= 2,
                        "\(relative):\(difference.line): a difference names its unit, then what differs")
            }
        }
    }
}
