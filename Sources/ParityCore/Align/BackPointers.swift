/// The moves a band dynamic programme chose, half a byte a cell: moves are
/// numbered 0–14, and `none` marks a cell no path reached.
struct BackPointers: Sendable {
    /// No move (the cell was not reached).
    static let none: UInt8 = 15

    private var nibbles: [UInt8]

    /// `count` cells, all `none`.
    init(count: Int) {
        nibbles = [UInt8](repeating: 0xFF, count: (count + 1) / 2)
    }

    subscript(cell: Int) -> UInt8 {
        get { (nibbles[cell >> 1] >> (UInt8(cell & 1) * 4)) & 0x0F }
        set {
            let shift = UInt8(cell & 1) * 4
            nibbles[cell >> 1] = (nibbles[cell >> 1] & ~(0x0F << shift)) | ((newValue & 0x0F) << shift)
        }
    }
}
