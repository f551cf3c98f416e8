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
        guard let name = rootElementName(bytes) else { return nil }
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

    /// Where a `<?…?>`, `<!--…-->` or `<!DOCTYPE …>` that starts before
    /// `from` ends (just after its `>`): a comment at `-->`, a DOCTYPE at the
    /// first `>` outside its internal subset and outside quotes.
    private static func endOfMarkup(_ head: ArraySlice<UInt8>, from: Int) -> Int? {
        if head[from...].starts(with: Array("!--".utf8)) {
            var at = from + 3
            while at + 2 < head.endIndex {
                if head[at] == UInt8(ascii: "-"), head[at + 1] == UInt8(ascii: "-"), head[at + 2] == UInt8(ascii: ">") { return at + 3 }
                at += 1
            }
            return nil
        }
        var depth = 0
        var quote: UInt8?
        var at = from
        while at < head.endIndex {
            let byte = head[at]
            if let open = quote {
                if byte == open { quote = nil }
            } else if depth > 0, byte == UInt8(ascii: "<"), head[at...].starts(with: Array("<!--".utf8)) {
                // A comment inside the internal subset may hold brackets and quotes.
                guard let end = endOfMarkup(head, from: at + 1) else { return nil }
                at = end
                continue
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth = max(0, depth - 1)
            } else if byte == UInt8(ascii: ">"), depth == 0 {
                return at + 1
            }
            at += 1
        }
        return nil
    }

    /// The name of the first element in the first 64 KB (after the XML
    /// declaration, processing instructions, comments and a DOCTYPE, whose
    /// internal subset `[…]` may hold `>`), read as ASCII; UTF-8 only.
    static func rootElementName(_ bytes: [UInt8]) -> String? {
        var head = bytes.prefix(65_536)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        var index = head.startIndex
        while index < head.endIndex {
            guard head[index] == UInt8(ascii: "<") else {
                if ![0x20, 0x0A, 0x0D, 0x09].contains(head[index]) { return nil }
                index += 1
                continue
            }
            let next = head.index(after: index)
            guard next < head.endIndex else { return nil }
            let lead = head[next]
            if lead == UInt8(ascii: "?") || lead == UInt8(ascii: "!") {
                guard let end = endOfMarkup(head, from: next) else { return nil }
                index = end
                continue
            }
            let name = head[next...].prefix { byte in
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            }
            return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
        }
        return nil
    }
}
