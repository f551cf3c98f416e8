import CLibXML2

/// One error or warning libxml2 reported while parsing or validating,
/// copied out of libxml2 into a Swift value.
struct XMLMessage: Hashable, Sendable {
    /// How serious libxml2 considers the message.
    enum Level: Int, Sendable, Comparable {
        case warning = 1, error = 2, fatal = 3

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Severity.
    var level: Level
    /// 1-based line in the parsed input, 0 when libxml2 gives none.
    var line: Int
    /// 1-based column, 0 when libxml2 gives none.
    var column: Int
    /// libxml2's message on one line, without trailing white space.
    var message: String
    /// libxml2's error domain (`xmlErrorDomain`) and code (`xmlParserErrors`).
    var domain: Int
    var code: Int

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
