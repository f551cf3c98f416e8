/// A finding's message and locations packed in one byte buffer: one
/// allocation a finding instead of one for the message, one for the
/// locations and two for each location's ids and labels (issue 11: a pair
/// with a finding per block, such as a copy checked as a translation, held
/// some 500 bytes a finding in six allocations; packed it holds the bytes
/// of its strings and a few more in one).
///
/// Layout: the message, then the number of locations, then per location its
/// version, its language (absent or a tag), its ids and its labels. Numbers
/// are LEB128 (versions zigzag, so that any `Int` reads back); a string is
/// its UTF-8 length and bytes; a list is its count and its strings; a
/// language is 0 when absent, else its tag's length plus one and the tag.
/// Strings read back are the strings stored, byte for byte.
struct PackedFindingText: Sendable {
    private(set) var bytes: [UInt8]

    init(message: String, locations: [FindingLocation]) {
        var size = Self.stringSize(message) + Self.numberSize(UInt(locations.count))
        for location in locations {
            size += Self.numberSize(Self.zigzag(location.version)) + (location.language.map { Self.stringSize($0.tag) } ?? 1)
            size += Self.listSize(location.blockIDs) + Self.listSize(location.labels)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        Self.appendString(message, to: &bytes)
        Self.appendNumber(UInt(locations.count), to: &bytes)
        for location in locations {
            Self.appendNumber(Self.zigzag(location.version), to: &bytes)
            if let language = location.language {
                Self.appendString(language.tag, to: &bytes, lengthPlusOne: true)
            } else {
                bytes.append(0)
            }
            Self.appendList(location.blockIDs, to: &bytes)
            Self.appendList(location.labels, to: &bytes)
        }
        self.bytes = bytes
    }

    /// The message stored.
    var message: String {
        var reader = Reader(bytes: bytes)
        return reader.string()
    }

    /// The locations stored.
    var locations: [FindingLocation] {
        var reader = Reader(bytes: bytes)
        reader.skipString()
        let count = reader.number()
        var locations: [FindingLocation] = []
        locations.reserveCapacity(count)
        for _ in 0..<count {
            let zigzag = UInt(bitPattern: reader.number())
            let version = Int(bitPattern: zigzag >> 1) ^ -Int(bitPattern: zigzag & 1)
            let tagLength = reader.number()
            let language = tagLength == 0 ? nil : Language(normalizedTag: reader.text(count: tagLength - 1))
            let ids = reader.list()
            let labels = reader.list()
            locations.append(FindingLocation(version: version, language: language, blockIDs: ids, labels: labels))
        }
        return locations
    }

    /// `value` with its sign in the lowest bit, so that small negative numbers stay short.
    private static func zigzag(_ value: Int) -> UInt {
        UInt(bitPattern: (value << 1) ^ (value >> (Int.bitWidth - 1)))
    }

    /// How many LEB128 bytes `value` takes.
    private static func numberSize(_ value: UInt) -> Int {
        var value = value, size = 1
        while value >= 0x80 { value >>= 7; size += 1 }
        return size
    }

    /// The bytes of `string` stored: its length and its UTF-8 bytes (a language tag's length is one more, the same size but at a 127-byte tag).
    private static func stringSize(_ string: String) -> Int {
        let count = string.utf8.count
        return numberSize(UInt(count) + 1) + count
    }

    private static func listSize(_ strings: [String]) -> Int {
        var size = numberSize(UInt(strings.count))
        for string in strings { size += stringSize(string) }
        return size
    }

    private static func appendNumber(_ value: UInt, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func appendString(_ string: String, to bytes: inout [UInt8], lengthPlusOne: Bool = false) {
        appendNumber(UInt(string.utf8.count) + (lengthPlusOne ? 1 : 0), to: &bytes)
        bytes.append(contentsOf: string.utf8)
    }

    private static func appendList(_ strings: [String], to bytes: inout [UInt8]) {
        appendNumber(UInt(strings.count), to: &bytes)
        for string in strings { appendString(string, to: &bytes) }
    }

    /// Reads the buffer front to back.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func number() -> Int {
            var value: UInt = 0
            var shift: UInt = 0
            while true {
                let byte = bytes[offset]
                offset += 1
                value |= UInt(byte & 0x7F) << shift
                if byte < 0x80 { return Int(bitPattern: value) }
                shift += 7
            }
        }

        mutating func text(count: Int) -> String {
            defer { offset += count }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }

        mutating func string() -> String { text(count: number()) }

        mutating func skipString() { offset += number() }

        mutating func list() -> [String] {
            let count = number()
            var strings: [String] = []
            strings.reserveCapacity(count)
            for _ in 0..<count { strings.append(string()) }
            return strings
        }
    }
}
