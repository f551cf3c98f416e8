import ArgumentParser

/// The one style of every usage error: `parity: error: PROBLEM` on one line,
/// then `See 'parity COMMAND --help'.` on a second, and exit code 2.
enum UsageHint {
    /// Writes `problems` and the hint for `command` (or for `parity` itself) to
    /// standard error and exits with code 2.
    static func exit(problems: [String], command: String?) -> Never {
        for problem in problems { StandardError.write("parity: error: \(problem)") }
        StandardError.write(line(command: command))
        Parity.exit(withError: ExitCode(2))
    }

    /// The hint: which help to read.
    static func line(command: String?) -> String {
        "See 'parity\(command.map { " " + $0 } ?? "") --help'."
    }

    /// The subcommand `arguments` name: their first argument when it is one.
    static func command(in arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, commands.contains(first) else { return nil }
        return first
    }

    /// The problem when the first argument (or the one after `help`) should
    /// name a command and names none: `unknown command 'chek' (did you mean 'check'?)`.
    static func unknownCommand(in arguments: [String], commands: [String]) -> String? {
        // `parity help chek` names a command too.
        let named = arguments.first == "help" ? Array(arguments.dropFirst()) : arguments
        guard let first = named.first, !first.hasPrefix("-"), !commands.contains(first), first != "help" else { return nil }
        let visible = "'" + (first.count > 40 ? String(first.prefix(40)) + "…" : first) + "'"
        if let nearest = nearest(to: first, among: commands) {
            return "unknown command \(visible) (did you mean '\(nearest)'?)"
        }
        return "unknown command \(visible) (commands: \(commands.joined(separator: ", ")))"
    }

    /// The command closest to `word` by edit distance, when it is close
    /// enough to be a misspelling (at most a third of its letters differ) or
    /// `word` starts it.
    static func nearest(to word: String, among commands: [String]) -> String? {
        let lowered = word.lowercased()
        if let prefixed = commands.first(where: { $0.hasPrefix(lowered) }), lowered.count >= 2 { return prefixed }
        let scored = commands.map { (command: $0, distance: editDistance(Array(lowered.unicodeScalars), Array($0.unicodeScalars))) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= max(1, best.command.count / 3) ? best.command : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow: [Int] = []
        var row = Array(0...b.count)
        for i in 1...a.count {
            let beforePrevious = previousRow
            previousRow = row
            row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }

    /// The first line of an argument-parser message, its first letter in
    /// lower case as in Parity's own messages ("unknown option '--x'").
    static func oneLine(_ message: String) -> String {
        let first = message.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? message
        let trimmed = first.hasPrefix("Error: ") ? String(first.dropFirst("Error: ".count)) : first
        guard let initial = trimmed.first, initial.isUppercase, trimmed.dropFirst().first?.isLowercase == true else { return trimmed }
        return initial.lowercased() + trimmed.dropFirst()
    }
}
