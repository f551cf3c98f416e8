import Foundation
import ParityCore

/// Extracts the text of a PDF file with poppler's `pdftotext`, run as a
/// separate process (found in `PATH`), so no PDF parser runs inside Parity.
///
/// The blocks of a PDF input point into this extracted text (UTF-8, pages
/// separated by form feeds), not into the PDF's own bytes.
public enum PDFTextExtractor {
    /// The longest `pdftotext` may run before it is stopped.
    public static let timeout: TimeInterval = 120

    /// The text of the PDF at `path` rebuilt from its word boxes
    /// (`pdftotext -bbox-layout`, `PDFGeometryReading`): paragraphs, hanging
    /// labels and columns decided from the geometry. Falls back to
    /// pdftotext's reading order when the box output is missing, broken or too large.
    /// `fromGeometry` is false when it fell back.
    /// - Throws: as `extract(_:layout:searchPath:outputLimit:)`.
    public static func extractGeometry(_ path: String, searchPath: String? = nil,
                                       outputLimit: Int = InputFileReader.defaultLimit) throws(InputError) -> (text: [UInt8], fromGeometry: Bool) {
        try extractGeometry(file: path, name: path, searchPath: searchPath, outputLimit: outputLimit)
    }

    /// The geometry reading of the PDF held in `bytes`, as `extract(bytes:name:layout:searchPath:outputLimit:)`.
    public static func extractGeometry(bytes: [UInt8], name: String, searchPath: String? = nil,
                                       outputLimit: Int = InputFileReader.defaultLimit) throws(InputError) -> (text: [UInt8], fromGeometry: Bool) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parity-pdf-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw .unreadable(file: name, reason: "cannot write a temporary file for pdftotext")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        return try extractGeometry(file: file.path, name: name, searchPath: searchPath, outputLimit: outputLimit)
    }

    /// The box XHTML is some fifteen times the size of the text: it may be this many times the text limit.
    static let boxOutputFactor = 20

    private static func extractGeometry(file: String, name: String, searchPath: String?, outputLimit: Int) throws(InputError) -> (text: [UInt8], fromGeometry: Bool) {
        guard let text = try geometryText(file: file, name: name, searchPath: searchPath, outputLimit: outputLimit) else {
            return (try run(file: file, name: name, arguments: [], searchPath: searchPath, outputLimit: outputLimit), false)
        }
        let bytes = Array(text.utf8)
        guard bytes.count <= outputLimit else { throw .tooLarge(file: name, bytes: bytes.count, limit: outputLimit) }
        return (bytes, true)
    }

    /// The geometry reading of the PDF in `file`, or nil when pdftotext's box XHTML is too large,
    /// does not parse or holds no line.
    private static func geometryText(file: String, name: String, searchPath: String?, outputLimit: Int) throws(InputError) -> String? {
        let boxes: [UInt8]
        do {
            boxes = try run(file: file, name: name, arguments: ["-bbox-layout"], searchPath: searchPath,
                            outputLimit: outputLimit.multipliedReportingOverflow(by: boxOutputFactor).overflow ? Int.max : outputLimit * boxOutputFactor)
        } catch .tooLarge {
            return nil
        }
        guard let pages = PDFBoundingBoxDocument.pages(boxes), pages.contains(where: { !$0.lines.isEmpty }) else { return nil }
        return PDFGeometryReading.text(pages)
    }

    /// The text of the PDF at `path`.
    /// - Parameters:
    ///   - layout: pass `-layout` (keep the physical layout) instead of reading order;
    ///     two page columns that it writes side by side are then put one after the other (`PDFLayoutColumns`),
    ///     the paragraph ends of the geometry reading put in between its rows (`PDFLayoutGeometryParagraphs`,
    ///     when `pdftotext -bbox-layout` gives boxes) and the space it writes between CJK and Latin letters
    ///     or figures left out (`PDFLayoutInterScriptSpace`).
    ///   - searchPath: the `PATH` to look `pdftotext` up in (the environment's by default).
    /// - Throws: `InputError.unsupportedFormat` when `pdftotext` is not installed,
    ///   `InputError.unreadable` when it fails or runs too long,
    ///   `InputError.tooLarge` when its text passes `outputLimit` bytes.
    public static func extract(_ path: String, layout: Bool, searchPath: String? = nil,
                               outputLimit: Int = InputFileReader.defaultLimit) throws(InputError) -> [UInt8] {
        try extract(file: path, name: path, layout: layout, searchPath: searchPath, outputLimit: outputLimit).text
    }

    /// The `-layout` text of the PDF at `path`, as `extract(_:layout:searchPath:outputLimit:)` with `layout`;
    /// `paragraphsMarked` is true when the geometry reading's paragraph ends were put in
    /// (`PDFLayoutGeometryParagraphs`): its blank rows then mark the ends on a page.
    public static func extractLayout(_ path: String, searchPath: String? = nil,
                                     outputLimit: Int = InputFileReader.defaultLimit) throws(InputError) -> (text: [UInt8], paragraphsMarked: Bool) {
        try extract(file: path, name: path, layout: true, searchPath: searchPath, outputLimit: outputLimit)
    }

    /// The `-layout` text of the PDF held in `bytes`, as `extractLayout(_:searchPath:outputLimit:)`.
    public static func extractLayout(bytes: [UInt8], name: String, searchPath: String? = nil,
                                     outputLimit: Int = InputFileReader.defaultLimit) throws(InputError) -> (text: [UInt8], paragraphsMarked: Bool) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parity-pdf-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw .unreadable(file: name, reason: "cannot write a temporary file for pdftotext")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        return try extract(file: file.path, name: name, layout: true, searchPath: searchPath, outputLimit: outputLimit)
    }

    /// The text of the PDF held in `bytes` (read from standard input, say):
    /// they are written to a private temporary file for `pdftotext`, removed
    /// afterwards. Errors name the input `name`.
    public static func extract(bytes: [UInt8], name: String, layout: Bool, searchPath: String? = nil,
                               outputLimit: Int = InputFileReader.defaultLimit) throws(InputError) -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parity-pdf-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw .unreadable(file: name, reason: "cannot write a temporary file for pdftotext")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        return try extract(file: file.path, name: name, layout: layout, searchPath: searchPath, outputLimit: outputLimit).text
    }

    private static func extract(file: String, name path: String, layout: Bool, searchPath: String?,
                                outputLimit: Int) throws(InputError) -> (text: [UInt8], paragraphsMarked: Bool) {
        let text = try run(file: file, name: path, arguments: layout ? ["-layout"] : [], searchPath: searchPath, outputLimit: outputLimit)
        guard layout else { return (text, false) }
        // `-layout` writes two page columns side by side: they are put one after the other; the paragraph
        // ends the word boxes show are put in (when pdftotext can write them); the gap a layout engine
        // sets between CJK and Latin letters or figures is no space.
        var columns = PDFLayoutColumns.split(text)
        let geometry = try geometryText(file: file, name: path, searchPath: searchPath, outputLimit: outputLimit)
        if let geometry {
            columns = PDFLayoutGeometryParagraphs.marking(columns, geometry: geometry)
            guard columns.count <= outputLimit else { throw .tooLarge(file: path, bytes: columns.count, limit: outputLimit) }
        }
        return (PDFLayoutInterScriptSpace.dropping(columns), geometry != nil)
    }

    private static func run(file: String, name path: String, arguments: [String], searchPath: String?,
                            outputLimit: Int) throws(InputError) -> [UInt8] {
        guard let tool = executable(named: "pdftotext", searchPath: searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "") else {
            throw .unsupportedFormat(file: path, detail: "reading PDF needs pdftotext, which is not installed (apt-get install poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments + ["-enc", "UTF-8", "-q", file, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .unreadable(file: path, reason: "cannot run pdftotext (\(error.localizedDescription))")
        }
        let deadline = DispatchTime.now() + timeout
        let timer = DispatchSource.makeTimerSource()
        timer.schedule(deadline: deadline)
        timer.setEventHandler { if process.isRunning { process.terminate() } }
        timer.resume()
        // A small PDF can hold huge compressed text: read at most `outputLimit` bytes.
        var data: [UInt8] = []
        var tooLarge = false
        while true {
            let chunk = (try? output.fileHandleForReading.read(upToCount: 1 << 20)) ?? nil
            guard let chunk, !chunk.isEmpty else { break }
            data.append(contentsOf: chunk)
            if data.count > outputLimit {
                tooLarge = true
                process.terminate()
                break
            }
        }
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        timer.cancel()
        if tooLarge {
            throw .tooLarge(file: path, bytes: data.count, limit: outputLimit)
        }
        if process.terminationReason == .uncaughtSignal {
            throw .unreadable(file: path, reason: "pdftotext did not finish within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).split(separator: "\n").first.map(String.init)
                ?? "exit code \(process.terminationStatus); a damaged or protected PDF?"
            throw .unreadable(file: path, reason: "pdftotext could not read it (\(message))")
        }
        return data
    }

    /// The full path of the executable `name` in the colon-separated `searchPath`, if any.
    public static func executable(named name: String, searchPath: String) -> String? {
        for directory in searchPath.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
