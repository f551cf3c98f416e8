/// Turns the bytes of a text file into `DecodedText`: detects a byte-order
/// mark (UTF-8, UTF-16 LE/BE) or UTF-16 by its zero bytes, validates UTF-8 and reports the first bad byte,
/// refuses binary data, and transcodes Latin-1 / Windows-1252 on request.
public struct TextDecoder: Sendable {
    /// The encoding to use; `nil` detects it from a byte-order mark, else UTF-8.
    public var forcedEncoding: TextEncoding?

    /// Creates a decoder.
    public init(forcedEncoding: TextEncoding? = nil) {
        self.forcedEncoding = forcedEncoding
    }

    /// Decodes `bytes`, read from `file` (used in error messages only).
    /// - Throws: `InputError` for empty, binary, or invalid input.
    public func decode(_ bytes: [UInt8], file: String) throws(InputError) -> DecodedText {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(file: file)
        }
        let encoding: TextEncoding
        var bom = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = forcedEncoding ?? .utf8
            bom = encoding == .utf8 ? 3 : 0
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = forcedEncoding ?? .utf16LittleEndian
            bom = encoding == .utf16LittleEndian ? 2 : 0
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = forcedEncoding ?? .utf16BigEndian
            bom = encoding == .utf16BigEndian ? 2 : 0
        } else {
            encoding = forcedEncoding ?? Self.unmarkedUTF16(bytes) ?? .utf8
        }
        switch encoding {
        case .utf8:
            return try decodeUTF8(bytes, bom: bom, file: file)
        case .utf16LittleEndian, .utf16BigEndian:
            return try decodeUTF16(bytes, bom: bom, bigEndian: encoding == .utf16BigEndian, file: file)
        case .latin1, .windows1252:
            return try decodeSingleByte(bytes, encoding: encoding, file: file)
        }
    }

    /// UTF-16 without a byte-order mark, recognised by its zero bytes: in the
    /// first 1024 bytes, at least 40% of the high bytes (odd offsets for
    /// little-endian, even for big-endian) are zero and at most 5% of the low
    /// bytes. That holds for text mostly in Latin script; other scripts need
    /// a mark or `--encoding`.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> TextEncoding? {
        let pairs = min(bytes.count, 1024) / 2
        guard pairs >= 4 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenZeros += 1 }
            if bytes[2 * pair + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs * 4, evenZeros * 20 <= pairs { return .utf16LittleEndian }
        if evenZeros * 10 >= pairs * 4, oddZeros * 20 <= pairs { return .utf16BigEndian }
        return nil
    }

    private func decodeUTF8(_ bytes: [UInt8], bom: Int, file: String) throws(InputError) -> DecodedText {
        var index = bom
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { throw .binary(file: file, offset: index) }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: throw .invalidUTF8(file: file, offset: index)
            }
            guard index + length <= count else { throw .invalidUTF8(file: file, offset: index) }
            var scalar = UInt32(lead) & (0xFF >> UInt32(length + 1))
            for k in 1..<length {
                let next = bytes[index + k]
                guard next & 0xC0 == 0x80 else { throw .invalidUTF8(file: file, offset: index) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                throw .invalidUTF8(file: file, offset: index)
            }
            index += length
        }
        // Without a byte-order mark the input's own buffer is shared, not copied.
        return DecodedText(utf8: bom == 0 ? bytes : Array(bytes[bom...]), encoding: .utf8, byteOrderMarkLength: bom)
    }

    private func decodeUTF16(_ bytes: [UInt8], bom: Int, bigEndian: Bool, file: String) throws(InputError) -> DecodedText {
        guard (bytes.count - bom) % 2 == 0 else {
            throw .truncated(file: file, detail: "odd number of bytes in UTF-16 text")
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count)
        var offsets = ScalarWidthOffsets(width: .utf16)
        offsets.reserveCapacity(bytes.count)
        func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : UInt16(bytes[at + 1]) << 8 | UInt16(bytes[at])
        }
        var index = bom
        while index < bytes.count {
            let start = index
            let first = unit(index)
            index += 2
            var scalarValue = UInt32(first)
            if (0xD800...0xDBFF).contains(first) {
                guard index < bytes.count else { throw .invalidUTF16(file: file, offset: start) }
                let second = unit(index)
                guard (0xDC00...0xDFFF).contains(second) else { throw .invalidUTF16(file: file, offset: start) }
                index += 2
                scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(first) {
                throw .invalidUTF16(file: file, offset: start)
            }
            if scalarValue == 0 { throw .binary(file: file, offset: start) }
            let scalar = Unicode.Scalar(scalarValue)!
            let encoded = UTF8.encode(scalar)!
            utf8.append(contentsOf: encoded)
            offsets.appendScalar(utf8Length: encoded.count, inputOffset: start)
        }
        offsets.finish(inputEnd: bytes.count)
        return DecodedText(utf8: utf8, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian,
                           byteOrderMarkLength: bom, scalarWidths: offsets)
    }

    private func decodeSingleByte(_ bytes: [UInt8], encoding: TextEncoding, file: String) throws(InputError) -> DecodedText {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        var offsets = ScalarWidthOffsets(width: .singleByte)
        offsets.reserveCapacity(bytes.count + bytes.count / 8)
        for (offset, byte) in bytes.enumerated() {
            if byte == 0 { throw .binary(file: file, offset: offset) }
            if byte < 0x80 {
                utf8.append(byte)
                offsets.appendScalar(utf8Length: 1, inputOffset: offset)
                continue
            }
            let value: UInt32 = encoding == .windows1252 ? Self.windows1252Value(byte) : UInt32(byte)
            let encoded = UTF8.encode(Unicode.Scalar(value)!)!
            utf8.append(contentsOf: encoded)
            offsets.appendScalar(utf8Length: encoded.count, inputOffset: offset)
        }
        offsets.finish(inputEnd: bytes.count)
        return DecodedText(utf8: utf8, encoding: encoding, scalarWidths: offsets)
    }

    /// The text of `bytes`, a part of an input in `encoding` that starts and
    /// ends between characters, decoded as `decode` decodes it inside the
    /// whole input; `nil` for UTF-16, whose parts the segmenter does not read
    /// back. Damaged UTF-8 is repaired (the caller compares lengths).
    public static func string(decodingPart bytes: ArraySlice<UInt8>, encoding: TextEncoding) -> String? {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .latin1, .windows1252:
            if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
            var string = ""
            string.unicodeScalars.append(contentsOf: bytes.map { byte in
                Unicode.Scalar(encoding == .windows1252 ? windows1252Value(byte) : UInt32(byte)) ?? "\u{FFFD}"
            })
            return string
        case .utf16LittleEndian, .utf16BigEndian:
            return nil
        }
    }

    /// Windows-1252 differs from Latin-1 only in 0x80...0x9F.
    static func windows1252Value(_ byte: UInt8) -> UInt32 {
        guard (0x80...0x9F).contains(byte) else { return UInt32(byte) }
        return windows1252Controls[Int(byte) - 0x80]
    }

    /// The scalars of Windows-1252 bytes 0x80...0x9F.
    private static let windows1252Controls: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
