import Foundation
import ParityXML

/// The date written into TMX files: `SOURCE_DATE_EPOCH` (seconds since 1970,
/// the reproducible-builds convention) when the environment sets it, else the
/// time of the run. `Alignments/` is written with a fixed value so that its
/// files are the same bytes on every run.
enum ExportDate {
    /// The environment variable read.
    static let variable = "SOURCE_DATE_EPOCH"

    /// The fixed date, or `nil` for the time of writing (also when the value is
    /// malformed: `problem` says so and the commands stop before writing).
    static var fixed: TMXDate? {
        ProcessInfo.processInfo.environment[variable].flatMap(TMXDate.init(sourceDateEpoch:))
    }

    /// One line saying why the variable cannot be used, or `nil` when it is unset or valid.
    static var problem: String? {
        guard let value = ProcessInfo.processInfo.environment[variable], TMXDate(sourceDateEpoch: value) == nil else { return nil }
        return "\(variable)=\(value) is not a number of seconds since 1970 (0 … \(TMXDate.latestSecondsSince1970))"
    }
}
