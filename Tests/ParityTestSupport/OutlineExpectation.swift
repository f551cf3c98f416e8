import Foundation

/// One statement of an `.expect` file (docs/expectations.md): a key, an
/// optional numbering scope and a value, with the line it stands on.
public struct ExpectationStatement: Hashable, Sendable {
    /// The key before the colon, without its scope: `paragraphs`, `symbol`.
    public var key: String
    /// The scope after `@`, white space folded (`annex I art 2`); empty for the main scope.
    public var scope: String
    /// The value, trimmed, comment removed.
    public var value: String
    /// 1-based line number in the file.
    public var line: Int

    /// The key and scope as written in a report: `paragraphs @annex I`.
    public var name: String { scope.isEmpty ? key : "\(key) @\(scope)" }

    /// The value read as a list: comma-separated items, `a-b` ranges of
    /// integers or of lower-case letters expanded, `none` as the empty list.
    public var list: [String] {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "none" { return [] }
        var items: [String] = []
        for raw in trimmed.split(separator: ",") {
            let item = raw.trimmingCharacters(in: .whitespaces)
            items += Self.expandRange(item) ?? [item]
        }
        return items
    }

    /// `3-7` → 3…7, `a-f` → a…f; `nil` for anything else.
    static func expandRange(_ item: String) -> [String]? {
        let parts = item.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        if let low = Int(parts[0]), let high = Int(parts[1]), low <= high, high - low < 10_000 {
            return (low...high).map(String.init)
        }
        if parts[0].count == 1, parts[1].count == 1,
           let low = parts[0].unicodeScalars.first, let high = parts[1].unicodeScalars.first,
           ("a"..."z").contains(low), ("a"..."z").contains(high), low.value <= high.value {
            return (low.value...high.value).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        }
        return nil
    }
}

/// The statements of one `.expect` file.
public struct OutlineExpectation: Sendable {
    /// Where the file is.
    public var url: URL
    /// Every statement, in file order.
    public var statements: [ExpectationStatement]

    /// Statements made in code (`url` names no file).
    public init(statements: [ExpectationStatement], url: URL = URL(fileURLWithPath: "/constructed.expect")) {
        self.url = url
        self.statements = statements
    }

    /// Reads `url`; a line that is not `key: value` is an error naming it.
    public init(contentsOf url: URL) throws {
        self.url = url
        let text = try String(contentsOf: url, encoding: .utf8)
        statements = try Self.parse(text, name: url.lastPathComponent)
    }

    /// Parses the text of an `.expect` file.
    public static func parse(_ text: String, name: String) throws -> [ExpectationStatement] {
        var statements: [ExpectationStatement] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw ExpectationFormatError(message: "\(name):\(offset + 1): not a `key: value` line: \(trimmed)")
            }
            let head = trimmed[..<colon]
            var key = head.trimmingCharacters(in: .whitespaces)
            var scope = ""
            if let at = head.firstIndex(of: "@") {
                key = head[..<at].trimmingCharacters(in: .whitespaces)
                scope = head[head.index(after: at)...].split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            }
            let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            statements.append(ExpectationStatement(key: key, scope: scope, value: value, line: offset + 1))
        }
        return statements
    }

    /// The value of the first statement with `key` in the main scope.
    public func value(_ key: String) -> String? {
        statements.first { $0.key == key && $0.scope.isEmpty }?.value
    }
}

/// A malformed `.expect` file.
public struct ExpectationFormatError: Error, CustomStringConvertible {
    /// File, line and what is wrong.
    public var message: String
    public var description: String { message }

    /// An error saying `message`.
    public init(message: String) { self.message = message }
}
