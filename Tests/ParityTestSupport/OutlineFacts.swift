import Foundation
import ParityCore

/// What Parity's outline of a document says, in the terms of an `.expect`
/// file (docs/expectations.md): labels per key and numbering scope.
public struct OutlineFacts: Sendable {
    /// Lists by key and scope: `["paragraphs", "annex I"]` → `["1", "2"]`.
    public private(set) var lists: [String: [String: [String]]] = [:]
    /// The document's language tag, if known.
    public var language: String?
    /// The header's symbol, if found.
    public var symbol: String?
    /// Unnumbered paragraphs between the preambular opening (a short line
    /// ending with a comma, or the body's first unnumbered paragraph when it is
    /// a clause naming the Parties) and the first numbered paragraph, article
    /// or heading. Without an opening (an annex of goals whose clauses start
    /// directly under its title), the clauses right before the first numbered
    /// unit: the unnumbered paragraphs there that each end with a comma or
    /// semicolon of any script; `nil` when there are none.
    public var preamble: Int?

    /// Reads the facts off `document`.
    public init(_ document: Document) {
        language = document.language.map { "\($0.rawValue)" }
        symbol = document.metadata.symbol
        var byID: [String: Block] = [:]
        for block in document.blocks { byID[block.id] = block }
        var annex: String?
        var openingSeen = false
        var preambleCount = 0
        var preambleOpen = true
        var unnumberedSeen = false
        // The clauses (units ending with a comma or semicolon) in a row, and that run once the first numbered unit ends
        // it: the preamble when no opening was seen.
        var clauseRun = 0
        var clausesBeforeNumbered: Int?
        // Whether the opening was a long clause taken to name the Parties, and whether the document has articles.
        var longOpening = false
        var articleSeen = false
        for block in document.blocks {
            switch block.kind {
            case .annex:
                annex = block.label.map(Self.annexLabel) ?? "-"
                append("annexes", "", annex!)
            case .paragraph:
                append("paragraphs", Self.scope(of: block, annex: annex, byID: byID), Self.paragraphLabel(block))
            case .heading:
                if let path = block.labelPath, !path.contains("*") {
                    // In an annex's scope a path is read from the annex: `Annex-I.2` is heading 2 of `@annex I`.
                    append("headings", annex.map { "annex \($0)" } ?? "", Self.pathInAnnex(path))
                }
            case .article:
                append("articles", annex.map { "annex \($0)" } ?? "", block.number.map(String.init) ?? block.label ?? "?")
            case .footnote:
                append("footnotes", "", Self.footnoteMarker(block.label ?? ""))
            default:
                break
            }
            if block.kind == .article { articleSeen = true }
            // A turn: a verbatim record's turn block, or a summary record's numbered paragraph that opens one.
            if block.kind == .speakerTurn || block.speaker != nil { append("speakers", "", block.id) }
            // Preamble: after an opening ("The Security Council,"), up to the first numbered unit.
            guard preambleOpen, block.kind != .footnote, block.kind != .pageFurniture else { continue }
            switch block.kind {
            case .paragraph, .article, .heading, .annex:
                // A numbered unit closes the preamble once the opening was seen.
                preambleOpen = !openingSeen
                if clausesBeforeNumbered == nil {
                    clausesBeforeNumbered = clauseRun
                }
            case .unnumberedParagraph:
                if openingSeen {
                    preambleCount += 1
                } else if Self.isOpening(block.text) {
                    openingSeen = true
                } else if !unnumberedSeen && Self.isLongOpening(block.text) {
                    openingSeen = true
                    longOpening = true
                }
                if clausesBeforeNumbered == nil {
                    clauseRun = Self.endsClause(block.text) ? clauseRun + 1 : 0
                }
                unnumberedSeen = true
            default:
                break
            }
        }
        // A long first clause opens a bilateral agreement's preamble only in a text of articles; in a text without
        // any (goals and targets) it is the first clause of a preamble without an opening.
        if openingSeen, !(longOpening && !articleSeen) {
            preamble = preambleCount
        } else {
            preamble = clausesBeforeNumbered.flatMap { $0 > 0 ? $0 : nil }
        }
    }

    /// Whether `text` ends with a comma or a semicolon of any script: a preambular clause.
    static func endsClause(_ text: String) -> Bool {
        guard let last = text.trimmingCharacters(in: .whitespaces).unicodeScalars.last else { return false }
        return isComma(last) || last == ";" || last == "؛" || last == "；"
    }

    /// A heading's label path without the annex prefix Parity gives it
    /// (`Annex-I.2` → `2`, `Annex.1` → `1`): the scope names the annex.
    static func pathInAnnex(_ path: String) -> String {
        guard path.hasPrefix("Annex"), let dot = path.firstIndex(of: ".") else { return path }
        return String(path[path.index(after: dot)...])
    }

    /// The list for `key` in `scope` (empty when Parity found none).
    public func list(_ key: String, scope: String) -> [String] { lists[key]?[scope] ?? [] }

    /// Every scope in which Parity found something for `key`.
    public func scopes(_ key: String) -> [String] { Array((lists[key] ?? [:]).keys).sorted() }

    private mutating func append(_ key: String, _ scope: String, _ item: String) {
        lists[key, default: [:]][scope, default: []].append(item)
    }

    /// `art 3`, `goal 1`, `annex I`, `annex I art 2`, or empty for the main scope.
    static func scope(of block: Block, annex: String?, byID: [String: Block]) -> String {
        var parts: [String] = []
        if let annex { parts.append("annex \(annex)") }
        var parentID = block.parent
        var seen = 0
        while let id = parentID, let parent = byID[id], seen < 8 {
            if parent.kind == .article { parts.append("art \(parent.number.map(String.init) ?? parent.label ?? "?")"); break }
            // A goal heading (label path `g1`) is the scope of its targets.
            if parent.kind == .heading, let path = parent.labelPath, path.hasPrefix("g"), let number = parent.number {
                parts.append("goal \(number)")
                break
            }
            parentID = parent.parent
            seen += 1
        }
        return parts.joined(separator: " ")
    }

    /// A paragraph's label as `.expect` files write it: the number, else the
    /// written label without its final full stop.
    static func paragraphLabel(_ block: Block) -> String {
        if let number = block.number { return String(number) }
        var label = (block.label ?? "?").trimmingCharacters(in: CharacterSet(charactersIn: " .．"))
        if label.hasSuffix("-") { label = String(label.dropLast()).trimmingCharacters(in: .whitespaces) }
        return label
    }

    /// `Annex II` → `II`; `I` stays `I`.
    static func annexLabel(_ label: String) -> String {
        let words = label.split(separator: " ")
        return words.count > 1 ? String(words.last!) : label
    }

    /// `¹²` → `12`, `ᵃ` → `a`, `1/` → `1`, `(3)` → `3`, `*` stays; digits of
    /// every script as ASCII (`(১)`, `၂` → `1`, `2`), as `FootnoteMarker` normalizes them for the checks.
    static func footnoteMarker(_ label: String) -> String {
        var out = ""
        for scalar in label.unicodeScalars {
            if let letter = SuperscriptLetters.letter(of: scalar) {
                out.unicodeScalars.append(letter)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return FootnoteMarker.normalize(out)
    }

    /// "La Repubblica di Ruritania e il Regno di Syldavia, di seguito denominati
    /// «le Parti»,": a bilateral agreement's opening names both Parties and is
    /// longer; as the body's first unnumbered paragraph, a clause of at most
    /// `longOpeningWords` words that ends with a comma is the opening.
    static func isLongOpening(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.unicodeScalars.last, isComma(last) else { return false }
        return trimmed.split(separator: " ").count <= longOpeningWords
    }

    /// Most words of an opening that names the Parties.
    static let longOpeningWords = 30

    /// "The Security Council,", "Le Conseil de sécurité,", "الجمعية العامة،":
    /// a short unnumbered line that ends with a comma.
    static func isOpening(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // German ends a treaty's opening with a spaced dash ("Die Vertragsstaaten dieser Charta –"); Japanese with the
        // ideographic comma ("安全保障理事会は、").
        guard let last = trimmed.unicodeScalars.last, isComma(last) || last == "–" || last == "—"
        else { return false }
        return trimmed.split(separator: " ").count <= 8 && trimmed.unicodeScalars.count <= 80
    }

    /// A comma of any script (docs/expectations.md: "a short line ending with a comma of any script"): `,`, `،`,
    /// `，`, `、`, and any other punctuation that ends a clause but no sentence, colons and semicolons apart
    /// (Ethiopic `፣`, Mongolian `᠂`, the Tibetan shad `།` of a script without a comma), or whose name calls it a comma;
    /// and the commas Unicode files as sentence terminals, the lesser of their script's two marks: Myanmar `၊` (U+104A),
    /// Javanese `꧈` (U+A9C8), Balinese `᭞` (U+1B5E).
    static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "," || scalar == "،" || scalar == "，" || scalar == "、" { return true }
        if scalar.value == 0x104A || scalar.value == 0xA9C8 || scalar.value == 0x1B5E { return true }
        let properties = scalar.properties
        guard scalar.value >= 0x80, properties.generalCategory == .otherPunctuation, let name = properties.name,
              !name.contains("COLON") else { return false }
        if properties.isTerminalPunctuation { return !properties.isSentenceTerminal }
        return name.hasSuffix(" COMMA")
    }
}
