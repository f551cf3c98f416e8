import Foundation
import ParityTestSupport
import Testing

/// Issue 11, item 11: an alignment file whose prolog holds a comment with `>`
/// or a DOCTYPE with an internal subset is still recognised as an alignment
/// file (it was taken for one document: "give at least two files to compare").
@Suite struct AlignmentFileDetectionTests {
    static let subset = " [\n  <!ENTITY note \"a > b\">\n  <!-- a constructed comment ] with a bracket > -->\n]"

    @Test(arguments: ["Alignments/udhr.xml", "Alignments/udhr.tmx"])
    func aDOCTYPEWithAnInternalSubsetIsRead(path: String) throws {
        let original = try String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8)
        let declarationEnd = try #require(original.range(of: "?>")).upperBound
        var changedText: String
        if let doctype = original.range(of: "<!DOCTYPE "), let close = original[doctype.upperBound...].firstIndex(of: ">") {
            // The file's own DOCTYPE gets an internal subset.
            changedText = String(original[..<close]) + Self.subset + String(original[close...])
        } else {
            let root = String(original[declarationEnd...].drop { $0 != "<" }.dropFirst().prefix { $0.isLetter || $0 == "-" })
            changedText = String(original[..<declarationEnd]) + "\n<!-- a constructed comment > -->\n<!DOCTYPE \(root)"
                + Self.subset + ">" + String(original[declarationEnd...])
        }
        let files = try ConstructedFiles()
        defer { files.remove() }
        let name = "constructed-subset." + (path as NSString).pathExtension
        let changed = try files.write(name, Array(changedText.utf8))
        let plain = try ParityExecutable.run(["check", RepositoryPaths.root.appendingPathComponent(path).path])
        let run = try ParityExecutable.run(["check", changed])
        #expect(run.exitCode == plain.exitCode)
        #expect(run.standardOutput.split(separator: "\n").last == plain.standardOutput.split(separator: "\n").last)
    }
}
