/// A compact table of byte offsets, one entry per UTF-8 byte of decoded text
/// (the input offset it came from). Text copied from its input, as a PDF
/// clean-up copies lines, is a few long runs of consecutive offsets, so the
/// table keeps runs (eight bytes a run: where it starts and its first value);
/// when runs stop paying (more than one run in seven entries, as when every
/// character is a multi-byte one made from one input offset) it turns into
/// `SteppedOffsets` (about 1.1 bytes an entry).
public struct OffsetTable: Sendable {
    /// Entry index where each run starts (increasing).
    private var runStarts: [UInt32] = []
    /// Value of each run's first entry; entry `runStarts[k] + j` is `runValues[k] + j`.
    private var runValues: [UInt32] = []
    /// Set once the table no longer keeps runs.
    private var stepped: SteppedOffsets?
    /// Entries to make room for when turning into `SteppedOffsets`.
    private var expectedCount = 0

    /// Number of entries.
    public private(set) var count = 0

    /// An empty table.
    public init() {}

    /// A table of `values`.
    public init(_ values: [Int]) {
        reserveCapacity(values.count)
        for value in values { append(value) }
    }

    /// Expects `count` entries (runs need no room made; a stepped table does).
    public mutating func reserveCapacity(_ count: Int) {
        expectedCount = count
        stepped?.reserveCapacity(count)
    }

    /// Adds an entry at the end.
    public mutating func append(_ value: Int) {
        appendConsecutive(from: value, count: 1)
    }

    /// Adds the entries `start`, `start + 1`, … (`count` of them) at the end.
    public mutating func appendConsecutive(from start: Int, count length: Int) {
        guard length > 0 else { return }
        if stepped != nil {
            stepped!.appendConsecutive(from: start, count: length)
            count += length
            return
        }
        let continuesLastRun = runStarts.last.map { Int(runValues[runValues.count - 1]) + (count - Int($0)) == start } ?? false
        if !continuesLastRun {
            guard let entry = UInt32(exactly: count), let value = UInt32(exactly: start),
                  UInt32(exactly: start + length) != nil, !(runStarts.count >= 1024 && runStarts.count * 7 > count)
            else {
                turnStepped()
                appendConsecutive(from: start, count: length)
                return
            }
            runStarts.append(entry)
            runValues.append(value)
        } else if UInt32(exactly: start + length) == nil || UInt32(exactly: count + length) == nil {
            turnStepped()
            appendConsecutive(from: start, count: length)
            return
        }
        count += length
    }

    /// Entry `index`.
    public subscript(index: Int) -> Int {
        precondition(index >= 0 && index < count, "offset table index out of range")
        if let stepped { return stepped[index] }
        let run = self.run(containing: index)
        return Int(runValues[run]) + (index - Int(runStarts[run]))
    }

    /// Entry `index`, starting the search from run `hint` (updated): in order, each lookup is one or two comparisons.
    func entry(_ index: Int, hint: inout Int) -> Int {
        precondition(index >= 0 && index < count, "offset table index out of range")
        if let stepped { return stepped[index] }
        func holds(_ run: Int) -> Bool {
            run >= 0 && run < runStarts.count && Int(runStarts[run]) <= index
                && (run + 1 == runStarts.count || index < Int(runStarts[run + 1]))
        }
        if !holds(hint) { hint = holds(hint + 1) ? hint + 1 : run(containing: index) }
        return Int(runValues[hint]) + (index - Int(runStarts[hint]))
    }

    /// Entry `index` (as `entry(_:hint:)`) and how many entries from it on
    /// are known to be consecutive (`value`, `value + 1`, …): the rest of
    /// its run; 1 in a stepped table.
    func consecutiveEntries(_ index: Int, hint: inout Int) -> (value: Int, count: Int) {
        let value = entry(index, hint: &hint)
        if stepped != nil { return (value, 1) }
        let end = hint + 1 < runStarts.count ? Int(runStarts[hint + 1]) : count
        return (value, end - index)
    }

    /// The entries `range`, in order, found with one search.
    public func forEachEntry(in range: Range<Int>, _ body: (_ index: Int, _ value: Int) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "offset table range out of range")
        var hint = 0
        for index in range { body(index, entry(index, hint: &hint)) }
    }

    /// The last run starting at or before `index`.
    private func run(containing index: Int) -> Int {
        max(0, partitionPoint(in: runStarts.indices) { Int(runStarts[$0]) <= index } - 1)
    }

    /// Moves the entries into a `SteppedOffsets` and keeps adding there.
    private mutating func turnStepped() {
        var table = SteppedOffsets()
        table.reserveCapacity(max(expectedCount, count))
        for run in runStarts.indices {
            let end = run + 1 < runStarts.count ? Int(runStarts[run + 1]) : count
            table.appendConsecutive(from: Int(runValues[run]), count: end - Int(runStarts[run]))
        }
        runStarts = []
        runValues = []
        stepped = table
    }
}

extension OffsetTable: Equatable {
    /// Tables are equal when their entries are, however they are kept.
    public static func == (left: OffsetTable, right: OffsetTable) -> Bool {
        guard left.count == right.count else { return false }
        var equal = true
        left.forEachEntry(in: 0..<left.count) { index, value in
            if equal, right[index] != value { equal = false }
        }
        return equal
    }
}
