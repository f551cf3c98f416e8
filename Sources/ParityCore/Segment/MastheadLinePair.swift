/// Two lines of an old-style masthead that say one thing: "UNITED" over
/// "NATIONS" (or "NATIONS" / "UNIES", "NACIONES" / "UNIDAS"), and "Distr."
/// over "GENERAL" / "LIMITED" / "RESTRICTED" / "GÉNÉRALE" / "LIMITADA" / ….
enum MastheadLinePair {
    /// Longest line (bytes) looked at.
    private static let maximumLineBytes = 48

    /// Whether `second` completes `first` as one masthead field.
    static func joins(_ buffer: UnsafeBufferPointer<UInt8>, _ first: TextLine, _ second: TextLine) -> Bool {
        guard !first.isBlank, !second.isBlank,
              first.contentEnd - first.contentStart <= maximumLineBytes,
              second.contentEnd - second.contentStart <= maximumLineBytes else { return false }
        let upper = text(buffer, first).lowercased()
        let lower = text(buffer, second).lowercased()
        if upper == "distr." || upper == "distr" || upper == "distr.:" {
            return lower.unicodeScalars.allSatisfy { ScalarClass.isWordLetter($0) || $0 == "." }
                && lower.unicodeScalars.count <= 16
        }
        return organizationNames.contains(upper + " " + lower)
    }

    /// "United Nations" in every language, white space folded to one space.
    private static let organizationNames = Set(LanguageConventions.all.flatMap(\.organizationNames))

    private static func text(_ buffer: UnsafeBufferPointer<UInt8>, _ line: TextLine) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[line.contentStart..<line.contentEnd]), as: UTF8.self)
    }
}
