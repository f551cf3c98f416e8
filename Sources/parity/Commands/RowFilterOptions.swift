import ArgumentParser
import ParityCore

/// Options of the side-by-side views (`show`, `report`) that choose their rows.
struct RowFilterOptions: ParsableArguments {
    @Flag(help: "Show only rows with findings, with one row of context before and after.")
    var onlyIssues = false

    @Option(help: "Start at this paragraph number.")
    var from: Int?

    @Option(help: "End at this paragraph number.")
    var to: Int?

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    /// The rows these options choose.
    var filter: RowFilter { RowFilter(onlyIssues: onlyIssues, from: from, to: to) }
}
