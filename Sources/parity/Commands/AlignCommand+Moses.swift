import ArgumentParser
import ParityCore
import ParityXML

extension AlignCommand {
    /// `--format moses` at block level: the pivot and the first other version,
    /// one link a line, written atomically to `BASE.PIVOT` and `BASE.OTHER`
    /// (`-o udhr` gives `udhr.en` and `udhr.fr`; a second version of the
    /// pivot's language gets `LANG-2`).
    func writeBlockMoses(_ alignment: Alignment) throws {
        let pivot = alignment.pivot
        guard let base = export.output, let other = alignment.versions.indices.first(where: { $0 != pivot }) else {
            StandardError.write("parity: error: --format moses needs two versions")
            throw ExitCode(2)
        }
        let (source, target) = BlockMosesFormatter.moses(alignment, source: pivot, target: other)
        let sourceCode = alignment.versions[pivot].language?.rawValue ?? "src"
        var targetCode = alignment.versions[other].language?.rawValue ?? "tgt"
        if targetCode == sourceCode { targetCode += "-2" }
        let files = [("\(base).\(sourceCode)", Array(source.utf8)), ("\(base).\(targetCode)", Array(target.utf8))]
        do {
            try AtomicFileWriter.write(files, protecting: input.files)
        } catch {
            StandardError.write(error.cliLine)
            throw ExitCode(2)
        }
        for file in files { StandardError.write("parity: wrote \(file.0)") }
    }
}
