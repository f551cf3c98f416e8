import Foundation

/// The folders under `Tests/Fixtures` whose `.expect` files the tests read.
///
/// The constructed documents are split in two (see
/// `Tests/Fixtures/constructed-documents/README.md`): `dev` is read by every
/// test run; `holdout` is kept aside while developing and read only when
/// `PARITY_HOLDOUT=1` is set, to measure at the end what was not tuned on.
public enum ExpectationFolders {
    /// Real documents and the constructed development set, plus the hold-out set when asked for.
    public static var current: [String] {
        var folders = ["real", "constructed-documents/dev"]
        if ProcessInfo.processInfo.environment["PARITY_HOLDOUT"] == "1" { folders.append("constructed-documents/holdout") }
        return folders
    }
}
