import Foundation
import ParityCore
import ParityIO

// Usage: OpenAndAlign PIVOT OTHER…
// Opens the files (plain text, PDF, DOCX, HTML or UDHR XML), aligns the others
// to PIVOT, checks parity, and prints a summary line and the findings as JSON
// (schema parity-check/1, as `parity check --json`).
let paths = Array(CommandLine.arguments.dropFirst())
guard paths.count >= 2 else {
    FileHandle.standardError.write(Data("usage: OpenAndAlign PIVOT OTHER…\n".utf8))
    exit(2)
}
do {
    let loader = InputLoader()
    let documents = try paths.map { try loader.load($0) }
    let alignment = Aligner(pivot: 0).align(documents)
    let findings = ParityChecker().check(alignment)
    print("\(documents.count) versions, \(alignment.links.count) links, \(findings.count) finding\(findings.count == 1 ? "" : "s")")
    print(try AlignCheckJSON.encode(AlignCheckJSON.CheckOutput(alignment: alignment, findings: findings)), terminator: "")
} catch {
    // An InputError says which file and what is wrong, in one line.
    FileHandle.standardError.write(Data("OpenAndAlign: \(error)\n".utf8))
    exit(2)
}
