import Foundation
import ParityArchive
import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// Issue 11, item 4: no ZIP archive can trap the DOCX reader. The end record
/// and central directory are checked against the bytes before ZIPFoundation
/// reads them (`ZIPCentralDirectory`). Regression inputs: the 22-byte end record
/// of the issue, the real DOCX cut at 400 points, and 300 seeded mutations
/// aimed at the end record, the central directory and the local headers.
@Suite struct ZIPStructureFuzzTests {
    static func read(_ bytes: [UInt8]) -> Result<Int, InputError> {
        do throws(InputError) {
            let document = try DOCXReader().read(parts: try BoundedZIPArchive(bytes: bytes, file: "fuzz.docx"), file: "fuzz.docx")
            return .success(document.blocks.count)
        } catch {
            return .failure(error)
        }
    }

    @Test func theEndRecordOfTheIssueIsAOneLineError() {
        let bytes: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x0D, 0x00,
                              0x38, 0x03, 0x00, 0x00, 0x51, 0x5D, 0x00, 0x00, 0x00, 0x00]
        guard case .failure(let error) = Self.read(bytes) else { Issue.record("read a damaged archive"); return }
        #expect(error.description == "fuzz.docx: truncated input: the DOCX (ZIP) archive is incomplete or damaged (the central directory lies past the end record)")
    }

    @Test func theRealDOCXCutAnywhereGivesAnErrorOrADocument() throws {
        let docx = try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated-typed-numbers.docx")
        #expect(try Self.read(docx).get() > 100)
        var errors = 0
        for step in 1..<400 {
            let cut = docx.count * step / 400
            if case .failure = Self.read(Array(docx.prefix(cut))) { errors += 1 }
        }
        // Every cut loses the end record, so every cut is an error.
        #expect(errors == 399)
    }

    @Test func mutatedArchiveStructureNeverTraps() throws {
        let docx = try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated-typed-numbers.docx")
        let end = docx.count - 22
        let directoryOffset = Int(docx[end + 16]) | Int(docx[end + 17]) << 8 | Int(docx[end + 18]) << 16 | Int(docx[end + 19]) << 24
        var random = SplitMix64(seed: 11_004)
        var documents = 0
        var errors = 0
        for _ in 0..<300 {
            var bytes = docx
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                // Aim at the structure: the end record, the central directory, or anywhere.
                let region = Int.random(in: 0..<3, using: &random)
                let at = region == 0 ? Int.random(in: end..<bytes.count, using: &random)
                    : region == 1 ? Int.random(in: directoryOffset..<end, using: &random)
                    : Int.random(in: 0..<bytes.count, using: &random)
                guard at < bytes.count else { continue }
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes[at] = [0x00, 0xFF, 0x7F, 0x80].randomElement(using: &random)!
                default: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
                }
            }
            switch Self.read(bytes) {
            case .success: documents += 1
            case .failure: errors += 1
            }
        }
        #expect(documents + errors == 300)
        #expect(errors > 0 && documents > 0)
    }
}
