import Foundation
import ParityTestSupport
import Testing

/// Issue 11, item 5: escape sequences in a document never reach the terminal
/// raw, from `show`, the `align` listing, `outline`, `check` or an error line.
@Suite struct TerminalInjectionTests {
    /// A constructed paragraph carrying CSI (clear screen), OSC 0 (window
    /// title), OSC 8 (hyperlink), OSC 52 (clipboard write), a C1 CSI and a bidi override.
    static let hostile = "1. Texto \u{1B}[2J\u{1B}]0;owned\u{07} enlace \u{1B}]8;;http://x.invalid\u{1B}\\aquí\u{1B}]8;;\u{1B}\\ "
        + "portapapeles \u{1B}]52;c;ZWNobyBvd25lZA==\u{07} c1 \u{9B}31m bidi \u{202E}atreba\u{202C} fin."

    @Test(arguments: [["show", "--color", "never"], ["show", "--color", "always"], ["align"], ["check"], ["outline"]])
    func noEscapeSequenceReachesTheTerminal(command: [String]) throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let spanish = try files.write("constructed-hostile-es.txt", Array(("Naciones Unidas\n\n" + Self.hostile + "\n").utf8))
        let english = try files.write("constructed-hostile-en.txt", Array("United Nations\n\n1. Text end.\n".utf8))
        let arguments = command.first == "outline" ? command + [spanish] : command + [spanish, english]
        let run = try ParityExecutable.run(arguments, timeout: 20)
        #expect(run.exitCode == 0 || run.exitCode == 1)
        let output = run.standardOutput + run.standardError
        // With --color always, Parity's own SGR sequences (ESC [ … m) are allowed; nothing else.
        let withoutOwnColours = output.replacing(#/\u{1B}\[[0-9;]*m/#, with: "")
        #expect(!withoutOwnColours.contains("\u{1B}"))
        #expect(!output.unicodeScalars.contains { $0.value == 0x07 || (0x80...0x9F).contains($0.value) || $0 == "\u{202E}" })
        if command.first != "outline" && command.first != "check" { #expect(output.contains("␛[2J") || output.contains("␛[")) }
    }
}

/// Found by a fuzz campaign (seed 23023, run 194225): an alignment file whose
/// version is named with a bidi override (`source-name="u&#x202E;dhr_spa.xml"`)
/// had `show` print the name raw in its column header and `check` in its
/// version line. The file here is `Alignments/udhr.xml` with one name changed.
@Suite struct TerminalInjectionInFileNamesTests {
    @Test(arguments: [["show", "--color", "never"], ["show", "--color", "always"], ["align"], ["check"]])
    func aVersionNamedWithABidiOverridePrintsItVisibly(command: [String]) throws {
        let golden = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Alignments/udhr.xml"), encoding: .utf8)
        let renamed = golden.replacingOccurrences(of: "source-name=\"Sources-Texts/udhr/udhr_arb.xml\"",
                                                  with: "source-name=\"Sources-Texts/udhr/u&#x202E;dhr&#x2066;_arb.xml\"")
        #expect(renamed != golden)
        let files = try ConstructedFiles()
        defer { files.remove() }
        let file = try files.write("constructed-renamed-udhr.xml", Array(renamed.utf8))
        let run = try ParityExecutable.run(command + [file], timeout: 60)
        #expect(run.exitCode == 0 || run.exitCode == 1)
        let output = run.standardOutput + run.standardError
        #expect(!output.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{2066}" })
        // `show` cuts each column's header to its width (`ar · u<U+2…`); the others print the whole name.
        #expect(output.contains(command.first == "show" ? "ar · u<U+" : "u<U+202E>dhr<U+2066>_arb.xml"))
    }
}
