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

    /// The outline expectation files (`NAME.expect`, not pair files) of the
    /// current folders whose path starts with `prefix`, sorted by path.
    public static func outlineFiles(under prefix: String = "") -> [URL] {
        files(under: prefix) { $0.pathExtension == "expect" && !$0.lastPathComponent.hasSuffix(".pair.expect") }
    }

    /// The pair files (`NAME.pair.expect`) of the current folders, sorted by path.
    public static func pairFiles() -> [URL] {
        files(under: "") { $0.lastPathComponent.hasSuffix(".pair.expect") }
    }

    private static func files(under prefix: String, _ keep: (URL) -> Bool) -> [URL] {
        var files: [URL] = []
        for folder in current where folder.hasPrefix(prefix) {
            guard let walker = FileManager.default.enumerator(at: RepositoryPaths.fixture(folder), includingPropertiesForKeys: nil)
            else { continue }
            for case let url as URL in walker where keep(url) { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }
}

extension RepositoryPaths {
    /// `url`'s path relative to the repository root (the path itself when outside it).
    public static func relativePath(_ url: URL) -> String {
        let rootPath = root.path + "/"
        return url.path.hasPrefix(rootPath) ? String(url.path.dropFirst(rootPath.count)) : url.path
    }
}
