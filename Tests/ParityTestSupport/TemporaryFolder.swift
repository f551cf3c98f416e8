import Foundation

/// A folder of its own under the system's temporary directory: the place a
/// test writes the files it gives Parity. The test removes it (`defer {
/// folder.remove() }`), which also keeps it alive to the end of the scope.
public struct TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Makes a new empty folder whose name starts with `prefix`.
    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `text` as UTF-8 to the file `name` in the folder and returns its path.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    /// Writes `bytes` to the file `name` in the folder and returns its path.
    @discardableResult
    public func write(_ bytes: [UInt8], to name: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }
}
