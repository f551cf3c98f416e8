import Foundation

/// A report file could not be written; nothing was left at the destination.
public struct ReportWriteError: LocalizedError, Equatable, Sendable {
    /// The destination path.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var errorDescription: String? { "\(path): cannot write report: \(reason)" }
}
