/// Somewhere outside memory to put text aside while the blocks' strings are
/// made from it, so that the text and those strings are never in memory
/// together: the segmenter spills the PDF-cleaned text (which, unlike a
/// plain-text input, cannot be read back from the input file) and reads the
/// drafts' spans back from it (`PlainTextSegmenter.segment(_:sourceName:spillingTo:)`).
/// An implementation does I/O (ParityIO's `TemporaryTextSpill` writes an
/// anonymous temporary file); the segmenter only calls these two methods.
public protocol TextSpill: AnyObject {
    /// Stores `bytes` (the whole text, once); false when they cannot be
    /// stored (no temporary directory, disk full), nothing kept then: the
    /// segmenter then makes the strings in memory instead.
    func store(_ bytes: [UInt8]) -> Bool

    /// The stored bytes `range` (offsets into what `store` was given).
    /// - Throws: `InputError` when they cannot be read back.
    func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8>
}
