/// A rectangle on a PDF page in points, y growing downwards (as
/// `pdftotext -bbox-layout` writes it).
public struct PDFBox: Sendable, Equatable {
    public var xMin: Double
    public var yMin: Double
    public var xMax: Double
    public var yMax: Double

    public init(xMin: Double, yMin: Double, xMax: Double, yMax: Double) {
        self.xMin = xMin
        self.yMin = yMin
        self.xMax = xMax
        self.yMax = yMax
    }

    public var width: Double { xMax - xMin }
    public var height: Double { yMax - yMin }

    /// The smallest box holding both.
    public func union(_ other: PDFBox) -> PDFBox {
        PDFBox(xMin: min(xMin, other.xMin), yMin: min(yMin, other.yMin),
               xMax: max(xMax, other.xMax), yMax: max(yMax, other.yMax))
    }
}

/// One word as the PDF text extractor found it: its text (in the order the
/// glyphs are drawn, left to right, also for right-to-left scripts) and its box.
public struct PDFWord: Sendable, Equatable {
    public var text: String
    public var box: PDFBox

    public init(_ text: String, _ box: PDFBox) {
        self.text = text
        self.box = box
    }
}

/// One line as the extractor grouped it, with the flow (column) and block
/// (its own paragraph guess) it put the line in.
public struct PDFLayoutLine: Sendable, Equatable {
    public var words: [PDFWord]
    public var box: PDFBox
    /// Index of the extractor's flow on the whole document (its column guess).
    public var flow: Int
    /// Index of the extractor's block on the whole document.
    public var block: Int
    /// Left edges of the words that start a table cell joined to this line (written after a tab).
    public var cellStarts: [Double] = []

    public init(words: [PDFWord], box: PDFBox, flow: Int, block: Int) {
        self.words = words
        self.box = box
        self.flow = flow
        self.block = block
    }

    /// A line made of `words` alone, its box their union (for constructed layouts in tests).
    public init(_ words: [PDFWord], flow: Int = 0, block: Int) {
        var box = words.first?.box ?? PDFBox(xMin: 0, yMin: 0, xMax: 0, yMax: 0)
        for word in words.dropFirst() { box = box.union(word.box) }
        self.init(words: words, box: box, flow: flow, block: block)
    }
}

/// One page: its size and its lines in the extractor's reading order.
public struct PDFLayoutPage: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var lines: [PDFLayoutLine]

    public init(width: Double, height: Double, lines: [PDFLayoutLine]) {
        self.width = width
        self.height = height
        self.lines = lines
    }
}
