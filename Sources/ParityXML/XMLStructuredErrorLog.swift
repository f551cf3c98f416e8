import CLibXML2

/// One error or warning libxml2 reported while parsing or validating.
public struct XMLValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// Line in the checked document (0 when libxml2 gives none).
    public var line: Int
    /// libxml2's message, trimmed.
    public var message: String
    /// Whether libxml2 rated it a warning rather than an error.
    public var isWarning: Bool

    /// Creates an issue.
    public init(line: Int, message: String, isWarning: Bool = false) {
        self.line = line
        self.message = message
        self.isWarning = isWarning
    }

    public var description: String { "line \(line): \(message)" }
}

/// Collects libxml2's structured errors while a body runs on the current
/// thread, instead of letting libxml2 print them to stderr.
///
/// libxml2 keeps the structured error handler per thread, so the body must not
/// suspend; parsing and validation are synchronous.
final class XMLStructuredErrorLog {
    private(set) var issues: [XMLValidationIssue] = []

    /// The callback to hand to libxml2 together with `Unmanaged.passUnretained(log).toOpaque()`.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let log = Unmanaged<XMLStructuredErrorLog>.fromOpaque(context).takeUnretainedValue()
        log.record(error.pointee)
    }

    /// Runs `body` with this log installed as libxml2's structured error handler.
    func capture<T>(_ body: () throws -> T) rethrows -> T {
        _ = libXMLInitializedForExport
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), XMLStructuredErrorLog.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }

    /// Adds an issue found outside libxml2.
    func note(_ issue: XMLValidationIssue) { issues.append(issue) }

    /// The first error (not warning), if any.
    var firstError: XMLValidationIssue? { issues.first { !$0.isWarning } }

    fileprivate func record(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        issues.append(XMLValidationIssue(
            line: Int(error.line),
            message: message.trimmingWhitespace(),
            isWarning: error.level == XML_ERR_WARNING))
    }
}

/// `xmlInitParser()` once per process.
let libXMLInitializedForExport: Void = { xmlInitParser() }()
