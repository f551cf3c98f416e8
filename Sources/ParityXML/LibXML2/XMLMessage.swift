import CLibXML2

/// One error or warning libxml2 reported while parsing or validating,
/// copied out of libxml2 into a Swift value.
public struct XMLMessage: Hashable, Sendable, CustomStringConvertible {
    /// How serious libxml2 considers the message.
    public enum Level: Int, Sendable, Comparable {
        case warning = 1, error = 2, fatal = 3

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Severity.
    public var level: Level
    /// 1-based line in the parsed input, 0 when libxml2 gives none.
    public var line: Int
    /// 1-based column, 0 when libxml2 gives none.
    public var column: Int
    /// libxml2's message on one line, without trailing white space.
    public var message: String
    /// libxml2's error domain (`xmlErrorDomain`).
    public var domain: Int
    /// libxml2's error code (`xmlParserErrors`).
    public var code: Int

    /// `line N: message`, or the message alone when there is no line.
    public var description: String { line > 0 ? "line \(line): \(message)" : message }

    /// Copies a libxml2 error; `nil` for `XML_ERR_NONE`.
    init?(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee
        switch raw.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_ERROR: level = .error
        case XML_ERR_FATAL: level = .fatal
        default: return nil
        }
        line = Int(raw.line)
        column = Int(raw.int2)
        domain = Int(raw.domain)
        code = Int(raw.code)
        let text = raw.message.map { String(cString: $0) } ?? "error \(raw.code)"
        message = XMLMessage.oneLine(text)
    }

    /// Creates a message (for messages Parity itself raises at the libxml2 boundary).
    init(level: Level, line: Int, message: String, column: Int = 0, domain: Int = 0, code: Int = 0) {
        self.level = level
        self.line = line
        self.column = column
        self.message = XMLMessage.oneLine(message)
        self.domain = domain
        self.code = code
    }

    /// Folds line breaks and runs of white space into single spaces and trims.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
