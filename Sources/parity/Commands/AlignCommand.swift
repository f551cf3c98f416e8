import ArgumentParser
import ParityCore
import ParityIO
import ParityXML

/// `parity align A B [C …]`: how the language versions correspond, link by link.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align language versions of a document and list the links.",
        discussion: """
            Every block of every version lies in exactly one link. Each link shows its type \
            (blocks per version, e.g. 1-1, 2-1), how it was made (number, label, marker, \
            structure, length), its confidence, and per version the block ids and first words. \
            With --format or -o, the alignment and its parity findings are written as XML \
            instead: native (Parity's own format, readable back), tmx (TMX 1.4b) or xces (sentences \
            as <s> in every paragraph, as OPUS tools read them); moses writes two plain files, one \
            link a line (pivot and first other version). \
            Given one alignment file (native XML or TMX), it is read instead of aligning again. \
            With --level sentence, every block is split into sentences and the sentences are \
            aligned inside each linked block pair (see docs/sentences.md); --one-per-line aligns \
            two texts already split one sentence a line. With more than two versions at --level \
            sentence, the listing, native and xces cover every version against the pivot, and tmx \
            with --all-languages all versions in one file (one unit per sentence row); beads, moses \
            and a bilingual tmx are pairwise: the pivot and the next version, or those --pair names.
            """
    )

    @OptionGroup var input: VersionInputOptions

    @Flag(help: "Print the alignment as JSON (schema parity-align/1, see docs/align-check.md).")
    var json = false

    @OptionGroup(title: "Export")
    var export: ExportOptions

    @OptionGroup(title: "Sentences")
    var sentences: SentenceOptions

    func validate() throws {
        if json && export.isRequested {
            throw ValidationError("--json prints the links as JSON; --format and -o write the alignment as XML: give one or the other")
        }
        let format = export.resolvedFormat
        if export.isRequested, format == .beads, !sentences.isSentenceLevel {
            throw ValidationError("--format beads needs --level sentence or --one-per-line")
        }
        if sentences.onePerLine, export.isRequested, format == .native {
            throw ValidationError("--one-per-line writes tmx, moses or beads (native needs the block structure)")
        }
        if sentences.isSentenceLevel && json { throw ValidationError("--json applies to --level block only") }
        if sentences.onePerLine && export.resolvedFormat == .xces && export.isRequested {
            throw ValidationError("--one-per-line writes tmx, moses or beads (xces needs the block structure)")
        }
    }

    func run() throws {
        if sentences.isSentenceLevel {
            try SentenceAlignRun(input: input, export: export, options: sentences).run()
            return
        }
        let alignment = try input.alignment()
        if export.isRequested, export.resolvedFormat == .moses {
            try writeBlockMoses(alignment)
            return
        }
        if export.isRequested {
            // Only the native format carries findings (TMX and XCES have no place
            // for them): the check, its time and its memory, only for it.
            let findings = export.exporter.format == .native ? ParityChecker().check(alignment) : []
            let content = CheckedAlignment(alignment: alignment, findings: findings)
            let report: AlignmentExporter.Report
            do {
                report = try export.write(content, inputs: input.files)
            } catch {
                StandardError.write(error.cliLine)
                throw ExitCode(2)
            }
            for warning in report.warnings { StandardError.write("parity: warning: \(warning)") }
            for path in report.paths { StandardError.write("parity: wrote \(path)") }
            return
        }
        if json {
            print(try AlignCheckJSON.encode(AlignCheckJSON.AlignmentOutput(alignment)), terminator: "")
        } else {
            for line in AlignmentFormatter().lines(alignment) { print(TerminalSafeText.visible(line)) }
        }
    }
}
