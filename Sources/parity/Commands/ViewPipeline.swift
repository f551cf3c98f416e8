import ParityCore
import ParityXML

/// Reads the versions named on the command line, aligns them and checks parity.
///
/// PROVISIONAL: until the aligner and checker are on main, the versions are
/// aligned block by block in order and not checked. The views depend only on
/// the `Alignment` and `[Finding]` values.
enum ViewPipeline {
    /// The alignment of the versions in `files` and its findings.
    /// - Parameter pivot: the pivot's language code; `nil` makes the first file the pivot.
    /// - Throws: `InputError` for an unreadable or malformed file.
    static func run(files: [String], pivot: String?, loader: InputLoader = InputLoader()) throws(InputError) -> (Alignment, [Finding]) {
        var documents: [Document] = []
        for file in files { documents.append(try loader.load(file)) }
        var pivotIndex = 0
        if let code = pivot, let language = Language(code: code),
           let index = documents.firstIndex(where: { $0.language == language }) {
            pivotIndex = index
        }
        let alignment = alignInOrder(documents, pivot: pivotIndex)
        return (alignment, [])
    }

    /// Links the i-th block of every version together (placeholder aligner).
    private static func alignInOrder(_ documents: [Document], pivot: Int) -> Alignment {
        let count = documents.map(\.blocks.count).max() ?? 0
        var links: [AlignmentLink] = []
        for index in 0..<count {
            let ids = documents.map { index < $0.blocks.count ? [$0.blocks[index].id] : [] }
            links.append(AlignmentLink(blockIDs: ids, method: .length, confidence: 0))
        }
        return Alignment(versions: documents, pivot: pivot, links: links)
    }
}
