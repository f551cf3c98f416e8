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
            needle.withUTF8 { pattern in ByteSearch.firstIndex(of: pattern, in: text, from: 0, upTo: text.count) != nil }
        }
    }
}
