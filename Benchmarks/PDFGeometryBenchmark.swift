import Foundation
import ParityCore

/// The geometry reading of PDFs (`PDFBoundingBoxDocument` + `PDFGeometryReading`)
/// on the real ODS PDFs: `pdftotext -bbox-layout` is run once per file (not
/// timed), then the box XHTML is parsed and the text rebuilt `repeats` times.
/// Prints MB of rebuilt text per second and MB of XHTML per second.
enum PDFGeometryBenchmark {
    static func run(root: URL, repeats: Int) throws {
        let folder = root.appendingPathComponent("Tests/Fixtures/real/un-ods-pdf")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.sorted()
        var inputs: [[UInt8]] = []
        for name in names {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["pdftotext", "-bbox-layout", "-enc", "UTF-8", "-q", folder.appendingPathComponent(name).path, "-"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            inputs.append([UInt8](data))
        }
        let xhtmlBytes = inputs.reduce(0) { $0 + $1.count } * repeats
        var textBytes = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repeats {
            for input in inputs {
                guard let pages = PDFBoundingBoxDocument.pages(input) else { continue }
                textBytes += PDFGeometryReading.text(pages).utf8.count
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "PDF geometry: %d PDFs × %d: %.1f MB XHTML → %.2f MB text in %.2f s: %.2f MB text/s (%.1f MB XHTML/s)",
                     inputs.count, repeats, Double(xhtmlBytes) / 1e6, Double(textBytes) / 1e6, seconds,
                     Double(textBytes) / 1e6 / seconds, Double(xhtmlBytes) / 1e6 / seconds))
    }
}
