import ParityCore
import ParityXML
import Testing

/// The native format on the real UDHR texts: six versions with every block
/// field the UDHR reader fills (source ranges, parents, diagnostics), aligned
/// by `Aligner` and checked by `ParityChecker`.
@Suite struct NativeUDHRRoundTripTests {
    @Test func realSixWayAlignmentWithFindingsReadsBackEqualAndRewritesByteIdentical() throws {
        let content = try RealUDHRAlignment.make()
        let first = try NativeAlignmentWriter().write(content)
        #expect(first.warnings.isEmpty)
        #expect(try ExportTestFiles.relaxNGErrors(first.bytes, "parity-alignment.rng").isEmpty)
        let readBack = try NativeAlignmentReader().read(first.bytes, file: "udhr-native.xml")
        #expect(readBack.alignment == content.alignment)
        #expect(readBack.findings == content.findings)
        let expectedCounts = RealUDHRAlignment.files.map { file in UDHRFileFacts.all.first { $0.file == file }!.blockCount }
        #expect(readBack.alignment.versions.map(\.blocks.count) == expectedCounts)
        #expect(readBack.alignment.versions.map(\.language) == [.spanish, .english, .french, .russian, .arabic, .chinese])
        // Every block of every version is in exactly one link, read back as written.
        for version in readBack.alignment.versions.indices {
            let linked = readBack.alignment.links.flatMap { $0.blockIDs[version] }
            #expect(linked.sorted() == readBack.alignment.versions[version].blocks.map(\.id).sorted())
        }
        #expect(try NativeAlignmentWriter().write(readBack).bytes == first.bytes)
    }
}
