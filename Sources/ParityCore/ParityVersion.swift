/// The version of Parity: what `parity --version` prints and what TMX files
/// name as the creating tool's version (`creationtoolversion`).
public enum ParityVersion {
    /// The version, `MAJOR.MINOR.PATCH`.
    public static let current = "0.1.0"
}
