import ArgumentParser

/// `--shard i/n`: shard `i` of `n` (1-based) takes the sets whose name's
/// FNV-1a hash is `i - 1` modulo `n`. The split depends only on set names, so
/// the same set always lands in the same shard, on any machine, and adding
/// sets to the corpus moves no other set to another shard.
struct CorpusShard: ExpressibleByArgument, Equatable, CustomStringConvertible {
    var index: Int
    var count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    var description: String { "\(index)/\(count)" }

    /// Whether the set named `name` belongs to this shard.
    func contains(_ name: String) -> Bool {
        Int(Self.hash(name) % UInt64(count)) == index - 1
    }

    /// 64-bit FNV-1a of the UTF-8 bytes.
    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
