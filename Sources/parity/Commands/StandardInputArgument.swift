import ParityCore
import ParityIO

/// The file argument `-`: standard input, read whole (once) and named
/// `<stdin>` in messages and as the document's source.
enum StandardInputArgument {
    /// What stands for standard input (and, after `-o`, for standard output).
    static let argument = "-"
    /// The name the input gets.
    static let name = "<stdin>"

    /// The bytes of standard input, at most `limit`.
    static func read(limit: Int = InputFileReader.defaultLimit) throws(InputError) -> [UInt8] {
        try InputFileReader.read(descriptor: 0, name: name, limit: limit)
    }
}

extension InputLoader {
    /// The document the file argument `file` names: standard input for `-`.
    func load(argument file: String) throws(InputError) -> Document {
        guard file == StandardInputArgument.argument else { return try load(file) }
        return try load(bytes: StandardInputArgument.read(limit: sizeLimit), name: StandardInputArgument.name)
    }

    /// The segmenter's text for the file argument `file`: standard input for `-`.
    func segmenterText(argument file: String) throws(InputError) -> DecodedText? {
        guard file == StandardInputArgument.argument else { return try segmenterText(file) }
        return try segmenterText(bytes: StandardInputArgument.read(limit: sizeLimit), name: StandardInputArgument.name)
    }
}
