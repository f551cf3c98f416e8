/// The UTF-8 bytes of many blocks' texts, one after another in one
/// allocation made to the size of all of them, so that a long document's
/// texts cost their bytes and not a string each: a string's header, its
/// terminator and the allocator's rounding add about 40 % to a 128-byte
/// paragraph, and a string made from a span of the input is alive beside the
/// drafts while the blocks are built.
///
/// The segmenter fills the storage on one thread before any block that reads
/// it is handed out, and bytes are only appended: a range once written never
/// changes, so blocks on any thread may read their ranges (hence
/// `@unchecked Sendable`). Blocks hold it through `BlockText`.
final class SharedTextBytes: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt8>
    /// Bytes the storage can hold.
    let capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    /// Storage for `capacity` bytes (its whole size is allocated at once).
    init(capacity: Int) {
        self.capacity = max(0, capacity)
        base = .allocate(capacity: max(1, capacity))
    }

    deinit { base.deallocate() }

    /// Appends `bytes`; returns the range they take, or nil (nothing written) when they do not fit.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard bytes.count <= capacity - count else { return nil }
        let start = count
        if let source = bytes.baseAddress, !bytes.isEmpty { (base + start).update(from: source, count: bytes.count) }
        count += bytes.count
        return start..<count
    }

    /// Appends the UTF-8 of `string`; returns the range it takes, or nil when it does not fit.
    func append(_ string: String) -> Range<Int>? {
        var string = string
        return string.withUTF8 { append($0) }
    }

    /// Calls `body` with the valid UTF-8 written at `range`, read in place (no string is made).
    func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "text range outside the bytes written")
        return try body(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }

    /// The string of the valid UTF-8 written at `range`.
    func string(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "text range outside the bytes written")
        return String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }
}
