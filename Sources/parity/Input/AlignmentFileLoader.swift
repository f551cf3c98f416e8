import ParityCore
import ParityXML

/// Reads an alignment that Parity (or another tool) already wrote, so that
/// `check` and `show` can work on it without aligning again: Parity's native
/// XML (`<parity-alignment>`) or a TMX file (`<tmx>`).
enum AlignmentFileLoader {
    /// The kind of alignment file, by its root element.
    enum Kind: Equatable {
        case native, tmx
    }

    /// The kind of `bytes` when they are an alignment file; `nil` for any other input.
    static func kind(of bytes: [UInt8]) -> Kind? {
        guard let name = XMLProlog.rootElementName(bytes) else { return nil }
        switch name {
        case "parity-alignment": return .native
        case "tmx": return .tmx
        default: return nil
        }
    }

    /// Reads `path` as an alignment file, or returns `nil` when it is not one.
    /// - Throws: `InputError` when it cannot be read or is a broken alignment file.
    static func load(_ path: String) throws(InputError) -> CheckedAlignment? {
        let bytes = try InputFileReader.read(path)
        switch kind(of: bytes) {
        case .native: return try NativeAlignmentReader().read(bytes, file: path)
        case .tmx:
            let tmx = try TMXReader().read(bytes, file: path)
            return CheckedAlignment(alignment: TMXAlignmentBuilder().alignment(from: tmx, file: path))
        case nil: return nil
        }
    }
}
