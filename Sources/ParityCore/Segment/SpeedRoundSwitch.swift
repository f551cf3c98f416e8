#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measurement only (removed before the round's last commit): `PARITY_OLD_PATHS=1` runs the paths this round
/// replaced, so that one release build measures before and after.
enum SpeedRoundSwitch {
    static let old = getenv("PARITY_OLD_PATHS") != nil
}
