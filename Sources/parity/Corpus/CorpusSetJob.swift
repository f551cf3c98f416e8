#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParityCore
import ParityIO
import ParityXML

/// The output formats a corpus run writes per set.
enum CorpusFormat: String, CaseIterable, Sendable {
    /// `SET.xml`: Parity's native XML.
    case xml
    /// `SET.tmx`: TMX 1.4b with all languages (sets of two or more versions).
    case tmx
    /// `SET.LANG.xml` per version and `SET.PIVOT-LANG.xml` per other version.
    case xces
}

/// What one set gave: its summary record and the lines to print, in set order.
struct CorpusSetOutcome: Sendable {
    var record: CorpusSummary.SetRecord
    /// The line for standard output.
    var line: String
    /// Lines for standard error (skipped files, warnings, the failure).
    var errorLines: [String]
}

/// Reads, aligns, checks and writes one document set. A set that cannot be
/// read or written fails alone: its outcome says which file and why, and no
/// output of it is written (the files of a set are written together,
/// atomically). Safe to run on many sets at once.
struct CorpusSetJob: Sendable {
    var output: String
    var formats: [CorpusFormat]
    /// Redo sets whose outputs are up to date.
    var force: Bool
    /// The modification time of the `parity` executable: outputs older than it are redone.
    var toolTime: timespec?
    /// The TMX files' creation date: one for the whole run (`SOURCE_DATE_EPOCH`, else the start of the run).
    var tmxDate: TMXDate
    /// The `xml:lang` tags TMX files give each language (`--tmx-lang`).
    var tmxLanguageTags = TMXLanguageTags()

    func run(_ set: DocumentSet) -> CorpusSetOutcome {
        var record = CorpusSummary.SetRecord(set: set.name, status: .written)
        record.skipped = set.skipped
        record.inputBytes = set.files.reduce(0) { $0 + (Self.status($1.path).map { Int($0.st_size) } ?? 0) }
        var errorLines = set.skipped.filter { !$0.isNote }.map { "parity: \(set.name): \($0.path): skipped: \($0.reason)" }
        if !force, let outputs = predictedOutputs(set), isUpToDate(outputs, inputs: set.paths) {
            record.status = .upToDate
            record.outputs = outputs
            record.versions = set.files.map { .init(file: $0.path, language: $0.language?.rawValue, languageFrom: "name") }
            return CorpusSetOutcome(record: record, line: "\(set.name): up to date -> \(outputs.joined(separator: ", "))", errorLines: errorLines)
        }
        func failed(_ file: String?, _ reason: String) -> CorpusSetOutcome {
            record.status = .failed
            record.failures.append(.init(file: file, reason: reason))
            let described = file.map { "\($0): \(reason)" } ?? reason
            errorLines.append("parity: \(set.name): \(described)")
            return CorpusSetOutcome(record: record, line: "\(set.name): failed: \(described)", errorLines: errorLines)
        }

        var documents: [Document] = []
        var placed: [Language: String] = [:]
        for file in set.files {
            let document: Document
            do throws(InputError) {
                let read = try read(file, set: set.name)
                if let warning = read.warning {
                    record.warnings.append(warning)
                    errorLines.append("parity: \(set.name): \(file.path): warning: \(warning)")
                }
                document = read.document
            } catch {
                return failed(nil, error.description)
            }
            guard let language = document.language else {
                let skip = SkippedFile(path: file.path, reason: "neither its name nor its text gives a language")
                record.skipped.append(skip)
                errorLines.append("parity: \(set.name): \(file.path): skipped: \(skip.reason)")
                continue
            }
            if let first = placed[language] {
                let skip = SkippedFile(path: file.path, reason: "a second version in '\(language)' (the first is \(first))")
                record.skipped.append(skip)
                errorLines.append("parity: \(set.name): \(file.path): skipped: \(skip.reason)")
                continue
            }
            placed[language] = file.path
            documents.append(document)
            record.versions.append(.init(file: file.path, language: language.rawValue, languageFrom: file.language == nil ? "content" : "name"))
        }
        guard !documents.isEmpty else { return failed(nil, "no version left: every file was skipped") }

        let pivot = documents.firstIndex { $0.language == .english } ?? 0
        let alignment = Aligner(pivot: pivot).align(documents)
        let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
        record.links = alignment.links.count
        record.findings = CorpusSummary.SetRecord.findingCounts(content.findings)

        var files: [(path: String, bytes: [UInt8])] = []
        for format in formats {
            let exporter: AlignmentExporter
            let path: String
            switch format {
            case .xml:
                (exporter, path) = (AlignmentExporter(format: .native), "\(output)/\(set.name).xml")
            case .tmx:
                guard documents.count > 1 else { continue }
                (exporter, path) = (AlignmentExporter(format: .tmx, tmxLanguages: .allLanguages, tmxTuidPrefix: set.name, tmxDate: tmxDate,
                                                      tmxLanguageTags: tmxLanguageTags), "\(output)/\(set.name).tmx")
            case .xces:
                (exporter, path) = (AlignmentExporter(format: .xces), "\(output)/\(set.name)")
            }
            do throws(ExportError) {
                let rendered = try exporter.render(content, output: path)
                files += rendered.files
                for warning in rendered.warnings {
                    record.warnings.append(warning.description)
                    errorLines.append("parity: \(set.name): warning: \(warning)")
                }
            } catch {
                return failed(nil, "cannot export \(format.rawValue): \(error.description)")
            }
        }
        do throws(ExportError) {
            try AtomicFileWriter.write(files, protecting: set.paths)
        } catch {
            return failed(nil, error.description)
        }
        record.outputs = files.map(\.path)
        return CorpusSetOutcome(record: record, line: summaryLine(set.name, content, written: record.outputs), errorLines: errorLines)
    }

    /// Reads one file. Its language is the one its name (or the manifest)
    /// gives; when the text reads as another, the name wins and the
    /// mismatch is returned as a warning, unless the detector cannot tell the
    /// two apart (`DetectorKin`). Without a named language, the text decides.
    private func read(_ file: SetFile, set: String) throws(InputError) -> (document: Document, warning: String?) {
        var document = try InputLoader().load(file.path)
        guard let named = file.language else { return (document, nil) }
        let read = document.language
        if read?.primary == named.primary {
            document.language = named
            // The loader took the language from the same name and reported a text that reads as another.
            let mismatch = document.diagnostics.first { $0.message.hasPrefix(InputLoader.languageMismatchPrefix) }
            return (document, mismatch.map { String($0.message.dropFirst(InputLoader.languageMismatchPrefix.count)) })
        }
        // Segment again with the named language's conventions.
        document = try InputLoader(language: named).load(file.path)
        guard let read, !DetectorKin.cannotTell(named, from: read) else { return (document, nil) }
        return (document, "named '\(named)' but the text reads as '\(read)'; kept as '\(named)'")
    }

    private func summaryLine(_ name: String, _ content: CheckedAlignment, written: [String]) -> String {
        let versions = content.alignment.versions
        let languages = versions.map { $0.language?.rawValue ?? "?" }.joined(separator: ",")
        let count = { (severity: Severity) in content.findings.filter { $0.severity == severity }.count }
        return "\(name): \(Count.of(versions.count, "version")) (\(languages)), "
            + "\(Count.of(content.alignment.links.count, "link")), \(Count.of(count(.error), "error")), "
            + "\(Count.of(count(.warning), "warning")), \(count(.info)) info -> "
            + written.joined(separator: ", ")
    }

    // MARK: Resuming

    /// The files a run would write for `set`, when its languages are known
    /// before reading (from names or a manifest); nil otherwise.
    func predictedOutputs(_ set: DocumentSet) -> [String]? {
        let languages = set.files.compactMap(\.language)
        guard !languages.isEmpty, languages.count == set.files.count else { return nil }
        let tags = languages.map(\.rawValue)
        let pivot = languages.firstIndex(of: .english) ?? 0
        var outputs: [String] = []
        for format in formats {
            switch format {
            case .xml: outputs.append("\(output)/\(set.name).xml")
            case .tmx: if tags.count > 1 { outputs.append("\(output)/\(set.name).tmx") }
            case .xces:
                outputs += tags.map { "\(output)/\(set.name).\($0).xml" }
                outputs += tags.indices.filter { $0 != pivot }.map { "\(output)/\(set.name).\(tags[pivot])-\(tags[$0]).xml" }
            }
        }
        return outputs
    }

    /// Whether every output exists and is newer than every input and than the `parity` executable.
    func isUpToDate(_ outputs: [String], inputs: [String]) -> Bool {
        var newestInput = toolTime ?? timespec(tv_sec: 0, tv_nsec: 0)
        for input in inputs {
            guard let status = Self.status(input) else { return false }
            if Self.isAfter(Self.modified(status), newestInput) { newestInput = Self.modified(status) }
        }
        for output in outputs {
            guard let status = Self.status(output), Self.isAfter(Self.modified(status), newestInput) else { return false }
        }
        return true
    }

    static func status(_ path: String) -> stat? {
        var status = stat()
        return stat(path, &status) == 0 ? status : nil
    }

    static func modified(_ status: stat) -> timespec {
        #if canImport(Darwin)
        return status.st_mtimespec
        #else
        return status.st_mtim
        #endif
    }

    static func isAfter(_ a: timespec, _ b: timespec) -> Bool {
        a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec
    }
}
