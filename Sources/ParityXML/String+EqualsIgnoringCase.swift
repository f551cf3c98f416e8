extension String {
    /// Whether the two strings are equal ignoring case, as TMX language codes
    /// compare (`en-GB` and `EN-gb` name the same language).
    func equalsIgnoringCase(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
