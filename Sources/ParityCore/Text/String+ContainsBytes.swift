extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this string's: a plain byte
    /// search, without the per-call set-up of the standard library's
    /// `contains(_:)` (which matches by `Character` and, on short header
    /// lines checked against every month name of every language, dominated
    /// segmentation time).
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard pattern.count <= text.count else { return false }
                var index = 0
                let last = text.count - pattern.count
                while index <= last {
                    if text[index] == first {
                        var k = 1
                        while k < pattern.count, text[index + k] == pattern[k] { k += 1 }
                        if k == pattern.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
