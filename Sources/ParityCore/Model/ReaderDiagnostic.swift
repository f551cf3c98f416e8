/// Something a reader noticed in a well-formed input that is worth reporting
/// but does not stop reading (for example an article title that disagrees
/// with its `number` attribute).
public struct ReaderDiagnostic: Hashable, Sendable, Codable {
    /// Ids of the blocks concerned.
    public var blockIDs: [String]
    /// A one-line message a reviser understands.
    public var message: String

    /// Creates a diagnostic.
    public init(blockIDs: [String], message: String) {
        self.blockIDs = blockIDs
        self.message = message
    }
}
