import ParityCore

/// Why an alignment could not be exported (written as native XML, TMX or XCES).
/// Each case reads as one line (`description`).
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A block id cannot serve as an XML name (NCName), so it cannot be written as an id or id reference.
    case invalidBlockID(id: String, version: Int)
    /// A requested language is not among the alignment's versions.
    case languageNotInAlignment(Language)
    /// Two languages of a pair are the same, or fewer than two versions have a language.
    case needsTwoLanguages(detail: String)
    /// The alignment is inconsistent (pivot out of range, a link with the wrong number of versions).
    case inconsistentAlignment(detail: String)
    /// libxml2's text writer refused a call.
    case xmlWriterFailed(call: String)
    /// An output file could not be written; nothing was left behind.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidBlockID(let id, let version):
            return "block id \"\(id)\" of version \(version) is not an XML name (NCName); cannot export it"
        case .languageNotInAlignment(let language):
            let name = language.englishName == language.tag ? "" : " (\(language.englishName))"
            return "no version in the alignment has the language \(language.rawValue)\(name)"
        case .needsTwoLanguages(let detail):
            return "a bilingual export needs two different languages: \(detail)"
        case .inconsistentAlignment(let detail):
            return "inconsistent alignment: \(detail)"
        case .xmlWriterFailed(let call):
            return "libxml2 text writer failed in \(call)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
