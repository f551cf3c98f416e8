import Foundation
import ParityCore
import ParityXML

/// Number extraction speed: MB/s of `NumberExtractor.extract` (and of the
/// number-word reader) on the six UDHR versions and the Spanish UN
/// document; MB/s on hostile token shapes at two sizes (flat MB/s means
/// linear time); and the share of `ParityChecker` time spent reading numbers.
enum NumberBenchmark {
    static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func run(root: URL) throws {
        func bytes(_ relative: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: root.appendingPathComponent("Sources-Texts").appendingPathComponent(relative)))
        }
        let udhr: [(String, Language, String)] = [("spa", .spanish, "es"), ("eng", .english, "en"), ("fra", .french, "fr"), ("rus", .russian, "ru"),
                                                  ("arb", .arabic, "ar"), ("cmn_hans", .chinese, "zh")]
        var documents: [(String, Document)] = []
        for (code, language, name) in udhr {
            var document = try UDHRReader().read(try bytes("udhr/udhr_\(code).xml"), file: "udhr_\(code).xml")
            document.language = language
            documents.append(("UDHR \(name)", document))
        }
        let spanishText = try TextDecoder().decode(try bytes("un-hearings-2006/es.txt"), file: "es.txt")
        documents.append(("es.txt", PlainTextSegmenter(language: .spanish).segment(spanishText, sourceName: "es.txt")))

        print("extraction           text MB   extract MB/s   words MB/s   values")
        for (name, document) in documents {
            let texts = Array(repeating: document.blocks.map(\.text), count: 50).flatMap { $0 }
            let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
            let extractor = NumberExtractor(language: document.language)
            var values = 0
            let extractSeconds = seconds { for text in texts { values += extractor.extract(text).count } }
            var words = 0
            let wordSeconds = seconds { for text in texts { words += extractor.tentativeNumbers(text).count } }
            print(String(format: "%-18@ %8.2f   %12.1f   %10.1f   %6d", name as NSString, megabytes, megabytes / extractSeconds,
                         megabytes / wordSeconds, values / 50))
        }

        print("\nhostile token shapes (one block)      0.3 MB: MB/s    3 MB: MB/s")
        let shapes: [(String, String, Language)] = [
            ("dotted figures 1.1.1…", "1.", .spanish),
            ("spaced digits 1 1 1…", "1 ", .french),
            ("slashed 1/1/1…", "1/", .english),
            ("symbol-like A/1/A/1…", "A/1/", .english),
            ("dates 10.12.1948.…", "10.12.1948.", .russian),
            ("Chinese numerals 一二三…", "一二三", .chinese),
            ("time shapes 'Hora 10 a '", "Hora 10 a ", .spanish),
            ("per cent 5 % 5 %…", "5 % ", .french),
            ("scale 5 mil millones…", "5 mil millones ", .spanish),
        ]
        for (name, unit, language) in shapes {
            var rates: [Double] = []
            for megabytes in [0.3, 3.0] {
                let count = Int(megabytes * 1_000_000) / unit.utf8.count
                let text = "Constructed " + String(repeating: unit, count: count) + " end."
                let extractor = NumberExtractor(language: language)
                let time = seconds { _ = extractor.extract(text); _ = extractor.tentativeNumbers(text) }
                rates.append(Double(text.utf8.count) / 1_000_000 / time)
            }
            print(String(format: "%-36@ %12.1f %14.1f", name as NSString, rates[0], rates[1]))
        }

        // The check reads every block's values (extract) and every block's number words.
        print("\ncheck time and its number share    check s   values s   share   words s   share")
        let pairs: [(String, [Document])] = [
            ("UDHR es+zh ×10", [documents[0].1, documents[5].1]),
            ("UDHR es+ar ×10", [documents[0].1, documents[4].1]),
            ("es.txt ×2 ×10", [documents[6].1, documents[6].1]),
        ]
        for (name, pair) in pairs {
            let versions = pair.enumerated().map { index, document -> Document in
                var repeated = AlignBenchmark.repeated(document, times: 10)
                repeated.sourceName += "#\(index)"
                return repeated
            }
            let alignment = Aligner().align(versions)
            var checkSeconds = Double.infinity, numberSeconds = Double.infinity, wordSeconds = Double.infinity
            for _ in 0..<5 {
                checkSeconds = min(checkSeconds, seconds { _ = ParityChecker().check(alignment) })
                numberSeconds = min(numberSeconds, seconds {
                    for version in versions {
                        let extractor = NumberExtractor(language: version.language)
                        for block in version.blocks { _ = extractor.extract(block.text) }
                    }
                })
                wordSeconds = min(wordSeconds, seconds {
                    for version in versions {
                        let extractor = NumberExtractor(language: version.language)
                        for block in version.blocks { _ = extractor.tentativeNumbers(block.text) }
                    }
                })
            }
            print(String(format: "%-32@ %8.4f   %9.4f   %4.1f%%   %7.4f   %4.1f%%", name as NSString, checkSeconds, numberSeconds,
                         100 * numberSeconds / checkSeconds, wordSeconds, 100 * wordSeconds / checkSeconds))
        }
    }
}
