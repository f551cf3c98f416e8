import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// The metamorphic layout harness on real PDFs (issue 9 §7): constructed dev
/// documents rendered by LibreOffice in several paragraph styles (hanging
/// numbers; first-line indent, justified; two columns with header and footer;
/// a narrow page with header and footer; a two-column table of contents),
/// committed under `Tests/Fixtures/constructed-documents/layout-pdfs/` and
/// remade by `scripts/render-layout-pdfs.sh` (LibreOffice is needed only
/// there). Every PDF, read by pdftotext in reading order and with `-layout`,
/// must give the outline of its clean text: block by block, page furniture
/// left out, footnotes compared as a set (`OutlineComparison`).
///
/// Readings that do not yet are listed in
/// `Tests/Fixtures/layout-pdf-known-failures.txt` (`path mode`); the test
/// fails on an unlisted failure and on a listed reading that now passes.
/// `PARITY_PRINT_KNOWN_FAILURES=1` prints the list as it stands,
/// `PARITY_PRINT_LAYOUT_PDF_DIFFERENCES=1` the first differences of each (`=/PATH`: into that file).
@Suite struct LayoutPDFTests {
    static let folder = "Tests/Fixtures/constructed-documents/layout-pdfs"
    static let cleanFolder = "Tests/Fixtures/constructed-documents/dev"
    static let knownFailuresPath = "Tests/Fixtures/layout-pdf-known-failures.txt"
    static let styles = ["hanging", "indented-justified", "two-columns-paged", "narrow-paged", "toc-two-columns"]

    /// One committed PDF: its path and that of its clean text.
    struct Rendering: Sendable {
        var pdfPath: String
        var cleanPath: String
        var style: String
        /// `report-migration.constructed.de`
        var document: String
    }

    /// `NAME.constructed.LANG.STYLE.pdf` and its clean text `dev/NAME.constructed.LANG.txt`.
    static func renderings() throws -> [Rendering] {
        let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.root.appendingPathComponent(folder).path)
        return try names.filter { $0.hasSuffix(".pdf") }.sorted().map { name in
            let stem = String(name.dropLast(".pdf".count))
            guard let style = styles.first(where: { stem.hasSuffix("." + $0) }) else {
                throw ExpectationFormatError(message: "\(name): no known style in its name")
            }
            let document = String(stem.dropLast(style.count + 1))
            return Rendering(pdfPath: "\(folder)/\(name)", cleanPath: "\(cleanFolder)/\(document).txt", style: style, document: document)
        }
    }

    static func outline(_ arguments: [String]) throws -> OutlineComparison {
        let run = try ParityExecutable.run(["outline", "--json"] + arguments, timeout: 120)
        guard run.exitCode == 0 else {
            throw ExpectationFormatError(message: "parity outline \(arguments): exit \(run.exitCode): \(run.standardError)")
        }
        return OutlineComparison(try JSONDecoder().decode(Document.self, from: Data(run.standardOutput.utf8)))
    }

    @Test func theRenderingsCoverEveryDocumentTypeAndTheRequiredLanguages() throws {
        let renderings = try Self.renderings()
        let documents = Set(renderings.filter { $0.style != "toc-two-columns" }.map(\.document))
        #expect(documents.count >= 12)
        let languages = Set(documents.map { $0.split(separator: ".").last.map(String.init) ?? "" })
        #expect(languages.count >= 8)
        #expect(languages.isSuperset(of: ["ar", "zh", "ru", "hi", "ja"]))
        let types = Set(documents.map { $0.split(separator: "-").first.map(String.init) ?? "" })
        #expect(types.isSuperset(of: ["report", "resolution", "treaty", "goals", "summary", "verbatim", "letter", "noteverbale", "agenda"]))
        for rendering in renderings {
            #expect(FileManager.default.fileExists(atPath: RepositoryPaths.root.appendingPathComponent(rendering.cleanPath).path),
                    "\(rendering.pdfPath): no clean text \(rendering.cleanPath)")
        }
        // Every document in at least three paragraph styles; the table of contents in two columns.
        for document in documents {
            #expect(renderings.filter { $0.document == document && $0.style != "toc-two-columns" }.count >= 3, "\(document)")
        }
        #expect(renderings.contains { $0.document == "report-migration.constructed.de" && $0.style == "toc-two-columns" })
        let readme = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("\(Self.folder)/README.md"), encoding: .utf8)
        for style in Set(renderings.map(\.style)) { #expect(readme.contains(style), "README: \(style)") }
    }

    @Test(.enabled(if: RealWorldInputTests.pdftotextInstalled, "needs pdftotext (apt-get install poppler-utils)"))
    func everyPDFRenderingGivesTheOutlineOfTheCleanTextExceptTheKnownFailures() throws {
        let renderings = try Self.renderings()
        #expect(!renderings.isEmpty)
        let cleanPaths = Array(Set(renderings.map(\.cleanPath))).sorted()
        let cleanOutlines = ConcurrentResults<OutlineComparison>(count: cleanPaths.count)
        DispatchQueue.concurrentPerform(iterations: cleanPaths.count) { index in
            cleanOutlines.set(index, Result { try Self.outline([cleanPaths[index]]) })
        }
        var outlines: [String: OutlineComparison] = [:]
        for (index, path) in cleanPaths.enumerated() { outlines[path] = try cleanOutlines.get(index) }
        let clean = outlines

        let modes: [(name: String, arguments: [String])] = [("reading-order", []), ("layout", ["--pdf-layout"])]
        let readings = renderings.flatMap { rendering in modes.map { (rendering, $0) } }
        let outcomes = ConcurrentResults<OutlineComparison>(count: readings.count)
        DispatchQueue.concurrentPerform(iterations: readings.count) { index in
            let (rendering, mode) = readings[index]
            outcomes.set(index, Result { try Self.outline(mode.arguments + [rendering.pdfPath]) })
        }
        var failing: [String: String] = [:]
        for (index, (rendering, mode)) in readings.enumerated() {
            let differences = try clean[rendering.cleanPath]!.differences(to: outcomes.get(index))
            if !differences.isEmpty {
                failing["\(rendering.pdfPath) \(mode.name)"] = differences.prefix(6).joined(separator: "\n    ")
            }
        }
        print("Layout PDFs: \(readings.count - failing.count)/\(readings.count) renderings give the clean outline")
        try KnownFailureList.printRequested(failing, differencesVariable: "PARITY_PRINT_LAYOUT_PDF_DIFFERENCES")
        for problem in try KnownFailureList(Self.knownFailuresPath).problems(failing) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}
