import Foundation
import Testing

/// Issue 11, item 3, through the executable: Spanish text whose blocks end
/// in a figure and a one-letter word ("Hora 10 a", "de 9 a" at a page break)
/// trapped the number reader (exit 132) in every command that reads numbers.
@Suite struct ConstructedNumberBlockEndTests {
    @Test func constructedBlockEndingInFigureAndLetterDoesNotTrap() throws {
        let files = try ConstructedFiles()
        defer { files.remove() }
        let path = try files.write("constructed-hora.txt", Array("Hora 10 a\n\nEl Comité se reunió de 9 a\n\n\u{0C}13 horas del 5 p\n".utf8))
        let output = files.directory.appendingPathComponent("constructed-out").path
        let runs: [[String]] = [
            ["check", path, path],
            ["show", "--color", "always", path, path],
            ["report", path, path, "-o", output + ".html"],
            ["align", path, path, "-o", output + ".xml"],
        ]
        for arguments in runs {
            let run = try ParityExecutable.run(arguments)
            #expect(run.exitCode == 0, "\(arguments[0]): exit \(run.exitCode) \(run.standardError)")
        }
        let check = try ParityExecutable.run(["check", path, path])
        #expect(check.standardOutput.contains("0 errors, 0 warnings, 0 info"))
    }
}
