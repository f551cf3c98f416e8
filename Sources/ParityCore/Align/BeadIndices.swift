/// The block indices of one side of a ``PairBead``, in order. Consecutive
/// indices (nearly every bead: the length aligner's steps, an anchor, a
/// merged pair) are kept as their bounds inside the bead; any other list as
/// an array. A long document aligned pair by pair holds a bead a block until
/// the pairs are merged: two arrays a bead cost some 100 bytes of heap, the
/// bounds none. Equal lists are equal and hash alike whichever way they are kept.
struct BeadIndices: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// `lower..<upper` when `list` is nil.
    private var lower: Int32 = 0
    private var upper: Int32 = 0
    private var list: [Int]?

    /// The indices of `range`.
    init(_ range: Range<Int>) {
        if let lower = Int32(exactly: range.lowerBound), let upper = Int32(exactly: range.upperBound) {
            self.lower = lower
            self.upper = upper
        } else {
            list = Array(range)
        }
    }

    /// The indices of `indices`, in their order.
    init(_ indices: [Int]) {
        if let first = indices.first, indices.last == first + indices.count - 1,
           indices.indices.allSatisfy({ indices[$0] == first + $0 }) {
            self.init(first..<(first + indices.count))
        } else if indices.isEmpty {
            self.init(0..<0)
        } else {
            self.init(list: indices)
        }
    }

    private init(list: [Int]) {
        self.list = list
    }

    init(arrayLiteral elements: Int...) {
        self.init(elements)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { list?.count ?? Int(upper - lower) }

    subscript(position: Int) -> Int {
        if let list { return list[position] }
        precondition(position >= 0 && position < Int(upper - lower), "bead index out of range")
        return Int(lower) + position
    }

    /// The indices of `left`, then those of `right`.
    static func + (left: BeadIndices, right: BeadIndices) -> BeadIndices {
        BeadIndices(Array(left) + Array(right))
    }

    static func == (left: BeadIndices, right: BeadIndices) -> Bool {
        left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for index in self { hasher.combine(index) }
    }
}
