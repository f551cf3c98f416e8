/// Byte-level character tests used by the scanning passes.
enum ByteClass {
    /// Space, tab, vertical tab, form feed (line breaks are handled by the line scanner).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0A || byte == 0x0D
    }
}
