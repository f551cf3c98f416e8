/// Runs a job over many sets on a bounded number of concurrent tasks and
/// hands the outcomes back in set order, so that what is printed does not
/// depend on the number of tasks or on which set finishes first.
enum CorpusRunner {
    /// Runs `work` on each of `sets` with at most `limit` at once; calls
    /// `emit` with each set's index and outcome in index order, as soon as
    /// every earlier set has been emitted.
    static func run<Input: Sendable, Outcome: Sendable>(
        _ inputs: [Input], limit: Int, work: @escaping @Sendable (Input) -> Outcome,
        emit: (Int, Outcome) -> Void
    ) async {
        let limit = max(1, limit)
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            var waiting: [Int: Outcome] = [:]
            var emitted = 0
            while next < inputs.count && next < limit {
                let index = next
                let input = inputs[index]
                group.addTask { (index, work(input)) }
                next += 1
            }
            while let (index, outcome) = await group.next() {
                waiting[index] = outcome
                while let ready = waiting.removeValue(forKey: emitted) {
                    emit(emitted, ready)
                    emitted += 1
                }
                if next < inputs.count {
                    let index = next
                    let input = inputs[index]
                    group.addTask { (index, work(input)) }
                    next += 1
                }
            }
        }
    }
}
