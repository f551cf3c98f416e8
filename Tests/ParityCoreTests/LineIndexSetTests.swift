@testable import ParityCore
import Testing

/// The bit array of line indices answers as the `Set<Int>` it replaced in the
/// PDF clean-up: the same members, nothing below zero or past its room, and
/// indices inserted beyond the room it was made with.
struct LineIndexSetTests {
    @Test func holdsTheSameMembersAsASet() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 63, 64, 65, 200, 1_000] {
            let members = Set((0..<(count / 3)).map { _ in Int.random(in: 0..<max(1, count), using: &generator) })
            let bits = LineIndexSet(members, count: count)
            for index in -3..<(count + 70) {
                #expect(bits.contains(index) == members.contains(index), "index \(index) of \(count)")
            }
        }
    }

    @Test func growsForLargerIndicesAndIgnoresNegativeOnes() {
        var bits = LineIndexSet(count: 10)
        bits.insert(-1)
        bits.insert(9)
        bits.insert(130)
        #expect(!bits.contains(-1))
        #expect(bits.contains(9))
        #expect(bits.contains(130))
        #expect(!bits.contains(129))
        #expect(!bits.contains(131))
        #expect(!bits.contains(1_000))
    }
}
