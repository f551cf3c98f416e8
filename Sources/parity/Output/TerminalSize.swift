#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width of the terminal standard output goes to.
enum TerminalSize {
    /// Columns of the terminal on standard output, else `COLUMNS`, else `fallback`.
    static func columns(environment: [String: String], fallback: Int = 100) -> Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return fallback
    }
}
