/// Pass 5: gives every draft a stable id that is a valid XML NCName and
/// reads like the label: `p23`, `h-IV-B-2`, `h-IV-C-2-u1`, `p5-a`, `li3`,
/// `fn1`, `fn-star`, `toc-III-A`, `toc-caption`, `meta-date`, `t1`, `u3`,
/// `annex`. Paragraphs of an annex get the annex as prefix (`annex-p1`); any
/// remaining clash gets a suffix (`p12-2`). A numbered paragraph of an
/// article keeps its number inside it (`art3-p2`), its unnumbered
/// paragraphs and list items are counted there (`art2-u1`, `art2-li1`).
/// Division headings are named by kind and number (`ch2`, `part2-sec1`,
/// `g1`, a title line under a division `ch2-title`); paragraphs whose count
/// starts again outside any article are named by their run (`run2-p1`,
/// `NumberingScope.runs`); a goal's targets carry
/// their decimal label (`g1-t1.a`). Speaker turns are counted (`sp3`), the
/// speaker's further paragraphs inside them (`sp3-u1`).
enum BlockIdentifiers {
    /// Assigns `id` on every draft, in place.
    static func assign(_ drafts: inout [DraftBlock]) {
        var used = Set<String>()
        used.reserveCapacity(drafts.count)
        var nextSuffix: [String: Int] = [:]
        // The drafts before this index have their ids; a parent's is found by binary search on the serials
        // (no dictionary of every id: some 50 bytes a draft, at the segmenter's peak).
        var assigned = 0
        func assignedID(_ serial: Int) -> String? {
            guard let found = drafts.index(ofSerial: serial), found < assigned else { return nil }
            return drafts[found].id
        }
        var counters: [String: Int] = [:]
        var bulletCounts: [Int: Int] = [:]
        var captionSeen = false
        var articleSerials = Set<Int>()
        var goalSerials = Set<Int>()
        var turnSerials = Set<Int>()

        func counted(_ prefix: String) -> String {
            let value = (counters[prefix] ?? 0) + 1
            counters[prefix] = value
            return prefix + String(value)
        }
        func unique(_ base: String) -> String {
            if used.insert(base).inserted { return base }
            var suffix = nextSuffix[base] ?? 2
            while !used.insert(base + "-" + String(suffix)).inserted { suffix += 1 }
            nextSuffix[base] = suffix + 1
            return base + "-" + String(suffix)
        }

        // Numbered paragraphs outside articles whose count starts again (`1 2 3 1 2`): every run after
        // the first is a scope of its own (`NumberingScope.runs`), its paragraphs `run2-p1`, `run2-p2`.
        var runOf: [Int: Int] = [:]
        var sequences: [String: [Int]] = [:]
        for index in drafts.indices where drafts[index].kind == .paragraph && drafts[index].labelPath == nil && drafts[index].number != nil
            && drafts[index].parentSerial == nil {
            sequences[drafts[index].annex ?? "\u{1F}", default: []].append(index)
        }
        for members in sequences.values {
            let runs = NumberingScope.runs(members.map { drafts[$0].number! })
            for (offset, index) in members.enumerated() where runs[offset] > 1 { runOf[index] = runs[offset] }
        }

        for index in drafts.indices {
            if drafts[index].kind == .article { articleSerials.insert(drafts[index].serial) }
            if drafts[index].division == .goal { goalSerials.insert(drafts[index].serial) }
            if drafts[index].kind == .speakerTurn { turnSerials.insert(drafts[index].serial) }
            let id = identifier(drafts[index], run: runOf[index])
            drafts[index].id = id
            assigned = index + 1
        }

        func identifier(_ draft: borrowing DraftBlock, run: Int?) -> String {
            let annexPrefix = draft.annex.map { $0.isEmpty ? "annex-" : "annex-" + sanitized($0) + "-" } ?? ""
            let base: String
            switch draft.kind {
            case .paragraph where draft.labelPath != nil:
                // Decimal numbering: `g1-t1.a` for a goal's target, `art2-p1.1`, `p2.3.1`.
                let label = sanitized(draft.labelPath!)
                if let parent = draft.parentSerial, let parentID = assignedID(parent) {
                    base = parentID + (goalSerials.contains(parent) ? "-t" : "-p") + label
                } else {
                    base = annexPrefix + "p" + label
                }
            case .heading where draft.divisionID != nil:
                base = annexPrefix + draft.divisionID!
            case .paragraph where draft.parentSerial.map(articleSerials.contains) == true:
                base = assignedID(draft.parentSerial!)! + "-p" + String(draft.number ?? 0)
            case .paragraph:
                let runPrefix = run.map { NumberingScope.runPrefix + String($0) + "-" } ?? ""
                base = annexPrefix + runPrefix + "p" + String(draft.number ?? 0)
            case .heading:
                base = "h-" + pathID(draft.labelPath ?? counted("x"))
            case .listItem where draft.parentSerial.map(articleSerials.contains) == true:
                base = counted(assignedID(draft.parentSerial!)! + "-li")
            case .unnumberedParagraph where draft.parentSerial.map(turnSerials.contains) == true:
                // The speaker's further paragraphs: `sp3-u1`.
                base = counted(assignedID(draft.parentSerial!)! + "-u")
            case .speakerTurn:
                base = counted("sp")
            case .unnumberedParagraph where draft.parentSerial.map(articleSerials.contains) == true:
                // `-u`, not `-p`: `art1-u1` (unnumbered) must not read like paragraph 1 (`art1-p1`).
                base = counted(assignedID(draft.parentSerial!)! + "-u")
            case .listItem:
                if let parent = draft.parentSerial, let parentID = assignedID(parent) {
                    let key: String
                    if let itemKey = draft.itemKey {
                        key = sanitized(itemKey)
                    } else {
                        let count = (bulletCounts[parent] ?? 0) + 1
                        bulletCounts[parent] = count
                        key = String(count)
                    }
                    base = parentID + "-" + key
                } else {
                    base = counted("li")
                }
            case .footnote:
                base = footnoteID(draft.label ?? "", fallback: { counted("fn-x") })
            case .tocHeading:
                base = captionSeen ? "toc-columns" : "toc-caption"
                captionSeen = true
            case .tocEntry:
                if let path = draft.labelPath {
                    base = "toc-" + pathID(path)
                } else if let annex = draft.annex {
                    base = annex.isEmpty ? "toc-annex" : "toc-annex-" + sanitized(annex)
                } else {
                    base = counted("toc-e")
                }
            case .metadata:
                if let field = draft.metadataField {
                    base = "meta-" + fieldID(field)
                } else {
                    base = draft.isOrganizationLine ? "meta-organization" : counted("meta-line")
                }
            case .title:
                base = counted("t")
            case .unnumberedParagraph:
                base = counted("u")
            case .article:
                // An annexed convention's articles: `annex-I-art1`; an inserted article: `art2bis`.
                base = annexPrefix + "art" + (draft.labelPath ?? String(draft.number ?? 0))
            case .annex:
                base = draft.annex.map { $0.isEmpty ? "annex" : "annex-" + sanitized($0) } ?? "annex"
            case .pageFurniture:
                base = counted("pf")
            }
            return unique(base)
        }
    }

    /// `IV.C.2*1` → `IV-C-2-u1`.
    static func pathID(_ path: String) -> String {
        var out = ""
        for character in path {
            switch character {
            case "*": out += "-u"
            case ".": out += "-"
            default: out.append(character)
            }
        }
        while out.first == "-" { out.removeFirst() }
        return sanitized(out)
    }

    /// `*` → `fn-star`, `**` → `fn-star2`, `¹` → `fn1`, `†` → `fn-dagger`.
    static func footnoteID(_ marker: String, fallback: () -> String) -> String {
        let scalars = Array(marker.unicodeScalars)
        if !scalars.isEmpty, scalars.allSatisfy({ $0 == "*" }) {
            return scalars.count == 1 ? "fn-star" : "fn-star" + String(scalars.count)
        }
        if !scalars.isEmpty, scalars.allSatisfy({ SuperscriptDigits.value(of: $0) != nil }) {
            return "fn" + scalars.map { String(SuperscriptDigits.value(of: $0)!) }.joined()
        }
        if scalars.count > 1, scalars.last == "/", scalars.dropLast().allSatisfy({ (0x30...0x39).contains($0.value) }) {
            return "fn" + String(String.UnicodeScalarView(scalars.dropLast()))
        }
        if marker == "†" { return "fn-dagger" }
        if marker == "‡" { return "fn-ddagger" }
        return fallback()
    }

    private static func fieldID(_ field: MetadataField) -> String {
        switch field {
        case .originalLanguage: return "original-language"
        case .agendaItem: return "agenda-item"
        default: return field.rawValue
        }
    }

    /// Keeps ASCII letters, digits, `-`, `_`, `.`; anything else becomes `_`.
    static func sanitized(_ text: String) -> String {
        BlockIDCharacters.replacingDisallowed(in: text, with: "_")
    }
}
