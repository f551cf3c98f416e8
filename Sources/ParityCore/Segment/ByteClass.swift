/// Byte-level character tests used by the scanning passes.
enum ByteClass {
    /// ASCII white space: space, tab, line feed, vertical tab, form feed,
    /// carriage return (the ASCII part of `ScalarClass.isWhitespace`).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0A || byte == 0x0D
    }
}
