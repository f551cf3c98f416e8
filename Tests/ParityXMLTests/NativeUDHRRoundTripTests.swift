import ParityCore
import ParityXML
import Testing

/// The native format on the real UDHR texts: six versions with every block
/// field the UDHR reader fills (source ranges, parents, diagnostics).
@Suite struct NativeUDHRRoundTripTests {
    /// Spanish first (the pivot), then the others in `UDHRFileFacts` order.
    static let files = ["udhr_spa.xml", "udhr_eng.xml", "udhr_fra.xml", "udhr_rus.xml", "udhr_arb.xml", "udhr_cmn_hans.xml"]

    private func realVersions() throws -> [Document] {
        try Self.files.map { try readRealUDHR($0) }
    }

    @Test func realSixVersionsReadBackEqualAndRewriteByteIdentical() throws {
        let content = CheckedAlignment(alignment: Alignment(versions: try realVersions(), pivot: 0))
        let first = try NativeAlignmentWriter().write(content)
        #expect(first.warnings.isEmpty)
        #expect(try ExportTestFiles.relaxNGErrors(first.bytes, "parity-alignment.rng").isEmpty)
        let readBack = try NativeAlignmentReader().read(first.bytes, file: "udhr-native.xml")
        #expect(readBack == content)
        let expectedCounts = Self.files.map { file in UDHRFileFacts.all.first { $0.file == file }!.blockCount }
        #expect(readBack.alignment.versions.map(\.blocks.count) == expectedCounts)
        #expect(readBack.alignment.versions.map(\.language) == [.spanish, .english, .french, .russian, .arabic, .chinese])
        let second = try NativeAlignmentWriter().write(readBack)
        #expect(second.bytes == first.bytes)
    }
}
