import Foundation
import ParityCore
import ParityXML

/// Reads the versions named on the command line, aligns them and checks parity.
///
/// PROVISIONAL: until the aligner, checker and input loader are on main,
/// versions are read here directly, aligned block by block in order, and not
/// checked. The views only depend on the `Alignment` and `[Finding]` values.
enum ViewPipeline {
    /// The alignment of the versions in `files` and its findings.
    /// - Throws: `InputError` for an unreadable or malformed file.
    static func run(files: [String], pivot: String?) throws(InputError) -> (Alignment, [Finding]) {
        var documents: [Document] = []
        for file in files { documents.append(try load(file)) }
        var pivotIndex = 0
        if let code = pivot, let language = Language(code: code),
           let index = documents.firstIndex(where: { $0.language == language }) {
            pivotIndex = index
        }
        let alignment = alignInOrder(documents, pivot: pivotIndex)
        return (alignment, [])
    }

    private static func load(_ file: String) throws(InputError) -> Document {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw .unreadable(file: file, reason: (error as NSError).localizedFailureReason ?? "no such file or not readable")
        }
        let name = (file as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let guessed = stem.split(whereSeparator: { $0 == "_" || $0 == "." || $0 == "-" }).reversed()
            .lazy.compactMap { Language(code: String($0)) }.first
        if file.lowercased().hasSuffix(".xml") {
            var document = try UDHRReader().read(bytes, file: name)
            if document.language == nil { document.language = guessed }
            return document
        }
        let text = try TextDecoder().decode(bytes, file: name)
        var document = PlainTextSegmenter(language: guessed).segment(text, sourceName: name)
        if document.language == nil { document.language = guessed }
        return document
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
