import Foundation

/// Paths inside the repository, found from this source file's location.
public enum RepositoryPaths {
    /// The repository root.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `Sources-Texts/`.
    public static func sourceText(_ relative: String) -> URL {
        root.appendingPathComponent("Sources-Texts").appendingPathComponent(relative)
    }

    /// The bytes of a file under `Sources-Texts/`.
    public static func sourceTextBytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: sourceText(relative)))
    }
}
