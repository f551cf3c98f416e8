import Foundation
import Testing
import ParityCore
import ParityTestSupport
import ParityArchive
import ParityXML
import ParityFuzzing

/// Property test: mutated real inputs (byte flips, truncations, insertions of
/// random bytes and of structure-laden snippets) never crash a reader; each
/// gives either an `InputError` or a document whose source ranges are
/// lossless (text, PDF-extracted text, DOCX, HTML) or at least in bounds and
/// disjoint (UDHR XML). Seeded, so every run tries the same inputs.
@Suite struct ReaderFuzzTests {
    static func inBoundsAndDisjoint(_ document: Document, count: Int) -> Bool {
        let ranges = document.blocks.flatMap(\.sourceRanges).filter { $0.length > 0 }.sorted()
        guard ranges.allSatisfy({ $0.start >= 0 && $0.end <= count }) else { return false }
        return zip(ranges, ranges.dropFirst()).allSatisfy { $0.end <= $1.start }
    }

    @Test func mutatedRealInputsGiveADocumentOrAnInputError() throws {
        var random = SplitMix64(seed: 20_260_729)
        let plain = try RepositoryPaths.sourceTextBytes("un-hearings-2006/es.txt")
        let pdf = try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated.pdftotext-layout.txt")
        let xml = try RepositoryPaths.sourceTextBytes("udhr/udhr_spa.xml")
        let docx = try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated-typed-numbers.docx")
        let html = try RepositoryPaths.fixtureBytes("generated-from-es-txt/es-generated.html")
        var runs = 0
        var documents = 0
        var errors = 0
        var problems: [String] = []
        let started = Date()

        for (source, count) in [(plain, 150), (pdf, 100)] {
            for _ in 0..<count {
                let input = FuzzCampaign.mutate(source, &random)
                runs += 1
                do {
                    let text = try FuzzCampaign.decodeLikeTheCLI(input)
                    let document = PlainTextSegmenter().segment(text, sourceName: "fuzz.txt")
                    documents += 1
                    let violations = LosslessCoverage.violations(input, document, from: text.byteOrderMarkLength)
                    if !violations.isEmpty { problems.append("text input \(runs): \(violations.count) bytes not in exactly one block, first \(violations[0])") }
                } catch {
                    errors += 1
                }
            }
        }
        for _ in 0..<150 {
            let input = FuzzCampaign.mutate(xml, &random)
            runs += 1
            do {
                let document = try UDHRReader().read(input, file: "fuzz.xml")
                documents += 1
                if !Self.inBoundsAndDisjoint(document, count: input.count) { problems.append("xml input \(runs): ranges out of bounds or overlapping") }
            } catch {
                errors += 1
            }
        }
        for _ in 0..<60 {
            let input = FuzzCampaign.mutate(docx, &random)
            runs += 1
            do {
                let text = try DOCXReader().extractText(parts: try BoundedZIPArchive(bytes: input, file: "fuzz.docx"), file: "fuzz.docx")
                let document = PlainTextSegmenter().segment(text, sourceName: "fuzz.docx")
                documents += 1
                if !LosslessCoverage.violations(text.utf8, document).isEmpty { problems.append("docx input \(runs): not lossless") }
            } catch {
                errors += 1
            }
        }
        for _ in 0..<60 {
            let input = FuzzCampaign.mutate(html, &random)
            runs += 1
            do {
                let text = try HTMLReader().extractText(input, file: "fuzz.html", encoding: nil)
                let document = PlainTextSegmenter().segment(text, sourceName: "fuzz.html")
                documents += 1
                if !LosslessCoverage.violations(text.utf8, document).isEmpty { problems.append("html input \(runs): not lossless") }
            } catch {
                errors += 1
            }
        }
        print("ReaderFuzzTests: \(runs) mutated inputs, \(documents) documents, \(errors) input errors, \(problems.count) problems, \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(runs == 520)
        #expect(documents + errors == runs)
        #expect(problems == [])
    }
}
