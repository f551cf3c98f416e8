import Foundation
import ParityCore

/// One document set: the language versions of one document, in one folder.
struct DocumentSet: Equatable {
    /// The folder's name, used for the output files.
    var name: String
    /// The input files, sorted by name.
    var files: [String]
}

/// Finds the document sets of a corpus folder: each sub-folder holding input
/// files is a set. `SOURCE.txt`, `README…` and hidden files are not inputs.
enum DocumentSetFinder {
    /// The sets below `root`, sorted by folder name.
    /// - Throws: `InputError.unreadable` when `root` is not a readable folder.
    static func sets(in root: String) throws(InputError) -> [DocumentSet] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue,
            let names = try? manager.contentsOfDirectory(atPath: root)
        else { throw .unreadable(file: root, reason: "not a readable folder") }
        var sets: [DocumentSet] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let folder = root.hasSuffix("/") ? root + name : root + "/" + name
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
                let entries = try? manager.contentsOfDirectory(atPath: folder)
            else { continue }
            let files = entries.sorted().filter(isInputName).map { folder + "/" + $0 }
                .filter { manager.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue }
            if !files.isEmpty { sets.append(DocumentSet(name: name, files: files)) }
        }
        return sets
    }

    /// Whether a file name names an input rather than notes about the inputs.
    static func isInputName(_ name: String) -> Bool {
        let upper = name.uppercased()
        return !name.hasPrefix(".") && upper != "SOURCE.TXT" && !upper.hasPrefix("README")
    }
}
