/// Somewhere outside memory to put text aside, so that it and what is made
/// from it are never in memory together: the PDF clean-up writes its cleaned
/// text (which, unlike a plain-text input, cannot be read back from the
/// input file) there a piece at a time while it cleans, the segmenter reads
/// it back whole once the input is freed, and later reads the drafts' spans
/// back from it (`PlainTextSegmenter.segment(_:sourceName:spillingTo:)`).
/// An implementation does I/O (ParityIO's `TemporaryTextSpill` writes an
/// anonymous temporary file); the segmenter only calls these methods.
public protocol TextSpill: AnyObject {
    /// Appends `bytes` to the text stored (given in pieces, in order, once);
    /// false when they cannot be stored (no temporary directory, disk full):
    /// the segmenter then stops using the spill and works in memory instead.
    func append(_ bytes: ArraySlice<UInt8>) -> Bool

    /// All the bytes stored, read back into an array of their own (no
    /// window onto them is kept).
    /// - Throws: `InputError` when they cannot be read back.
    func contents() throws(InputError) -> [UInt8]

    /// The stored bytes `range` (offsets into the text appended).
    /// - Throws: `InputError` when they cannot be read back.
    func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8>
}
