import Foundation
import ParityTestSupport
import ParityXML

/// Files the export tests need from the repository.
enum ExportTestFiles {
    /// The path of a file under `Schemas/`.
    static func schemaPath(_ name: String) -> String {
        RepositoryPaths.root.appendingPathComponent("Schemas").appendingPathComponent(name).path
    }

    /// The bytes of a file under `Schemas/`.
    static func schema(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: schemaPath(name))))
    }

    /// libxml2's validity errors for `bytes` against the DTD `Schemas/<name>` (the DTD object, not the DOCTYPE).
    static func dtdErrors(_ bytes: [UInt8], _ name: String) throws -> [XMLMessage] {
        try XMLValidator.validate(bytes, file: "output.xml", againstDTDAt: schemaPath(name))
    }

    /// libxml2's validity errors for `bytes` against the RelaxNG schema `Schemas/<name>`.
    static func relaxNGErrors(_ bytes: [UInt8], _ name: String) throws -> [XMLMessage] {
        try XMLValidator.validate(bytes, file: "output.xml", againstRelaxNGAt: schemaPath(name))
    }
}
