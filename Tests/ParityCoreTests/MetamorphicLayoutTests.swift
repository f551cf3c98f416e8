import Foundation
import ParityCore
import ParityTestSupport
import Testing

/// The metamorphic layout harness (issue 9 §7): every constructed document
/// (`Tests/Fixtures/constructed-documents`, every type, many languages) and
/// the real Spanish sample, rendered by `LayoutRenderer` in twelve layouts
/// (hard wraps, hanging numbers, label on its own line, blank-line variants,
/// CR LF, pages with running headers, page numbers, job numbers and
/// barcodes), must give the outline of the clean text.
///
/// Renderings that do not yet are listed in
/// `Tests/Fixtures/layout-known-failures.txt` (`document variant`); the test
/// fails on an unlisted failure and on a listed rendering that now passes.
/// `PARITY_DUMP_RENDERINGS=DIR` writes every rendering into DIR, to look at;
/// `PARITY_PRINT_LAYOUT_DIFFERENCES=1` prints the first differences of each failure (`=/PATH`: into that file);
/// `PARITY_LAYOUT_ONLY=TEXT` runs only the documents whose path contains TEXT (and checks only their listed renderings).
@Suite struct MetamorphicLayoutTests {
    static let knownFailuresPath = "Tests/Fixtures/layout-known-failures.txt"

    /// A clean document of the harness: its path (relative to the repository) and symbol.
    struct CleanDocument: Sendable {
        var relativePath: String
        var symbol: String
    }

    static func documents() throws -> [CleanDocument] {
        let documents = [CleanDocument(relativePath: "Sources-Texts/un-hearings-2006/es.txt", symbol: "A/61/187")]
        var found: [CleanDocument] = []
        for url in ExpectationFolders.outlineFiles(under: "constructed-documents") {
            let expectation = try OutlineExpectation(contentsOf: url)
            guard let name = expectation.value("document"), name.hasSuffix(".txt") else { continue }
            let relative = RepositoryPaths.relativePath(url.deletingLastPathComponent().appendingPathComponent(name))
            found.append(CleanDocument(relativePath: relative, symbol: expectation.value("symbol") ?? "A/79/1"))
        }
        return documents + found.sorted { $0.relativePath < $1.relativePath }
    }

    static func segment(_ text: String, name: String) throws -> Document {
        let decoded = try TextDecoder().decode(Array(text.utf8), file: name)
        return PlainTextSegmenter().segment(decoded, sourceName: name)
    }

    /// `document variant` for every rendering whose outline differs, with the first differences.
    static func failures(_ document: CleanDocument) throws -> [(key: String, detail: String)] {
        let clean = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(document.relativePath), encoding: .utf8)
        let expected = OutlineComparison(try segment(clean, name: document.relativePath))
        var failures: [(key: String, detail: String)] = []
        for variant in LayoutRenderer.variants {
            let rendered = LayoutRenderer.render(clean, variant, symbol: document.symbol)
            if let folder = ProcessInfo.processInfo.environment["PARITY_DUMP_RENDERINGS"] {
                // For debugging a failure: every rendering as a file, named after its document and variant.
                let name = document.relativePath.replacingOccurrences(of: "/", with: "_") + ".\(variant).txt"
                try Data(rendered.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
            }
            let renderedDocument = try segment(rendered, name: "\(document.relativePath) \(variant)")
            let differences = expected.differences(to: OutlineComparison(renderedDocument))
            let lossless = LosslessCoverage.violations(Array(rendered.utf8), renderedDocument)
            if !lossless.isEmpty {
                failures.append(("\(document.relativePath) \(variant) lossless", "\(lossless.count) bytes not in exactly one block"))
            }
            if !differences.isEmpty {
                failures.append(("\(document.relativePath) \(variant)", differences.prefix(4).joined(separator: " / ")))
            }
        }
        return failures
    }

    @Test func rendererKeepsTheWordsAndFindsLabels() throws {
        let line = "12. The Committee welcomed the report of the Secretary-General on the situation."
        let wrapped = LayoutRenderer.render(line, .wrapped(width: 30), symbol: "A/1")
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= 30 })
        #expect(wrapped.split(whereSeparator: \.isWhitespace) == line.split(whereSeparator: \.isWhitespace))
        #expect(LayoutRenderer.render(line, .labelOnOwnLineThenBlank, symbol: "A/1").hasPrefix("12.\n\nThe Committee"))
        #expect(LayoutRenderer.label(of: "1.a Ampliar la cooperación") == "1.a")
        #expect(LayoutRenderer.label(of: "(iv) the fourth") == "(iv)")
        #expect(LayoutRenderer.label(of: "10 December 1948 was") == nil)
        let paged = LayoutRenderer.render(Array(repeating: "A line of text.", count: 50).joined(separator: "\n"),
                                          .paged(width: 72, lines: 24, footer: .jobNumberAndPageOfTotal), symbol: "A/79/1")
        #expect(paged.split(separator: "\u{0C}").count == 3)
        // A contents row keeps its leader and page number on one line, the leader shortened to fit.
        let row = "II. Developments in international migration " + String(repeating: ".", count: 40) + " 3"
        #expect(LayoutRenderer.render(row, .wrapped(width: 48), symbol: "A/1")
            == "II. Developments in international\nmigration " + String(repeating: ".", count: 36) + " 3")
        #expect(LayoutRenderer.render("    Data sources " + String(repeating: ".", count: 60) + " 6", .wrapped(width: 48), symbol: "A/1")
            == "    Data sources " + String(repeating: ".", count: 29) + " 6")
        #expect(paged.contains("24-13579 1/3") && paged.contains("2/3 24-13579") && paged.contains("*2413579*"))
    }

    @Test func everyRenderingGivesTheOutlineOfTheCleanTextExceptTheKnownFailures() throws {
        let only = ProcessInfo.processInfo.environment["PARITY_LAYOUT_ONLY"]
        let documents = try Self.documents().filter { document in only.map { document.relativePath.contains($0) } ?? true }
        #expect(documents.count > (only == nil ? 1 : 0))
        var failing: [String: String] = [:]
        for document in documents {
            for failure in try Self.failures(document) { failing[failure.key] = failure.detail }
        }
        let renderings = documents.count * LayoutRenderer.variants.count
        print("Layout renderings: \(renderings - failing.keys.filter { !$0.hasSuffix(" lossless") }.count)/\(renderings) give the clean outline")
        try KnownFailureList.printRequested(failing, differencesVariable: "PARITY_PRINT_LAYOUT_DIFFERENCES")
        let listed = { (key: String) in only.map { key.contains($0) } ?? true }
        for problem in try KnownFailureList(Self.knownFailuresPath).problems(failing, include: listed) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}
