import Foundation
import ParityCore
import ParityIO

/// A corpus manifest: one row per file, naming its set, its language and
/// its path (relative to the manifest's folder unless absolute).
///
/// CSV (`.csv`): a header row with the columns `set`, `language`, `path` in
/// any order (other columns are ignored), RFC 4180 quoting. JSON (`.json`):
/// an array of objects `{"set": …, "language": …, "path": …}`. An empty
/// language lets the file's content decide. A row with an unknown language
/// code, or a second row for the same language of a set, is skipped and listed.
enum CorpusManifest {
    /// One row.
    struct Row: Decodable, Equatable {
        var set: String
        var language: String?
        var path: String
    }

    /// The sets the manifest at `path` lists, sorted by name.
    /// - Throws: `InputError` when the manifest cannot be read or has not the shape above.
    static func read(_ path: String) throws(InputError) -> DocumentSetFinder.Result {
        let bytes = try InputFileReader.read(path, limit: 256 << 20)
        let rows: [Row]
        if path.lowercased().hasSuffix(".json") {
            do {
                rows = try JSONDecoder().decode([Row].self, from: Data(bytes))
            } catch {
                throw .unsupportedFormat(file: path, detail: "a JSON manifest is an array of {\"set\", \"language\", \"path\"} objects")
            }
        } else if path.lowercased().hasSuffix(".csv") {
            rows = try csvRows(String(decoding: bytes, as: UTF8.self), file: path)
        } else {
            throw .unsupportedFormat(file: path, detail: "SOURCE is a folder of document sets or a manifest ending in .csv or .json")
        }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return sets(rows, relativeTo: folder)
    }

    /// Groups rows into sets, in the manifest's row order within a set.
    static func sets(_ rows: [Row], relativeTo folder: String) -> DocumentSetFinder.Result {
        var sets: [String: DocumentSet] = [:]
        var placed: [String: [Language: String]] = [:]
        var skipped: [SkippedFile] = []
        for row in rows {
            let name = row.set.trimmingCharacters(in: .whitespaces)
            let file = row.path.hasPrefix("/") ? row.path : folder + "/" + row.path
            guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
                skipped.append(SkippedFile(path: file, reason: "the manifest's set name '\(row.set)' is empty, starts with a dot or holds a /"))
                continue
            }
            var set = sets[name] ?? DocumentSet(name: name, files: [])
            let code = (row.language ?? "").trimmingCharacters(in: .whitespaces)
            if code.isEmpty {
                set.files.append(SetFile(path: file, language: nil))
            } else if case .success(let language) = Language.parse(code) {
                if let first = placed[name]?[language] {
                    set.skipped.append(SkippedFile(path: file, reason: "a second file for '\(language)' (the first is \(first))"))
                } else {
                    placed[name, default: [:]][language] = file
                    set.files.append(SetFile(path: file, language: language))
                }
            } else {
                set.skipped.append(SkippedFile(path: file, reason: "unknown language '\(code)' in the manifest"))
            }
            sets[name] = set
        }
        return DocumentSetFinder.Result(sets: sets.values.sorted { $0.name < $1.name }, skipped: skipped)
    }

    /// The rows of a CSV manifest.
    static func csvRows(_ text: String, file: String) throws(InputError) -> [Row] {
        let records = CSVRecords.parse(text)
        guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
            let setColumn = header.firstIndex(of: "set"), let pathColumn = header.firstIndex(of: "path")
        else { throw .unsupportedFormat(file: file, detail: "a CSV manifest starts with a header row naming the columns set, language, path") }
        let languageColumn = header.firstIndex(of: "language")
        var rows: [Row] = []
        for (number, record) in records.dropFirst().enumerated() {
            if record.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard record.count > max(setColumn, pathColumn) else {
                throw .unsupportedFormat(file: file, detail: "row \(number + 2) has \(record.count) columns; the header has \(header.count)")
            }
            let language = languageColumn.flatMap { $0 < record.count ? record[$0] : nil }
            rows.append(Row(set: record[setColumn], language: language, path: record[pathColumn]))
        }
        return rows
    }
}

/// RFC 4180 CSV: fields separated by commas, records by line breaks,
/// double-quoted fields may hold commas, line breaks and doubled quotes.
enum CSVRecords {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": record.append(field); field = ""
            case "\r": continue
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
