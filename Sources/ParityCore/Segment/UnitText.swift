/// The text of one raw block prepared for classification: white space
/// folded, markup removed into emphasis spans, leading label read.
struct UnitText: Sendable {
    /// Text without markup, label included.
    var full: [Unicode.Scalar]
    /// Text without markup and without the label.
    var body: [Unicode.Scalar]
    /// Emphasis spans over `body`.
    var emphasis: [EmphasisSpan]
    /// Emphasis spans over `full`.
    var fullEmphasis: [EmphasisSpan]
    /// The leading label, if any.
    var label: BlockLabel?
    /// The block's byte range in the input.
    var sourceRange: SourceRange
    /// The range of the decoded text's bytes that `full` is a verbatim copy
    /// of (one line, no markup, no white space folded), if it is one.
    var fullBytes: Range<Int>?
    /// Number of text lines in the raw block (a label alone on its line, blank
    /// lines and lines that go on a hard-wrapped line not counted).
    var lineCount: Int
    /// Starts like the middle of a sentence: no label, first letter lower case.
    var startsInLowerCase: Bool
    /// No label, first letter of a script without case (Arabic, Han).
    var startsCaseless: Bool
    /// The first line opens with wide spaces (`WideIndent`: ideographic or no-break spaces): the first-line
    /// indent with which Chinese and Japanese texts open a paragraph (`　　理事会は、…`), which no wrapped line carries.
    var opensIndented: Bool

    /// Prepares raw block `unit`.
    /// `wordLabels`: heading words the document teaches (`WordLabelSequence`), read where no table reads a label.
    /// `bareHead`: the number of a decimal numbering's top-level unit written without a full stop that the unit
    /// starts with (`BareDecimalHeads`), read as its label.
    init(_ unit: RawBlock, lines: [TextLine], decoded: DecodedText, language: Language?, wordLabels: WordLabelSequence = .none,
         bareHead: Int? = nil) {
        let first = lines[unit.lines.lowerBound]
        let last = lines[unit.lines.upperBound - 1]
        // Ideographic or no-break spaces that indent the first line (`　　(a) …`) go before its label, not into the text.
        let textStart = decoded.utf8.withUnsafeBufferPointer { WideIndent.skip($0, first.contentStart, first.contentEnd) }
        opensIndented = textStart > first.contentStart
        // At most one scalar a byte, and a space that joins each line to the one before.
        let room = max(0, last.contentEnd - textStart) + unit.lines.count
        // A unit of one line (most of them) is folded in a pass that also tells whether the scalars are its bytes
        // verbatim and whether they may hold markup, which `verbatimRange` and `InlineMarkupParser.strip` would find
        // in two more passes.
        var oneLine: (verbatim: Bool, mayHoldMarkup: Bool)?
        let folded = [Unicode.Scalar](unsafeUninitializedCapacity: room) { out, initialized in
            if unit.lines.count == 1 {
                let folded = decoded.utf8.withUnsafeBufferPointer { buffer in
                    textStart < first.contentEnd
                        ? ScalarText.foldCheckingVerbatim(buffer, textStart, first.contentEnd, into: out.baseAddress!)
                        : (count: 0, verbatim: false, mayHoldMarkup: false)
                }
                oneLine = (folded.verbatim, folded.mayHoldMarkup)
                initialized = folded.count
                return
            }
            initialized = decoded.utf8.withUnsafeBufferPointer { buffer -> Int in
                var count = 0
                var lastWasSpace = false
                for index in unit.lines {
                    let line = lines[index]
                    if count > 0, !lastWasSpace {
                        out[count] = " "
                        count += 1
                        lastWasSpace = true
                    }
                    let start = index == unit.lines.lowerBound ? textStart : line.contentStart
                    guard start < line.contentEnd else { continue }
                    (count, lastWasSpace) = ScalarText.fold(buffer, start, line.contentEnd, into: out.baseAddress!, at: count,
                                                            lastWasSpace: lastWasSpace)
                }
                return count
            }
        }
        let stripped: [Unicode.Scalar]
        let spans: [EmphasisSpan]
        if let oneLine, !oneLine.mayHoldMarkup {
            (stripped, spans) = (folded, [])
            fullBytes = oneLine.verbatim && !folded.isEmpty ? textStart..<last.contentEnd : nil
        } else {
            (stripped, spans) = InlineMarkupParser.strip(folded)
            fullBytes = Self.verbatimRange(stripped, decoded.utf8, textStart, last.contentEnd)
        }
        full = stripped
        fullEmphasis = spans
        var label = LabelParser.parse(stripped, language: language) ?? wordLabels.label(stripped)
        if let bareHead {
            // A footnote's marker written as a plain digit has the shape of a head: the document's count decided.
            var replaced = label == nil
            if case .footnoteMarker? = label?.form { replaced = true }
            if replaced { label = Self.bareHeadLabel(stripped, bareHead) ?? label }
        }
        self.label = label
        if let label {
            body = Array(stripped[label.length...])
            emphasis = spans.compactMap { span in
                let start = max(0, span.start - label.length)
                let end = span.end - label.length
                return end > start ? EmphasisSpan(start: start, end: end, style: span.style) : nil
            }
        } else {
            body = stripped
            emphasis = spans
        }
        sourceRange = decoded.sourceRange(first.contentStart, last.contentEnd)
        // A label alone on its line ("1." / "Public financing") and blank lines after it do not make a second line.
        var textLineCount = 0
        var firstTextLine = unit.lines.lowerBound
        for index in unit.lines where !lines[index].isBlank {
            if textLineCount == 0 { firstTextLine = index }
            textLineCount += 1
        }
        if textLineCount > 1, LabelOnlyLine.isLabelOnly(decoded.utf8, lines[firstTextLine].contentStart, lines[firstTextLine].contentEnd)
            || bareHead != nil && BareDecimalHeads.isAlone(decoded.utf8, lines[firstTextLine]) {
            textLineCount -= 1
        }
        lineCount = max(1, textLineCount - unit.wrappedLines)
        let letter = label == nil ? ScalarText.firstLetter(stripped) : nil
        startsInLowerCase = letter.map(ScalarClass.isLowercase) ?? false
        startsCaseless = letter.map(ScalarClass.isCaselessLetter) ?? false
    }

    /// The label of a bare decimal head (`1 Scope …`, `一　範圍。…`, `BareDecimalHeads`): its digits (or Chinese
    /// numerals) and the white space after them.
    private static func bareHeadLabel(_ text: [Unicode.Scalar], _ value: Int) -> BlockLabel? {
        var digits = 0
        if let first = text.first, ChineseNumeral.isLabelNumeral(first) {
            while digits < text.count, digits < 3, ChineseNumeral.isLabelNumeral(text[digits]) { digits += 1 }
            guard ChineseNumeral.labelValue(text[0..<digits]) == value else { return nil }
        } else {
            while digits < text.count, ScalarClass.digit(text[digits]) != nil { digits += 1 }
            guard digits > 0, Numerals.decimalValue(text[0..<digits]) == value else { return nil }
        }
        var length = digits
        while length < text.count, ScalarClass.isWhitespace(text[length]) { length += 1 }
        return BlockLabel(form: .number(value), written: ScalarText.string(Array(text[0..<digits])), length: length)
    }

    /// The range of the decoded text's bytes that `body` (`full` when `body`
    /// is false) is a verbatim copy of, if it is one.
    func verbatimBytes(body: Bool) -> Range<Int>? {
        guard let fullBytes else { return nil }
        guard body, let label else { return fullBytes }
        var start = fullBytes.lowerBound
        for scalar in full[0..<label.length] { start += UTF8.width(scalar) }
        return start..<fullBytes.upperBound
    }

    /// `start..<end` when `scalars` (not empty) are exactly the UTF-8 bytes `bytes[start..<end]`.
    static func verbatimRange(_ scalars: [Unicode.Scalar], _ bytes: [UInt8], _ start: Int, _ end: Int) -> Range<Int>? {
        guard !scalars.isEmpty, start <= end, end <= bytes.count, end - start >= scalars.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Range<Int>? in
            var index = start
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    guard index < end, buffer[index] == UInt8(truncatingIfNeeded: value) else { return nil }
                    index += 1
                    continue
                }
                var matches = true
                UTF8.encode(scalar) { byte in
                    if matches, index < end, buffer[index] == byte { index += 1 } else { matches = false }
                }
                guard matches else { return nil }
            }
            return index == end ? start..<end : nil
        }
    }

    /// The label's form, if any.
    var form: BlockLabel.Form? { label?.form }

    /// Whether the block is a footnote (starts with a footnote marker).
    var isFootnote: Bool {
        if case .footnoteMarker = form { return true }
        return false
    }

    /// The number of a numbered label, if any.
    var number: Int? {
        if case .number(let value) = form { return value }
        return nil
    }

    /// The full text as a string.
    var fullString: String { ScalarText.string(full) }
}
