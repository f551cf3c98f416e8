import ParityCore

/// Turns the bytes of an XML file into UTF-8 for libxml2 and for the source
/// map, keeping the way back to the file's own byte offsets.
///
/// The encoding comes from, in order: the caller (`--encoding`), a byte-order
/// mark, the UTF-16 signature of `<?` without a mark, the XML declaration's
/// `encoding`, else UTF-8.
enum XMLInputDecoding {
    /// Decodes `bytes` read from `file`.
    /// - Throws: `InputError` for empty, binary or undecodable input, and
    ///   `unsupportedFormat` for a declared encoding Parity does not read.
    static func decode(_ bytes: [UInt8], file: String, forcedEncoding: TextEncoding?) throws(InputError) -> DecodedText {
        if let forcedEncoding {
            return try TextDecoder(forcedEncoding: forcedEncoding).decode(bytes, file: file)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try TextDecoder().decode(bytes, file: file)
        }
        if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
            return try TextDecoder(forcedEncoding: .utf16LittleEndian).decode(bytes, file: file)
        }
        if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            return try TextDecoder(forcedEncoding: .utf16BigEndian).decode(bytes, file: file)
        }
        guard let declared = declaredEncoding(bytes) else {
            return try TextDecoder(forcedEncoding: .utf8).decode(bytes, file: file)
        }
        guard let encoding = TextEncoding(name: declared), encoding != .utf16LittleEndian, encoding != .utf16BigEndian else {
            throw .unsupportedFormat(file: file, detail: "XML encoding \"\(declared)\" is not supported (use UTF-8, UTF-16, ISO-8859-1 or windows-1252)")
        }
        return try TextDecoder(forcedEncoding: encoding).decode(bytes, file: file)
    }

    /// The `encoding` pseudo-attribute of an XML declaration at the start of `bytes`, if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = bytes.prefix(512)
        guard let close = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: head[..<close], as: UTF8.self)
        guard let key = declaration.firstRange(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }
}
