/// The numbers that opened units of a hard-wrapped text so far, in one count
/// (paragraph numbers `12.`, or numbers in parentheses `(3)`, each counted
/// apart): what a number at a line start must continue to be a label.
///
/// A number continues the count when it is 1 (a count starts or restarts),
/// the next after the last number, or the next after an earlier number that
/// nothing has taken yet: paragraphs numbered 1–4, then a heading `1.` and
/// paragraph `5.` under it — the heading's own count does not hide that 5
/// goes on from 4. A figure that wrapped to a line start ("1990. gada",
/// "15. Mai", "12. marts") continues none.
struct OpenedNumberCount: Sendable {
    /// The last number that opened a unit.
    private(set) var last: Int?
    private var opened: Set<Int> = []

    /// Notes that `value` opened a unit.
    mutating func open(_ value: Int) {
        last = value
        opened.insert(value)
    }

    /// Whether `value` at a line start continues the count.
    func continues(_ value: Int) -> Bool {
        value == 1 || value == (last ?? 0) + 1 || (opened.contains(value - 1) && !opened.contains(value))
    }
}
