import ParityCore
import ParityXML

/// The six real UDHR versions (Spanish pivot) aligned by `Aligner` and checked
/// by `ParityChecker`: the real-text input of the export tests.
enum RealUDHRAlignment {
    /// Spanish first (the pivot), then English, French, Russian, Arabic, Chinese.
    static let files = ["udhr_spa.xml", "udhr_eng.xml", "udhr_fra.xml", "udhr_rus.xml", "udhr_arb.xml", "udhr_cmn_hans.xml"]

    /// Reads, aligns and checks the six versions.
    static func make() throws -> CheckedAlignment {
        let alignment = Aligner(pivot: 0).align(try files.map { try readRealUDHR($0) })
        return CheckedAlignment(alignment: alignment, findings: ParityChecker().check(alignment))
    }

    /// The text TMX should carry for `version` in `link`: its non-blank block texts joined with a space.
    static func segment(_ alignment: Alignment, _ link: AlignmentLink, version: Int) -> String {
        link.blockIDs[version].compactMap { alignment.versions[version].block(id: $0)?.text }
            .filter { !$0.trimmingWhitespace().isEmpty }.joined(separator: " ")
    }
}
