/// The `tuid`s a TMX file has given so far, to make each new one unique.
/// A file has a unit for nearly every link, and a `tuid` (a prefix and block
/// ids) is mostly longer than a string keeps inline, so they are kept as
/// their hashes: eight bytes a unit, where a set of the strings took some
/// seventy (a string's storage and the set's slot). A `tuid` whose hash is
/// new was not given. The first time a hash was seen before (the same
/// `tuid` again, which an alignment whose ids repeat gives, or two of one
/// hash), the set asks `earlier` for every `tuid` given so far and keeps
/// the strings from then on, so every answer is exact.
struct TMXUnitIDs {
    private var hashes: Set<Int> = []
    /// Every `tuid` given, once a hash repeated (nil until then).
    private var strings: Set<String>?

    /// An empty set; `exact` keeps the strings from the start.
    init(exact: Bool = false) {
        strings = exact ? [] : nil
    }

    /// Whether `tuid` was given; `earlier` makes again every `tuid` given so
    /// far, in order (asked at most once, when a hash repeats).
    mutating func contains(_ tuid: String, earlier: () -> [String]) -> Bool {
        if let strings { return strings.contains(tuid) }
        guard hashes.contains(tuid.hashValue) else { return false }
        let exact = Set(earlier())
        strings = exact
        hashes = []
        return exact.contains(tuid)
    }

    /// Records `tuid` as given.
    mutating func insert(_ tuid: String) {
        if strings != nil {
            strings!.insert(tuid)
        } else {
            hashes.insert(tuid.hashValue)
        }
    }
}
