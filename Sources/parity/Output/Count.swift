/// A count and its noun, singular for one: "1 finding", "2 findings", "0 errors".
enum Count {
    /// `count` and `noun`, with `plural` (default: `noun` + "s") unless `count` is 1.
    static func of(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
