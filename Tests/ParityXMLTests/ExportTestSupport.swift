import Foundation
import ParityTestSupport

/// Files the export tests need from the repository.
enum ExportTestFiles {
    /// The bytes of a file under `Schemas/`.
    static func schema(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("Schemas").appendingPathComponent(name)))
    }
}
