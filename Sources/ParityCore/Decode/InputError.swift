/// Why an input could not be read. Each case names the file and the problem
/// in one line (`description`).
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty(file: String)
    case binary(file: String, offset: Int)
    case invalidUTF8(file: String, offset: Int)
    case invalidUTF16(file: String, offset: Int)
    case truncated(file: String, detail: String)
    case malformedXML(file: String, line: Int, message: String)
    case unsupportedFormat(file: String, detail: String)
    case tooLarge(file: String, bytes: Int, limit: Int)
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .empty(let file):
            return "\(file): the file is empty"
        case .binary(let file, let offset):
            return "\(file): binary data, not text (NUL byte at byte offset \(offset))"
        case .invalidUTF8(let file, let offset):
            return "\(file): invalid UTF-8 at byte offset \(offset) (try --encoding latin1 or windows-1252)"
        case .invalidUTF16(let file, let offset):
            return "\(file): invalid UTF-16 at byte offset \(offset)"
        case .truncated(let file, let detail):
            return "\(file): truncated input: \(detail)"
        case .malformedXML(let file, let line, let message):
            return "\(file): malformed XML at line \(line): \(message)"
        case .unsupportedFormat(let file, let detail):
            return "\(file): unsupported format: \(detail)"
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): too large (\(bytes) bytes; the limit is \(limit))"
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        }
    }
}
