#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A moment written in TMX's date format, `YYYYMMDDThhmmssZ` (ISO 8601 basic
/// format, UTC), as the TMX 1.4b `creationdate` and `changedate` attributes
/// require.
///
/// Exports carry the time they were made (`now()`); a reproducible build
/// passes a fixed moment instead, e.g. from the `SOURCE_DATE_EPOCH`
/// environment variable (`init?(sourceDateEpoch:)`), as the committed files
/// in `Alignments/` are written.
public struct TMXDate: Hashable, Sendable, CustomStringConvertible {
    /// The latest moment with a four-digit year: 9999-12-31T23:59:59Z.
    public static let latestSecondsSince1970: Int64 = 253_402_300_799

    /// Seconds since 1970-01-01T00:00:00Z (0 … `latestSecondsSince1970`).
    public let secondsSince1970: Int64

    /// The moment `seconds` after 1970-01-01T00:00:00Z, clamped to 1970 … 9999.
    public init(secondsSince1970 seconds: Int64) {
        secondsSince1970 = min(max(seconds, 0), Self.latestSecondsSince1970)
    }

    /// Reads a `SOURCE_DATE_EPOCH` value: decimal seconds since 1970, nothing
    /// else (no sign, no spaces); `nil` when it is not one or lies after year 9999.
    public init?(sourceDateEpoch text: String) {
        guard !text.isEmpty, text.utf8.count <= 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let seconds = Int64(text), seconds <= Self.latestSecondsSince1970 else { return nil }
        secondsSince1970 = seconds
    }

    /// The current time, to the second.
    public static func now() -> TMXDate { TMXDate(secondsSince1970: Int64(time(nil))) }

    /// `YYYYMMDDThhmmssZ`, e.g. `20261130T000000Z`.
    public var text: String {
        let days = secondsSince1970 / 86_400
        let secondOfDay = secondsSince1970 % 86_400
        let (year, month, day) = Self.civilDate(daysSince1970: days)
        return Self.digits(year, 4) + Self.digits(month, 2) + Self.digits(day, 2) + "T"
            + Self.digits(secondOfDay / 3600, 2) + Self.digits(secondOfDay / 60 % 60, 2) + Self.digits(secondOfDay % 60, 2) + "Z"
    }

    public var description: String { text }

    /// The proleptic Gregorian date of a day count (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func digits(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
