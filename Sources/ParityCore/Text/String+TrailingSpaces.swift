extension String {
    /// The string without the spaces (U+0020) at its end; other white space stays.
    package func trimmingTrailingSpaces() -> String {
        let utf8 = utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x20 else { break }
            end = before
        }
        return end == utf8.endIndex ? self : String(self[..<end])
    }
}
