import Foundation
import ParityCore

/// Prints how many bytes a unit and a line each text averages, the figures
/// `TextShapeLimit` bounds, so its constants can be checked against real
/// documents: `ParityBenchmarks text-shape FILE…`.
enum TextShapeSurvey {
    static func run(paths: [String]) throws {
        var fewestPerUnit = Double.infinity
        var fewestPerLine = Double.infinity
        for path in paths {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let text = try TextDecoder().decode(bytes, file: path).utf8
            let lines = TextShapeLimit.lineCount(text).lines
            let units = TextShapeLimit.unitCount(text)
            let perUnit = Double(text.count) / Double(max(units, 1))
            let perLine = Double(text.count) / Double(max(lines, 1))
            fewestPerUnit = min(fewestPerUnit, perUnit)
            fewestPerLine = min(fewestPerLine, perLine)
            print(String(format: "%9d bytes %7d lines %6d units %7.1f bytes a unit %6.1f bytes a line  %@",
                         text.count, lines, units, perUnit, perLine, path))
        }
        print(String(format: "fewest: %.1f bytes a unit, %.1f bytes a line (limit: %d and %d beyond the allowance)",
                     fewestPerUnit, fewestPerLine, TextShapeLimit.bytesPerUnit, TextShapeLimit.bytesPerLine))
    }
}
