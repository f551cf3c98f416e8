import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// When to colour terminal output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour: `auto` colours only when standard output is a
    /// terminal and `NO_COLOR` is not set (or empty).
    func isEnabled(environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }
}
