/// An `Int` kept in 32 bits: offsets and counts of line and block tables,
/// which hold an entry for every line of inputs of at most 512 MB, so half
/// the size of `Int` keeps those tables small.
@propertyWrapper
struct Int32Backed: Sendable, Hashable {
    private var stored: Int32

    init(wrappedValue: Int) { stored = Int32(wrappedValue) }

    var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(newValue) }
    }
}
