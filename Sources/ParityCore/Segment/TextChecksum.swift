/// A 64-bit checksum of a byte stream that does not depend on how the
/// stream is cut into pieces: the PDF clean-up adds its output a piece at a
/// time as it writes it to a `TextSpill`, and the text read back in one go
/// must give the same sum (otherwise it is not the text stored). Eight bytes
/// are mixed at a time (multiply and rotate), so it costs a small part of a
/// copy; it guards against a file changed or cut short, not against an attacker.
struct TextChecksum: Equatable, Sendable {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Bytes of the current eight-byte word seen so far, in its low bytes.
    private var pending: UInt64 = 0
    /// Bytes added in all.
    private(set) var count = 0

    init() {}

    /// Adds `bytes` to the stream.
    mutating func add(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { buffer in
            var index = 0
            // Complete the word a previous piece began.
            while index < buffer.count, count & 7 != 0 {
                addByte(buffer[index])
                index += 1
            }
            while buffer.count - index >= 8 {
                mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
                count += 8
            }
            while index < buffer.count {
                addByte(buffer[index])
                index += 1
            }
        }
    }

    /// Adds `bytes` to the stream.
    mutating func add(_ bytes: [UInt8]) { add(bytes[...]) }

    /// The sum of the bytes added so far (a partial last word included).
    var value: UInt64 {
        var copy = self
        if count & 7 != 0 { copy.mix(pending ^ UInt64(count & 7) << 61) }
        return copy.state ^ UInt64(count)
    }

    private mutating func addByte(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(count & 7))
        count += 1
        if count & 7 == 0 {
            mix(pending)
            pending = 0
        }
    }

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x100_0000_01B3 &+ 0x2545_F491_4F6C_DD1D
        state = state << 29 | state >> 35
    }

    static func == (lhs: TextChecksum, rhs: TextChecksum) -> Bool { lhs.count == rhs.count && lhs.value == rhs.value }
}
