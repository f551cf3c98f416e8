import Foundation
import ParityCore

/// Issues 10, 11 and 12: number-dense paragraphs. Builds documents of
/// `paragraphs` numbered paragraphs of `figures` values each, in five
/// conventions (Hindi crore/lakh amounts and lakh grouping in Devanagari
/// digits, Japanese `1　860万` amounts and `2031年3月14日` dates, English,
/// Spanish and French amounts, dates, per cents and ranges in ASCII
/// digits), and reports, per convention and size: MB/s of number
/// extraction (``NumberExtractor/extract(_:)`` and the number words of
/// every block), seconds and MB/s of `check` (align, then
/// ``ParityChecker/check(_:)`` on the document paired with a copy of
/// itself, as `parity check A A` does after segmenting), and the share of
/// the check's time that the extraction of both versions is (issue 10:
/// no more than 20 %). MB/s that stays flat from one size to the next
/// means linear time in the figures a paragraph.
///
/// `--write FOLDER` writes the texts instead (`numbers-F.LANG.txt`), to
/// time `parity check` or run a profiler on them.
enum NumberDenseBenchmark {
    /// A convention: the language code and the phrase that writes value `i`.
    struct Convention: Sendable {
        let code: String
        let phrase: @Sendable (Int) -> String
        let link: @Sendable (Int) -> String
    }

    static let devanagariZero: UInt32 = 0x966

    /// `text` with its ASCII digits written in Devanagari.
    static func devanagari(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(devanagariZero + scalar.value - 0x30)! : scalar
        }))
    }

    static let conventions: [Convention] = [
        Convention(code: "hi", phrase: { i in
            let months = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्तूबर", "नवंबर", "दिसंबर"]
            switch i % 4 {
            case 0: return devanagari("\(1 + i % 90) करोड़ \(10 + i % 89) लाख डॉलर")
            case 1: return devanagari("\(10 + i % 89),\(10 + i % 80),000 रुपये")
            case 2: return devanagari("\(1 + i % 28) ") + months[i % 12] + devanagari(" \(2000 + i % 40)")
            default: return devanagari("\(i % 100).\(1 + i % 9) प्रतिशत")
            }
        }, link: { i in ["और", "तथा", ", जिसमें से", "के बाद"][i % 4] }),
        Convention(code: "ja", phrase: { i in
            switch i % 5 {
            case 0: return "\(1 + i % 9)\u{3000}\(100 + i % 900)万ドル"
            case 1: return "\(2000 + i % 40)年\(1 + i % 12)月\(1 + i % 28)日"
            case 2: return "\(1 + i % 9)億\(1000 + i % 9000)万ドル"
            case 3: return "\(i % 100).\(1 + i % 9)％"
            default: return "\(10 + i % 90),\(100 + i % 900)世帯"
            }
        }, link: { i in ["、", "および", "、そのうち", "に対して"][i % 4] }),
        Convention(code: "en", phrase: { i in
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                          "November", "December"]
            switch i % 5 {
            case 0: return "$\(1 + i % 90).\(1 + i % 9) million"
            case 1: return "\(1 + i % 9),\(100 + i % 900),000 dollars"
            case 2: return "\(1 + i % 28) \(months[i % 12]) \(2000 + i % 40)"
            case 3: return "\(i % 100).\(1 + i % 9) per cent"
            default: return "\(1 + i % 9) to \(10 + i % 18) \(months[(i + 3) % 12]) \(2000 + i % 40)"
            }
        }, link: { i in ["and", "then", ", of which", "against"][i % 4] }),
        Convention(code: "es", phrase: { i in
            let months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                          "noviembre", "diciembre"]
            switch i % 4 {
            case 0: return "\(1 + i % 90),\(1 + i % 9) millones de dólares"
            case 1: return "\(1 + i % 9).\(100 + i % 900).000"
            case 2: return "\(1 + i % 28) de \(months[i % 12]) de \(2000 + i % 40)"
            default: return "\(i % 100),\(1 + i % 9) por ciento"
            }
        }, link: { i in ["y", "luego", ", de los cuales", "frente a"][i % 4] }),
        Convention(code: "fr", phrase: { i in
            let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                          "novembre", "décembre"]
            switch i % 4 {
            case 0: return "\(1 + i % 90),\(1 + i % 9) millions de dollars"
            case 1: return "\(1 + i % 9) \(100 + i % 900) 000"
            case 2: return "\(1 + i % 28) \(months[i % 12]) \(2000 + i % 40)"
            default: return "\(i % 100),\(1 + i % 9) %"
            }
        }, link: { i in ["et", "puis", ", dont", "contre"][i % 4] }),
    ]

    /// The text: a title, then `paragraphs` numbered paragraphs of `figures` phrases each.
    static func text(_ convention: Convention, paragraphs: Int, figures: Int) -> String {
        var text = "Constructed number-dense report (\(convention.code))\n\n"
        for paragraph in 1...paragraphs {
            var line = convention.code == "hi" ? devanagari("\(paragraph). ") : "\(paragraph). "
            for figure in 0..<figures {
                let i = paragraph * 7919 + figure
                if figure > 0 { line += " " + convention.link(i) + " " }
                line += convention.phrase(i)
            }
            text += line + (convention.code == "ja" ? "。\n\n" : ".\n\n")
        }
        return text
    }

    /// The CPU seconds of this process that `body` takes (not wall time: the machines these run on are shared).
    static func seconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }

    static func run(paragraphs: Int, sizes: [Int], writeTo folder: String?) throws {
        if let folder {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for convention in conventions {
                for figures in sizes {
                    let url = URL(fileURLWithPath: folder).appendingPathComponent("numbers-\(figures).\(convention.code).txt")
                    try Data(text(convention, paragraphs: paragraphs, figures: figures).utf8).write(to: url)
                }
            }
            print("wrote \(conventions.count * sizes.count) texts of \(paragraphs) paragraphs to \(folder)")
            return
        }
        print("\(paragraphs) paragraphs a document; extraction of one version, check of the document with a copy of itself")
        print("lang figures   text MB   values   extract MB/s   words MB/s   align s   check s   check MB/s   numbers share")
        for convention in conventions {
            let language = Language(code: convention.code)
            for figures in sizes {
                let text = text(convention, paragraphs: paragraphs, figures: figures)
                let document = PlainTextSegmenter(language: language).segment(DecodedText(text), sourceName: "numbers.\(convention.code).txt")
                var copy = document
                copy.sourceName = "numbers-copy.\(convention.code).txt"
                let texts = document.blocks.map { $0.text }
                let megabytes = Double(texts.reduce(0) { (sum: Int, text: String) in sum + text.utf8.count }) / 1e6
                let extractor = NumberExtractor(language: language)
                var values = 0
                let extractSeconds = Self.seconds { for text in texts { values += extractor.extract(text).count } }
                let wordSeconds = Self.seconds { for text in texts { _ = extractor.tentativeNumbers(text) } }
                var alignment: Alignment?
                let alignSeconds = Self.seconds { alignment = Aligner().align([document, copy]) }
                let checkSeconds = Self.seconds { _ = ParityChecker().check(alignment!) }
                // The check reads both versions' values and words once each.
                let share = 2 * (extractSeconds + wordSeconds) / checkSeconds
                print(String(format: "%-4@ %7d  %8.3f  %7d  %13.2f  %11.2f  %8.3f  %8.3f  %11.2f   %5.1f %%", convention.code as NSString, figures,
                             megabytes, values, megabytes / extractSeconds, megabytes / wordSeconds, alignSeconds, checkSeconds,
                             2 * megabytes / checkSeconds, 100 * share))
            }
        }
    }
}
