/// Something an export changed on the way out, for example text that XML 1.0
/// cannot carry and that was therefore dropped. The output is still valid.
public struct ExportWarning: Hashable, Sendable, CustomStringConvertible {
    /// Where it happened: `es block p3 <text>`, `header`.
    public var context: String
    /// What happened, in one line.
    public var message: String

    /// Creates a warning.
    public init(context: String, message: String) {
        self.context = context
        self.message = message
    }

    public var description: String { "\(context): \(message)" }
}
