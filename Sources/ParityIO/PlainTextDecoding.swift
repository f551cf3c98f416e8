import ParityCore

/// Decodes a plain-text input, guessing Windows-1252 for text that is not
/// UTF-8 when the user gave no encoding.
enum PlainTextDecoding {
    /// The decoded text, and a warning when the encoding was guessed.
    ///
    /// Without `--encoding`: a byte-order mark decides, else UTF-16 recognised
    /// by its zero bytes, else UTF-8; input that is not valid UTF-8 but reads
    /// plausibly as Windows-1252 (a superset of Latin-1's printable characters;
    /// see `SingleByteTextGuess`) is read so, with a warning naming that guess.
    /// Damaged UTF-8 stays an error that names the byte offset.
    /// - Throws: `InputError` for empty or binary input, damaged UTF-8, or
    ///   invalid input in a forced encoding.
    static func decode(_ bytes: [UInt8], file: String, forcedEncoding: TextEncoding?) throws(InputError) -> (DecodedText, ReaderDiagnostic?) {
        do {
            return (try TextDecoder(forcedEncoding: forcedEncoding).decode(bytes, file: file), nil)
        } catch {
            guard forcedEncoding == nil, case .invalidUTF8(_, let offset) = error,
                SingleByteTextGuess.looksLikeWindows1252(bytes)
            else { throw error }
            let text = try TextDecoder(forcedEncoding: .windows1252).decode(bytes, file: file)
            let warning = ReaderDiagnostic(
                blockIDs: [],
                message: "not valid UTF-8 (byte offset \(offset)); read as windows-1252 (use --encoding to choose another)")
            return (text, warning)
        }
    }
}
