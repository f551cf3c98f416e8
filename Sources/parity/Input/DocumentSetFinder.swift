import Foundation
import ParityCore
import ParityIO

/// One input file of a document set and the language placed on it before
/// reading (from its name or a manifest); nil when its content must tell.
struct SetFile: Equatable, Sendable {
    var path: String
    var language: Language?
}

/// A file of the corpus that Parity left out, and why.
struct SkippedFile: Equatable, Sendable, Codable {
    var path: String
    var reason: String
    /// Notes about the inputs (`SOURCE.txt`, `README…`): skipped as documented, not worth a warning.
    var isNote: Bool = false
}

/// One document set: the language versions of one document.
struct DocumentSet: Equatable, Sendable {
    /// The set's name, used for the output files.
    var name: String
    /// The input files, sorted by name.
    var files: [SetFile]
    /// The files of the set Parity cannot place.
    var skipped: [SkippedFile] = []

    /// The paths of the input files.
    var paths: [String] { files.map(\.path) }
}

/// Finds the document sets of a corpus: the sub-folders of a folder, the
/// files of a flat folder grouped by symbol and language (`A_61_187-ES.pdf`,
/// `A_61_187-EN.pdf`), or the rows of a manifest (`.csv` or `.json`).
///
/// In a set folder, when any file's name gives a language (`FileNameLanguage`),
/// every version must be named so: a file whose name gives none, or a second
/// file named for the same language, is skipped and listed. When no file's
/// name gives a language, each file's content decides (at reading time).
/// `SOURCE.txt`, `README…`, `NOTES…`, `LICENSE…` and hidden files are notes,
/// never inputs.
enum DocumentSetFinder {
    /// Everything found below `source`: the sets, sorted by name, and the
    /// loose files of the top folder that belong to no set.
    struct Result: Equatable {
        var sets: [DocumentSet]
        var skipped: [SkippedFile]
    }

    /// The sets below `root`, sorted by name (`source` is a folder or a manifest file).
    /// - Throws: `InputError.unreadable` when `source` is neither a readable folder nor a readable manifest.
    static func find(in source: String) throws(InputError) -> Result {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw .unreadable(file: source, reason: "no such folder or manifest")
        }
        if !isDirectory.boolValue {
            return try CorpusManifest.read(source)
        }
        guard let names = try? manager.contentsOfDirectory(atPath: source) else {
            throw .unreadable(file: source, reason: "not a readable folder")
        }
        let root = source.hasSuffix("/") ? String(source.dropLast()) : source
        var sets: [DocumentSet] = []
        var looseFiles: [String] = []
        var skipped: [SkippedFile] = []
        for name in names.sorted() {
            let path = root + "/" + name
            if name.hasPrefix(".") { continue }
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                if let set = folderSet(name: name, folder: path) { sets.append(set) }
            } else if isNoteName(name) {
                skipped.append(SkippedFile(path: path, reason: "notes, not a version", isNote: true))
            } else {
                looseFiles.append(path)
            }
        }
        let flat = flatSets(looseFiles)
        sets += flat.sets
        skipped += flat.skipped
        return Result(sets: sets.sorted { $0.name < $1.name }, skipped: skipped)
    }

    /// The set of one folder, or nil when it holds no input file.
    static func folderSet(name: String, folder: String) -> DocumentSet? {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { return nil }
        var isDirectory: ObjCBool = false
        var set = DocumentSet(name: name, files: [])
        var candidates: [(path: String, language: Language?)] = []
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = folder + "/" + entry
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if isNoteName(entry) {
                set.skipped.append(SkippedFile(path: path, reason: "notes, not a version", isNote: true))
            } else {
                candidates.append((path, FileNameLanguage.split(entry)?.language))
            }
        }
        guard !candidates.isEmpty else { return nil }
        let named = candidates.contains { $0.language != nil }
        var placed: [Language: String] = [:]
        for candidate in candidates {
            guard named else {
                set.files.append(SetFile(path: candidate.path, language: nil))
                continue
            }
            guard let language = candidate.language else {
                set.skipped.append(SkippedFile(path: candidate.path, reason: "its name gives no language, unlike the set's other files"))
                continue
            }
            if let first = placed[language] {
                set.skipped.append(SkippedFile(path: candidate.path, reason: "a second file for '\(language)' (the first is \(lastComponent(first)))"))
                continue
            }
            placed[language] = candidate.path
            set.files.append(SetFile(path: candidate.path, language: language))
        }
        return set
    }

    /// The sets of loose files grouped by the symbol their names give
    /// (`A_61_187-ES.pdf` and `A-61-187.en.txt` are set `A_61_187`), and the
    /// files that give no language.
    static func flatSets(_ paths: [String]) -> (sets: [DocumentSet], skipped: [SkippedFile]) {
        var groups: [String: DocumentSet] = [:]
        var placed: [String: [Language: String]] = [:]
        var skipped: [SkippedFile] = []
        for path in paths {
            let name = lastComponent(path)
            guard let (symbol, language) = FileNameLanguage.split(name), !symbol.isEmpty else {
                skipped.append(SkippedFile(path: path, reason: "its name gives no symbol and language (like A_61_187-EN.pdf)"))
                continue
            }
            let key = symbolKey(symbol)
            var set = groups[key] ?? DocumentSet(name: setName(symbol), files: [])
            if let first = placed[key]?[language] {
                set.skipped.append(SkippedFile(path: path, reason: "a second file for '\(language)' (the first is \(lastComponent(first)))"))
            } else {
                placed[key, default: [:]][language] = path
                set.files.append(SetFile(path: path, language: language))
            }
            groups[key] = set
        }
        return (groups.values.sorted { $0.name < $1.name }, skipped)
    }

    /// Symbols that differ only in case or in `-`/`_` are one document.
    static func symbolKey(_ symbol: String) -> String {
        setName(symbol).uppercased()
    }

    /// The output name of a flat set: its symbol with `_` for `-` (`A-61-187` → `A_61_187`).
    static func setName(_ symbol: String) -> String {
        symbol.replacingOccurrences(of: "-", with: "_")
    }

    /// Whether a file name names notes about the inputs rather than an input.
    static func isNoteName(_ name: String) -> Bool {
        let upper = name.uppercased()
        return name.hasPrefix(".") || upper == "SOURCE.TXT" || upper.hasPrefix("README") || upper.hasPrefix("NOTES")
            || upper.hasPrefix("LICENSE") || upper.hasPrefix("LICENCE")
    }

    /// Whether a file name names an input rather than notes about the inputs.
    static func isInputName(_ name: String) -> Bool { !isNoteName(name) }

    static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
