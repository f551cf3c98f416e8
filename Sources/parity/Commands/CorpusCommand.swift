import ArgumentParser
import Foundation
import ParityCore
import ParityIO
import ParityXML

/// `parity corpus Sources-Texts -o Alignments`: the main job. Every folder of
/// the source directory is one document set (the language versions of one
/// document); each set is read, aligned, checked and written as Parity's
/// native XML and as TMX.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Align and check every document set of a folder and write the aligned XML.",
        discussion: """
            Each sub-folder of SOURCE is one document set: its language versions (plain text, \
            UDHR XML, and the other formats parity reads). SOURCE.txt, README files and hidden \
            files are skipped. The pivot is the English version when there is one, else the \
            first file by name. For each set, OUTPUT/SET.xml (Parity's native XML: every block \
            of every version, the links and the findings) and, when the set has two or more \
            versions, OUTPUT/SET.tmx (TMX 1.4b with all languages; tuids start with SET:, \
            creationdate is SOURCE_DATE_EPOCH when set, else now) are written atomically. \
            A summary line per set goes to standard output.
            """
    )

    @Argument(help: "The folder of document sets (e.g. Sources-Texts).")
    var source: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder to write into (created when missing).", valueName: "folder"))
    var output: String

    func run() throws {
        let sets = try StandardError.exitingOnInputError { () throws(InputError) in try DocumentSetFinder.sets(in: source) }
        if let problem = ExportDate.problem {
            StandardError.write("parity: \(problem)")
            throw ExitCode(2)
        }
        if sets.isEmpty {
            StandardError.write("parity: \(source): no document sets (sub-folders with input files)")
            throw ExitCode(2)
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            StandardError.write("parity: \(output): cannot create the output folder")
            throw ExitCode(2)
        }
        for set in sets {
            let documents = try StandardError.exitingOnInputError { () throws(InputError) in
                try set.files.map { file throws(InputError) in try InputLoader().load(file) }
            }
            let pivot = documents.firstIndex { $0.language == .english } ?? 0
            let alignment = Aligner(pivot: pivot).align(documents)
            let content = CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
            var formats: [(AlignmentExporter, String)] = [(AlignmentExporter(format: .native), "\(output)/\(set.name).xml")]
            if documents.count > 1 {
                formats.append((
                    AlignmentExporter(format: .tmx, tmxLanguages: .allLanguages, tmxTuidPrefix: set.name, tmxDate: ExportDate.fixed),
                    "\(output)/\(set.name).tmx"))
            }
            var written: [String] = []
            for (exporter, path) in formats {
                do {
                    let report = try exporter.write(content, to: path, protecting: set.files)
                    for warning in report.warnings { StandardError.write("parity: warning: \(warning)") }
                    written += report.paths
                } catch {
                    StandardError.write(error.cliLine)
                    throw ExitCode(2)
                }
            }
            print(summary(set: set, content: content, written: written))
        }
    }

    private func summary(set: DocumentSet, content: CheckedAlignment, written: [String]) -> String {
        let languages = content.alignment.versions.map { $0.language?.rawValue ?? "?" }.joined(separator: ",")
        let count = { (severity: Severity) in content.findings.filter { $0.severity == severity }.count }
        return "\(set.name): \(content.alignment.versions.count) version\(content.alignment.versions.count == 1 ? "" : "s") (\(languages)), "
            + "\(content.alignment.links.count) links, \(count(.error)) errors, \(count(.warning)) warnings, \(count(.info)) info -> "
            + written.joined(separator: ", ")
    }
}
