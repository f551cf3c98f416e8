/// A character encoding Parity reads.
public enum TextEncoding: String, CaseIterable, Sendable, Codable, Hashable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case latin1 = "latin-1"
    case windows1252 = "windows-1252"

    /// Reads an encoding name as given on the command line (`utf8`, `UTF-8`,
    /// `latin1`, `iso-8859-1`, `cp1252`, `utf-16le`, ...).
    public init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" }
        switch key {
        case "utf8": self = .utf8
        case "utf16le": self = .utf16LittleEndian
        case "utf16be": self = .utf16BigEndian
        case "latin1", "iso88591", "l1": self = .latin1
        case "windows1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }
}
