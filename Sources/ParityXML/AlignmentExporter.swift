#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ParityCore

/// Writes an alignment and its findings to files in one of the export
/// formats, atomically (see `AtomicFileWriter`). The CLI's `--format`,
/// `-o/--output`, `--pair` and `--all-languages` map onto it.
public struct AlignmentExporter: Sendable {
    /// An output format.
    public enum Format: String, CaseIterable, Sendable {
        /// Parity's own XML: everything, readable back (`NativeAlignmentReader`).
        case native
        /// TMX 1.4b translation memory.
        case tmx
        /// XCES: a `cesDoc` per version and a `cesAlign` link file per non-pivot version.
        case xces
    }

    /// What was written.
    public struct Report: Sendable {
        /// Paths of the files written, in writing order.
        public var paths: [String]
        /// Characters dropped, versions left out and similar changes.
        public var warnings: [ExportWarning]

        /// Creates a report.
        public init(paths: [String], warnings: [ExportWarning]) {
            self.paths = paths
            self.warnings = warnings
        }
    }

    /// The output format.
    public var format: Format
    /// The languages of a TMX file (ignored by the other formats).
    public var tmxLanguages: TMXLanguageSelection
    /// What every TMX `tuid` starts with, e.g. the set name; `nil` for the
    /// pivot's symbol or file name (see `TMXWriter.tuidPrefix`).
    public var tmxTuidPrefix: String?
    /// The TMX `creationdate`/`changedate`; `nil` for the time of writing.
    public var tmxDate: TMXDate?
    /// The TMX `xml:lang` of each language.
    public var tmxLanguageTags: TMXLanguageTags

    /// Creates an exporter.
    public init(format: Format, tmxLanguages: TMXLanguageSelection = .pivotAndFirstOther, tmxTuidPrefix: String? = nil,
                tmxDate: TMXDate? = nil, tmxLanguageTags: TMXLanguageTags = TMXLanguageTags()) {
        self.format = format
        self.tmxLanguages = tmxLanguages
        self.tmxTuidPrefix = tmxTuidPrefix
        self.tmxDate = tmxDate
        self.tmxLanguageTags = tmxLanguageTags
    }

    /// The files `write` would write, without touching the file system except
    /// to ask whether `output` is a directory.
    /// - Parameter output: a file path for native and TMX; for XCES a directory
    ///   (existing, or ending in `/`), where the files are named after the
    ///   pivot's document symbol or file (see `xcesBaseName`), or a path whose last component is the base name
    ///   (`Alignments/udhr` gives `Alignments/udhr.es.xml`, …).
    public func render(_ content: CheckedAlignment, output: String) throws(ExportError) -> (files: [(path: String, bytes: [UInt8])], warnings: [ExportWarning]) {
        var files: [(path: String, bytes: [UInt8])] = []
        var warnings: [ExportWarning] = []
        for file in try pendingFiles(content, output: output) {
            let result = try file.write(.memory)
            files.append((file.name, result.bytes))
            warnings += result.warnings
        }
        return (files, warnings)
    }

    /// Writes the files atomically, each straight into its temporary file as
    /// it is made (never whole in memory); none may be one of `inputs`.
    /// The bytes are those `render` gives.
    /// - Throws: `ExportError`; when it throws, no output file was written.
    public func write(_ content: CheckedAlignment, to output: String, protecting inputs: [String] = []) throws(ExportError) -> Report {
        let files = try pendingFiles(content, output: output)
        var warnings: [ExportWarning] = []
        try AtomicFileWriter.write(streaming: files.map { file -> (path: String, content: AtomicFileWriter.Content) in
            (path: file.name, content: { descriptor, path throws(ExportError) in
                warnings += try file.write(.file(descriptor: descriptor, path: path)).warnings
            })
        }, protecting: inputs)
        return Report(paths: files.map(\.name), warnings: warnings)
    }

    /// Writes the one document of a native or TMX export to the open file
    /// `descriptor` (standard output: 1) as it is made; `path` names it in a
    /// write error. The bytes are those `render` gives.
    /// - Precondition: `format` is not `.xces` (several files).
    /// - Returns: the warnings.
    public func write(_ content: CheckedAlignment, toDescriptor descriptor: Int32, path: String) throws(ExportError) -> [ExportWarning] {
        var warnings: [ExportWarning] = []
        for file in try pendingFiles(content, output: path) {
            warnings += try file.write(.file(descriptor: descriptor, path: path)).warnings
        }
        return warnings
    }

    /// The files of the export, each written when asked, with their paths.
    private func pendingFiles(_ content: CheckedAlignment, output: String) throws(ExportError) -> [PendingXMLFile] {
        switch format {
        case .native:
            return [PendingXMLFile(name: output, version: content.alignment.pivot, isDocument: true) { destination throws(ExportError) in
                try NativeAlignmentWriter().write(content, to: destination)
            }]
        case .tmx:
            var writer = TMXWriter(tuidPrefix: tmxTuidPrefix, date: tmxDate ?? .now(), languageTags: tmxLanguageTags)
            writer.languages = tmxLanguages
            return [PendingXMLFile(name: output, version: content.alignment.pivot, isDocument: true) { [writer] destination throws(ExportError) in
                try writer.write(content.alignment, to: destination)
            }]
        case .xces:
            let (directory, baseName) = Self.xcesLocation(output, alignment: content.alignment)
            return try XCESWriter().pendingFiles(content.alignment, baseName: baseName).map { file in
                var file = file
                file.name = directory == "." && !output.hasPrefix("./") ? file.name : "\(directory)/\(file.name)"
                return file
            }
        }
    }

    /// The directory and base name for XCES files from `output`.
    public static func xcesLocation(_ output: String, alignment: Alignment) -> (directory: String, baseName: String) {
        var isDirectory = output.hasSuffix("/")
        if !isDirectory {
            var status = stat()
            isDirectory = stat(output, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
        }
        if isDirectory {
            var directory = output
            while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
            return (directory, xcesBaseName(alignment))
        }
        let slash = output.lastIndex(of: "/")
        let directory = slash.map { String(output[..<$0]) } ?? "."
        var name = slash.map { String(output[output.index(after: $0)...]) } ?? output
        if name.hasSuffix(".xml") { name.removeLast(4) }
        return (directory.isEmpty ? "/" : directory, name)
    }

    /// The base name of XCES files written into a directory: the pivot's
    /// document symbol with every character other than ASCII letters, digits,
    /// `-` and `_` made `_` (`A/61/187` gives `A_61_187`), else its file name
    /// without directory and extension (`udhr_spa`).
    public static func xcesBaseName(_ alignment: Alignment) -> String {
        if alignment.versions.indices.contains(alignment.pivot),
           let symbol = alignment.versions[alignment.pivot].metadata.symbol?.trimmingWhitespace(), !symbol.isEmpty {
            let scalars = symbol.unicodeScalars.map { scalar -> Unicode.Scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return scalar
                default: return "_"
                }
            }
            return String(String.UnicodeScalarView(scalars))
        }
        return defaultBaseName(alignment)
    }

    /// The pivot's source file name without directory and extension (`udhr_spa`), or `alignment`.
    static func defaultBaseName(_ alignment: Alignment) -> String {
        guard alignment.versions.indices.contains(alignment.pivot) else { return "alignment" }
        var name = Substring(alignment.versions[alignment.pivot].sourceName)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return name.isEmpty ? "alignment" : String(name)
    }
}
