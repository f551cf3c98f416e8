import ParityCore
import ParityXML

/// Reads an alignment that Parity (or another tool) already wrote, so that
/// `check` and `show` can work on it without aligning again: Parity's native
/// XML (`<parity-alignment>`) or a TMX file (`<tmx>`).
public enum AlignmentFileLoader {
    /// The kind of alignment file, by its root element.
    public enum Kind: Equatable, Sendable {
        /// Parity's native XML (`<parity-alignment>`): versions, links and findings as written.
        case native
        /// A TMX file (`<tmx>`): one link per translation unit, findings checked anew.
        case tmx
    }

    /// The kind of `bytes` when they are an alignment file; `nil` for any other input.
    public static func kind(of bytes: [UInt8]) -> Kind? {
        guard let name = XMLProlog.rootElementName(bytes) else { return nil }
        switch name {
        case "parity-alignment": return .native
        case "tmx": return .tmx
        default: return nil
        }
    }

    /// Reads `path` as an alignment file, or returns `nil` when it is not one.
    /// - Throws: `InputError` when it cannot be read or is a broken alignment file.
    public static func load(_ path: String, sizeLimit: Int = InputFileReader.defaultLimit) throws(InputError) -> CheckedAlignment? {
        try load(bytes: InputFileReader.read(path, limit: sizeLimit), name: path)
    }

    /// Reads `bytes` (named `name` in errors and as the versions' source) as
    /// an alignment file, or returns `nil` when they are not one.
    /// - Throws: `InputError` for a broken alignment file.
    public static func load(bytes: [UInt8], name: String) throws(InputError) -> CheckedAlignment? {
        switch kind(of: bytes) {
        case .native: return try NativeAlignmentReader().read(bytes, file: name)
        case .tmx:
            let tmx = try TMXReader().read(bytes, file: name)
            return CheckedAlignment(alignment: TMXAlignmentBuilder().alignment(from: tmx, file: name))
        case nil: return nil
        }
    }
}
