import ParityCore
import ParityTestSupport
import ParityXML
import Testing

/// libxml2's error handler is per thread: concurrent reads neither mix up
/// errors nor results.
@Suite struct UDHRConcurrencyTests {
    @Test func concurrentReadsOfGoodAndBrokenFilesGiveTheSequentialResults() async throws {
        var inputs: [(String, [UInt8])] = []
        for facts in UDHRFileFacts.all {
            let bytes = try RepositoryPaths.sourceTextBytes("udhr/\(facts.file)")
            inputs.append((facts.file, bytes))
            let cut = bytes[..<(bytes.count / 3)].lastIndex(of: 0x0A)!
            inputs.append(("truncated-" + facts.file, Array(bytes[...cut])))
        }
        func outcome(_ input: (String, [UInt8])) -> String {
            do { return "blocks \(try UDHRReader().read(input.1, file: input.0).blocks.count)" } catch { return "\(error)" }
        }
        let sequential = inputs.map(outcome)
        let concurrent = await withTaskGroup(of: (Int, String).self) { group in
            for _ in 0..<4 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (index, outcome(input)) }
                }
            }
            var results: [Int: Set<String>] = [:]
            for await (index, result) in group { results[index, default: []].insert(result) }
            return results
        }
        for (index, expected) in sequential.enumerated() {
            #expect(concurrent[index] == [expected])
        }
        #expect(sequential.filter { $0.hasPrefix("blocks ") }.count == 6)
        #expect(sequential.filter { $0.contains("malformed XML at line") }.count == 6)
    }
}
