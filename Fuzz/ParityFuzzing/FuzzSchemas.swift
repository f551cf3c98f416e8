import Foundation
import ParityXML

/// The schemas the campaign validates its XML outputs against, parsed once
/// per worker (libxml2 fills a DTD in as it validates: one worker, one copy).
final class FuzzSchemas {
    /// `parity-alignment.rng`, for native XML.
    let native: LoadedXMLSchema
    /// `tmx14.dtd`.
    let tmx: LoadedXMLSchema
    /// `xces-sentence-doc.dtd`, for the XCES sentence documents.
    let xcesDocument: LoadedXMLSchema
    /// `xces-align.dtd`, for the XCES link files.
    let xcesAlign: LoadedXMLSchema

    /// Loads the schemas in `Schemas/` of the repository at `root`.
    init(root: URL) throws {
        func path(_ name: String) -> String { root.appendingPathComponent("Schemas").appendingPathComponent(name).path }
        native = try LoadedXMLSchema(relaxNGAt: path("parity-alignment.rng"))
        tmx = try LoadedXMLSchema(dtdAt: path("tmx14.dtd"))
        xcesDocument = try LoadedXMLSchema(dtdAt: path("xces-sentence-doc.dtd"))
        xcesAlign = try LoadedXMLSchema(dtdAt: path("xces-align.dtd"))
    }
}
