/// Scalars of a byte range without any white-space folding (tabs kept), for
/// column-aware parsing.
enum ScalarTextRaw {
    /// The scalars of `bytes[start..<end]` exactly.
    static func scalars(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Unicode.Scalar] {
        Array(String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
    }
}
