/// Plain byte-pattern search, the one loop behind substring tests on UTF-8
/// (`String.containsBytes`) and the XML markup scanners (`XMLProlog`,
/// `XMLSourceScanner`).
package enum ByteSearch {
    /// The first index of `pattern` in `bytes[start..<limit]`; nil when absent (an empty pattern is found at `start`).
    package static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                                   from start: Int, upTo limit: Int) -> Int? {
        guard let first = pattern.first else { return start }
        guard limit - start >= pattern.count else { return nil }
        var i = start
        while i <= limit - pattern.count {
            if bytes[i] == first {
                var k = 1
                while k < pattern.count, bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// ``firstIndex(of:in:from:upTo:)`` on arrays.
    package static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int, upTo limit: Int) -> Int? {
        pattern.withUnsafeBufferPointer { pattern in
            bytes.withUnsafeBufferPointer { bytes in firstIndex(of: pattern, in: bytes, from: start, upTo: limit) }
        }
    }
}
