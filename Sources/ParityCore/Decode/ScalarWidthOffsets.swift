/// The way back from transcoded UTF-8 to the input's byte offsets when every
/// scalar of the input took a width its UTF-8 form tells: one byte in a
/// single-byte encoding, two or four in UTF-16. Instead of an entry per byte
/// (`OffsetTable`, about 1.1 bytes a byte) it keeps the input offset at every
/// 256th UTF-8 byte and counts scalars from there, reading the UTF-8 itself.
struct ScalarWidthOffsets: Sendable {
    /// How wide one input scalar is.
    enum InputWidth: Sendable {
        /// One byte a scalar (Latin-1, Windows-1252).
        case singleByte
        /// Two bytes a scalar, four for one outside the Basic Multilingual Plane.
        case utf16
    }

    private static let stride = 256
    private let width: InputWidth
    /// Input offset of the scalar holding UTF-8 byte `k * stride`.
    private var checkpoints: [Int] = []
    /// Input offset that UTF-8 offset `count` (the end) maps to.
    private var endOffset = 0
    /// UTF-8 bytes recorded so far.
    private(set) var count = 0

    /// An empty map for input scalars of `width`.
    init(width: InputWidth) {
        self.width = width
    }

    /// Makes room for a text of `utf8Count` bytes.
    mutating func reserveCapacity(_ utf8Count: Int) {
        checkpoints.reserveCapacity(utf8Count / Self.stride + 1)
    }

    /// Records that the next `utf8Length` UTF-8 bytes come from the scalar at input offset `inputOffset`.
    @inline(__always)
    mutating func appendScalar(utf8Length: Int, inputOffset: Int) {
        let next = count + utf8Length
        // A checkpoint falls inside these bytes when a multiple of the stride lies in count..<next.
        if count % Self.stride == 0 || count / Self.stride != (next - 1) / Self.stride {
            checkpoints.append(inputOffset)
        }
        count = next
    }

    /// Closes the map: UTF-8 offset `count` maps to `inputEnd`.
    mutating func finish(inputEnd: Int) {
        endOffset = inputEnd
    }

    /// Where a sequence of lookups stands: a UTF-8 offset, its input offset and the width of its scalar.
    struct Cursor: Sendable {
        fileprivate var position = -1
        fileprivate var value = 0
        fileprivate var width = 0
    }

    /// The input offset of UTF-8 offset `offset` (0...count) of `utf8`, the bytes this map was recorded for.
    func inputOffset(_ offset: Int, in utf8: [UInt8]) -> Int {
        var cursor = Cursor()
        return inputOffset(offset, in: utf8, cursor: &cursor)
    }

    /// The same, going on from `cursor` when `offset` lies a little after it (lookups in order cost a byte each).
    func inputOffset(_ offset: Int, in utf8: [UInt8], cursor: inout Cursor) -> Int {
        precondition(offset >= 0 && offset <= count, "offset out of the decoded text")
        if offset == count { return endOffset }
        if cursor.position < 0 || offset < cursor.position || offset - cursor.position > Self.stride {
            let anchor = offset / Self.stride * Self.stride
            // The scalar holding the anchor byte: its lead byte is at most three bytes back.
            var lead = anchor
            while lead > 0, utf8[lead] & 0xC0 == 0x80 { lead -= 1 }
            cursor = Cursor(position: anchor, value: checkpoints[offset / Self.stride], width: inputWidth(lead: utf8[lead]))
        }
        var index = cursor.position + 1
        while index <= offset {
            let byte = utf8[index]
            if byte & 0xC0 != 0x80 {
                cursor.value += cursor.width
                cursor.width = inputWidth(lead: byte)
            }
            index += 1
        }
        cursor.position = offset
        return cursor.value
    }

    /// Input bytes of the scalar whose UTF-8 lead byte is `lead`.
    @inline(__always)
    private func inputWidth(lead: UInt8) -> Int {
        switch width {
        case .singleByte: return 1
        case .utf16: return lead >= 0xF0 ? 4 : 2
        }
    }
}
