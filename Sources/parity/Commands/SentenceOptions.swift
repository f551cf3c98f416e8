import ArgumentParser
import ParityCore
import ParityIO

/// The unit a command aligns and shows (`--level`), and the sentence
/// aligner's word lists: the options `align`, `show` and `report` share.
struct SentenceLevelOptions: ParsableArguments {
    /// The unit of alignment.
    enum Level: String, ExpressibleByArgument, CaseIterable {
        case block, sentence
    }

    @Option(help: "Align blocks (default) or sentences: sentence splits every block and aligns the sentences inside each linked block pair.")
    var level: Level = .block

    @Option(help: ArgumentHelp("A bilingual word list for the sentence aligner: one 'source<TAB>target' or 'source @ target' pair a line.", valueName: "file"))
    var lexicon: String?

    @Flag(help: "Skip the second pass with a word list learned from the text itself.")
    var noBootstrap = false

    /// Problems with the options when the level is `isSentenceLevel` or not.
    func problems(isSentenceLevel: Bool) -> [String] {
        !isSentenceLevel && (lexicon != nil || noBootstrap) ? ["--lexicon and --no-bootstrap apply to --level sentence only"] : []
    }

    /// The word list, read and parsed; a bad file is one line and exit code 2.
    func loadLexicon() throws -> BilingualLexicon? {
        guard let lexicon else { return nil }
        let text = try SentenceOptions.readText(lexicon)
        switch BilingualLexicon.parse(text) {
        case .success(let parsed): return parsed
        case .failure(let error):
            StandardError.write("parity: \(lexicon): line \(error.line): not a word pair 'source<TAB>target' or 'source @ target'")
            throw ExitCode(2)
        }
    }

    /// The sentence rows of `alignment` with these options.
    func sentenceRows(_ alignment: Alignment) throws -> SentenceRows {
        SentenceRows.align(alignment, lexicon: try loadLexicon(), bootstrapsLexicon: !noBootstrap)
    }
}

/// How `parity align` aligns: blocks (default) or sentences inside linked
/// blocks, and the sentence aligner's inputs.
struct SentenceOptions: ParsableArguments {
    @OptionGroup var unit: SentenceLevelOptions

    @Flag(help: "The two inputs are already split, one sentence a line, with no structure: align the whole texts sentence by sentence (implies --level sentence).")
    var onePerLine = false

    @Option(help: ArgumentHelp("A gold alignment in bead format ('[i, ...]:[j, ...]' a line): print strict and lax precision, recall and F1 of the sentence alignment on standard error.", valueName: "file"))
    var gold: String?

    /// The word list's path.
    var lexicon: String? { unit.lexicon }
    /// Whether the second pass with a learned word list is skipped.
    var noBootstrap: Bool { unit.noBootstrap }

    /// Whether sentences, not blocks, are aligned.
    var isSentenceLevel: Bool { unit.level == .sentence || onePerLine }

    func validate() throws {
        if !isSentenceLevel && (lexicon != nil || gold != nil || noBootstrap) {
            throw ValidationError("--lexicon, --gold and --no-bootstrap apply to --level sentence only")
        }
    }

    /// The word list, read and parsed; a bad file is one line and exit code 2.
    func loadLexicon() throws -> BilingualLexicon? { try unit.loadLexicon() }

    /// The gold beads, read and parsed; a bad file is one line and exit code 2.
    func loadGold() throws -> [SentenceBead]? {
        guard let gold else { return nil }
        let text = try Self.readText(gold)
        do {
            return try BeadFormat.parse(text)
        } catch {
            StandardError.write("parity: \(gold): line \(error.line): \(error.message)")
            throw ExitCode(2)
        }
    }

    /// The lines of a one-sentence-a-line file (a final line break ends the last line).
    static func readLines(_ path: String, encoding: TextEncoding?) throws -> [String] {
        let text = try StandardError.exitingOnInputError { () throws(InputError) in
            let bytes = try InputFileReader.read(path)
            return try TextDecoder(forcedEncoding: encoding).decode(bytes, file: path).string
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func readText(_ path: String) throws -> String {
        try StandardError.exitingOnInputError { () throws(InputError) in
            try TextDecoder().decode(try InputFileReader.read(path), file: path).string
        }
    }
}
