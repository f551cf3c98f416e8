import ParityCore

/// Scans the markup of raw XML bytes (any ASCII-compatible encoding, in
/// particular UTF-8) without parsing them: where a document type declaration
/// ends, and which element is the root. Shared by `XMLSourceScanner` and
/// the CLI's recognition of alignment files.
public enum XMLProlog {
    /// The first index of `pattern` in `bytes[start..<limit]`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int, upTo limit: Int) -> Int? {
        ByteSearch.firstIndex(of: pattern, in: bytes, from: start, upTo: limit)
    }

    /// Index of the `>` closing a document type declaration that starts
    /// before `start`, skipping its internal subset `[…]`, quoted literals
    /// and comments (which may hold `>`, brackets and quotes).
    static func doctypeEnd(in bytes: [UInt8], from start: Int, upTo limit: Int) -> Int? {
        var i = start
        var quote: UInt8 = 0
        var depth = 0
        while i < limit {
            let byte = bytes[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "<"), i + 3 < limit, bytes[i + 1] == UInt8(ascii: "!"),
                      bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
                guard let close = find(commentClose, in: bytes, from: i + 4, upTo: limit) else { return nil }
                i = close + 3
                continue
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth = max(0, depth - 1)
            } else if byte == UInt8(ascii: ">"), depth == 0 {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The name of the first element within the first `limit` bytes, after a
    /// byte-order mark, the XML declaration, processing instructions,
    /// comments and a document type declaration; `nil` when something else
    /// comes first or no element starts in time.
    public static func rootElementName(_ bytes: [UInt8], within limit: Int = 65_536) -> String? {
        let end = min(bytes.count, limit)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                if ![0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { return nil }
                index += 1
                continue
            }
            guard index + 1 < end else { return nil }
            switch bytes[index + 1] {
            case UInt8(ascii: "?"):
                guard let close = find(processingInstructionClose, in: bytes, from: index + 2, upTo: end) else { return nil }
                index = close + 2
            case UInt8(ascii: "!"):
                if index + 3 < end, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    guard let close = find(commentClose, in: bytes, from: index + 4, upTo: end) else { return nil }
                    index = close + 3
                } else {
                    guard let close = doctypeEnd(in: bytes, from: index + 2, upTo: end) else { return nil }
                    index = close + 1
                }
            default:
                var nameEnd = index + 1
                while nameEnd < end, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                return nameEnd > index + 1 ? String(decoding: bytes[(index + 1)..<nameEnd], as: UTF8.self) : nil
            }
        }
        return nil
    }

    static let commentClose = Array("-->".utf8)
    static let processingInstructionClose = Array("?>".utf8)

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
}
