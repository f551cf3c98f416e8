import Foundation
import ParityTestSupport
import Testing

/// `docs/man/parity.1` is generated from the command's own help by
/// argument-parser's generate-manual plugin (`scripts/generate-manual.sh`;
/// `.ci/run` runs it with `--check`, which compares byte for byte). This test
/// checks the same from inside `swift test`, where the plugin cannot run: the
/// page names every command and option the binary has, and carries every
/// command's and option's help text as the binary prints it.
@Suite struct ManPageTests {
    @Test func manPageHasEveryCommandOptionAndHelpText() throws {
        let page = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("docs/man/parity.1"), encoding: .utf8)
        let run = try ParityExecutable.run(["--experimental-dump-help"])
        #expect(run.exitCode == 0)
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let root = try #require(dump["command"] as? [String: Any])
        let commands = try #require(root["subcommands"] as? [[String: Any]]).filter { $0["commandName"] as? String != "help" }
        #expect(commands.count == 7)
        #expect(page.contains(".Nd \"\(root["abstract"] as? String ?? "")\""))
        let stale = "docs/man/parity.1 is stale: run scripts/generate-manual.sh"
        // `.It Fl -lang Ar lang`, `.It Fl o , -output Ar path`: the words of the option lines.
        let optionLines = page.split(separator: "\n").filter { $0.hasPrefix(".It Fl ") }.map { Set($0.split(separator: " ").map(String.init)) }
        for command in commands {
            let name = command["commandName"] as? String ?? ""
            #expect(page.contains(".It Em \(name)\n"), "\(stale) (command \(name))")
            for text in [command["abstract"], command["discussion"]].compactMap({ $0 as? String }) where !text.isEmpty {
                #expect(page.contains(text), "\(stale) (\(name): \(text.prefix(60)))")
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }.compactMap { $0["name"] as? String }
                for long in names {
                    #expect(optionLines.contains { $0.contains("-\(long)") }, "\(stale) (\(name) --\(long))")
                }
                if let help = argument["abstract"] as? String, !help.isEmpty {
                    #expect(page.contains(help), "\(stale) (\(name): \(help.prefix(60)))")
                }
            }
        }
    }
}
