import ParityCore

/// Compares an `.expect` file's statements with the facts of Parity's outline.
public enum OutlineExpectationCheck {
    /// How one statement fared.
    public struct Result: Hashable, Sendable {
        /// The statement.
        public var statement: ExpectationStatement
        /// Whether Parity's outline agrees with it.
        public var holds: Bool
        /// What Parity found, in short, when it does not.
        public var detail: String
    }

    /// Keys that say what to read or describe the document, and are not compared.
    public static let descriptiveKeys: Set<String> = ["document", "type"]
    /// Keys whose value is a list compared item by item.
    public static let listKeys: Set<String> = ["paragraphs", "headings", "articles", "footnotes", "annexes"]
    /// Every key an `.expect` file may use.
    public static let knownKeys: Set<String> = descriptiveKeys.union(listKeys).union(["language", "symbol", "preamble", "speakers"])

    /// One result per compared statement, in file order.
    public static func compare(_ expectation: OutlineExpectation, with facts: OutlineFacts) -> [Result] {
        expectation.statements.compactMap { statement in
            if descriptiveKeys.contains(statement.key) { return nil }
            return compare(statement, facts)
        }
    }

    static func compare(_ statement: ExpectationStatement, _ facts: OutlineFacts) -> Result {
        func result(_ holds: Bool, _ detail: @autoclosure () -> String) -> Result {
            Result(statement: statement, holds: holds, detail: holds ? "" : detail())
        }
        switch statement.key {
        case "language":
            let expected = primary(statement.value)
            return result(facts.language.map(primary) == expected, "language \(facts.language ?? "unknown")")
        case "symbol":
            return result(facts.symbol?.contains(statement.value) == true, "symbol \(facts.symbol ?? "not found")")
        case "preamble":
            return result(facts.preamble == Int(statement.value), "preamble \(facts.preamble.map(String.init) ?? "without opening")")
        case "speakers":
            let count = facts.list("speakers", scope: "").count
            return result(count == Int(statement.value), "\(count) speaker turns")
        case let key where listKeys.contains(key):
            let expected = key == "annexes" ? statement.list.map(annexByValue) : statement.list
            let found = facts.list(key, scope: scopeByValue(statement.scope))
            return result(found == expected, difference(expected, found))
        default:
            return result(false, "unknown key \(statement.key)")
        }
    }

    /// An annex label as Parity writes it, by its value: `1` (a real document's
    /// `ANNEX 1`, as written) is annex `I`; `I`, `B` and `-` stay as they are.
    static func annexByValue(_ label: String) -> String {
        guard let value = Int(label), value > 0 else { return label }
        return RomanNumeral.spelling(value)
    }

    /// A scope with its annex label by value: `annex 1 art 2` → `annex I art 2`.
    static func scopeByValue(_ scope: String) -> String {
        var words = scope.split(separator: " ").map(String.init)
        for index in words.indices.dropLast() where words[index] == "annex" {
            words[index + 1] = annexByValue(words[index + 1])
        }
        return words.joined(separator: " ")
    }

    /// `en-GB` → `en`; an ISO 639-3 code with a two-letter equivalent as that (`snd` → `sd`), so both name one language.
    static func primary(_ tag: String) -> String {
        let subtag = String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
        return Language(code: subtag).map { String($0.rawValue.split(separator: "-").first ?? "") } ?? subtag
    }

    /// A short account of how `found` departs from `expected`.
    static func difference(_ expected: [String], _ found: [String]) -> String {
        let common = zip(expected, found).prefix { $0 == $1 }.count
        let foundAt = common < found.count ? found[common] : "end"
        let expectedAt = common < expected.count ? expected[common] : "end"
        let preview = found.prefix(12).joined(separator: ", ") + (found.count > 12 ? ", …" : "")
        return "found \(found.count) of \(expected.count); first difference at item \(common + 1): "
            + "expected \(expectedAt), found \(foundAt) [\(preview)]"
    }
}
