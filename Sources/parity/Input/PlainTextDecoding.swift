import ParityCore

/// Decodes a plain-text input, guessing Windows-1252 for text that is not
/// UTF-8 when the user gave no encoding.
enum PlainTextDecoding {
    /// The decoded text, and a warning when the encoding was guessed.
    ///
    /// Without `--encoding`: a byte-order mark decides, else UTF-16 recognised
    /// by its zero bytes, else UTF-8; input that is not valid UTF-8 but has no
    /// NUL byte is read as Windows-1252 (a superset of Latin-1's printable
    /// characters) with a warning naming that guess.
    /// - Throws: `InputError` for empty or binary input, or invalid input in a forced encoding.
    static func decode(_ bytes: [UInt8], file: String, forcedEncoding: TextEncoding?) throws(InputError) -> (DecodedText, ReaderDiagnostic?) {
        do {
            return (try TextDecoder(forcedEncoding: forcedEncoding).decode(bytes, file: file), nil)
        } catch {
            guard forcedEncoding == nil, case .invalidUTF8(_, let offset) = error, !bytes.contains(0) else { throw error }
            let text = try TextDecoder(forcedEncoding: .windows1252).decode(bytes, file: file)
            let warning = ReaderDiagnostic(
                blockIDs: [],
                message: "not valid UTF-8 (byte offset \(offset)); read as windows-1252 (use --encoding to choose another)")
            return (text, warning)
        }
    }
}
