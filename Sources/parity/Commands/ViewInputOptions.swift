import ArgumentParser
import ParityCore

/// The inputs `show` and `report` share: the language versions and the pivot.
struct ViewInputOptions: ParsableArguments {
    @Argument(help: "Two or three language versions (.txt UN documents or UDHR .xml files).")
    var files: [String]

    @Option(help: "Language of the pivot version (es, en, zh, ...); default: the first file.")
    var pivot: String?

    func validate() throws {
        guard (2...6).contains(files.count) else {
            throw ValidationError("give two to six language versions (got \(files.count))")
        }
        if let pivot, Language(code: pivot) == nil {
            throw ValidationError("unknown pivot language '\(pivot)'")
        }
    }
}
