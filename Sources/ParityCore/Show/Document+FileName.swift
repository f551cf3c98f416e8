extension Document {
    /// The last path component of `sourceName` (`udhr_spa.xml` for
    /// `Sources-Texts/udhr/udhr_spa.xml`), for column headers.
    package var fileName: String {
        guard let slash = sourceName.lastIndex(of: "/") else { return sourceName }
        let name = sourceName[sourceName.index(after: slash)...]
        return name.isEmpty ? sourceName : String(name)
    }
}
