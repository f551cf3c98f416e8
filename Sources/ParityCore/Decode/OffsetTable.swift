/// A compact table of byte offsets, one entry per UTF-8 byte of decoded text
/// (the input offset it came from), about 1.1 bytes an entry where an `[Int]`
/// takes 8: the value at every 64th entry in full, the others as a one-byte
/// step up from it, and the rare entry that does not fit (a jump back, or
/// far ahead, as when a PDF clean-up moves or drops text) kept aside.
public struct OffsetTable: Sendable, Equatable {
    private static let stride = 64
    private static let escape: UInt8 = 255
    private var anchors: [Int] = []
    private var steps: [UInt8] = []
    private var outliers: [Int: Int] = [:]

    /// An empty table.
    public init() {}

    /// A table of `values`.
    public init(_ values: [Int]) {
        reserveCapacity(values.count)
        for value in values { append(value) }
    }

    /// Number of entries.
    public var count: Int { steps.count }

    /// Makes room for `count` entries.
    public mutating func reserveCapacity(_ count: Int) {
        steps.reserveCapacity(count)
        anchors.reserveCapacity(count / Self.stride + 1)
    }

    /// Adds an entry at the end.
    public mutating func append(_ value: Int) {
        let index = steps.count
        if index % Self.stride == 0 { anchors.append(value) }
        let step = value - anchors[anchors.count - 1]
        if step >= 0, step < Int(Self.escape) {
            steps.append(UInt8(step))
        } else {
            steps.append(Self.escape)
            outliers[index] = value
        }
    }

    /// Adds the entries `start`, `start + 1`, … (`count` of them) at the end,
    /// as that many `append` calls would, a stride at a time.
    public mutating func appendConsecutive(from start: Int, count: Int) {
        var value = start
        var remaining = count
        while remaining > 0 {
            let index = steps.count
            // Entries up to the next anchor, all as steps when they fit.
            let length = min(remaining, Self.stride - index % Self.stride)
            let opensStride = index % Self.stride == 0
            let first = opensStride ? 0 : value - anchors[anchors.count - 1]
            if first >= 0, first + length - 1 < Int(Self.escape) {
                if opensStride { anchors.append(value) }
                let base = steps.count
                steps.append(contentsOf: repeatElement(0, count: length))
                steps.withUnsafeMutableBufferPointer { buffer in
                    for offset in 0..<length { buffer[base + offset] = UInt8(first + offset) }
                }
            } else {
                for offset in 0..<length { append(value + offset) }
            }
            value += length
            remaining -= length
        }
    }

    /// Entry `index`.
    public subscript(index: Int) -> Int {
        let step = steps[index]
        if step == Self.escape { return outliers[index]! }
        return anchors[index / Self.stride] + Int(step)
    }
}
