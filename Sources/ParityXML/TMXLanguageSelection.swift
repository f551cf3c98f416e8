import ParityCore

/// Which language versions of an alignment a TMX file carries.
public enum TMXLanguageSelection: Hashable, Sendable {
    /// The pivot's language and the first version with another language (the default).
    case pivotAndFirstOther
    /// Exactly these two languages, in this order.
    case pair(Language, Language)
    /// Every language of the alignment (N-way TMX), pivot first.
    case allLanguages

    /// Version indices to export, in `tuv` order, and warnings for versions left out.
    func versionIndices(in alignment: Alignment) throws(ExportError) -> (indices: [Int], warnings: [ExportWarning]) {
        var firstVersion: [Language: Int] = [:]
        var warnings: [ExportWarning] = []
        for (index, document) in alignment.versions.enumerated() {
            guard let language = document.language else {
                warnings.append(ExportWarning(
                    context: "version \(index) (\(document.sourceName))",
                    message: "has no language, so TMX cannot carry it; left out"))
                continue
            }
            if let earlier = firstVersion[language] {
                warnings.append(ExportWarning(
                    context: "version \(index) (\(document.sourceName))",
                    message: "has the language \(language.rawValue) of version \(earlier) too; only version \(earlier) is exported"))
            } else {
                firstVersion[language] = index
            }
        }
        let pivot = alignment.pivot
        let pivotFirst = alignment.versions.indices.filter { firstVersion.values.contains($0) }
            .sorted { ($0 == pivot ? 0 : 1, $0) < ($1 == pivot ? 0 : 1, $1) }
        switch self {
        case .pair(let first, let second):
            guard first != second else { throw .needsTwoLanguages(detail: "the pair is \(first.rawValue),\(second.rawValue)") }
            // A tag names its own version, else the first of its primary language (pt → pt-BR).
            func version(_ language: Language) -> Int? {
                firstVersion[language] ?? pivotFirst.sorted().first { alignment.versions[$0].language?.primary == language.tag }
            }
            guard let a = version(first) else { throw .languageNotInAlignment(first) }
            guard let b = version(second), b != a else { throw .languageNotInAlignment(second) }
            return ([a, b], warnings)
        case .pivotAndFirstOther:
            guard alignment.versions.indices.contains(pivot), alignment.versions[pivot].language != nil else {
                throw .needsTwoLanguages(detail: "the pivot version has no language")
            }
            guard pivotFirst.count >= 2 else { throw .needsTwoLanguages(detail: "only one version has a language") }
            return (Array(pivotFirst.prefix(2)), warnings)
        case .allLanguages:
            guard pivotFirst.count >= 2 else { throw .needsTwoLanguages(detail: "fewer than two versions have a language") }
            return (pivotFirst, warnings)
        }
    }
}
