/// Recognizes running headers and footers of PDF pages ("page furniture"):
/// lines at the top or bottom edge of a page that carry only a document
/// symbol (`A/61/187`, `E/CN.4/2006/1`), a page number that fits the page,
/// a job number (`06-44927 (S)  280706  280706`), a barcode (`*0644927*`),
/// or a text that repeats at the edge of many pages.
///
/// Only lines at a page's edges are examined, from the edge inwards,
/// stopping at the first line that is not furniture, so a symbol or number
/// quoted in the body is never taken. The one exception is a line of
/// printing marks (`PrintingMark`: a job number or a barcode), which is
/// furniture wherever it stands: extractors put the first page's job number
/// and barcode in the middle of the masthead, and texts without form feeds
/// have their footers in the middle of the text.
enum PageFurnitureRecognizer {
    /// At most this many non-blank lines are examined at each edge of a page.
    static let edgeLines = 3

    /// Indices into `lines` of the furniture lines.
    static func furniture(_ lines: [PDFLine], _ bytes: [UInt8]) -> Set<Int> {
        let pages = pageEdges(lines)
        // A text repeated at the edges of at least half the pages (three or more) is a running title.
        var edgeCounts: [String: Int] = [:]
        for page in pages {
            var seen = Set<String>()
            for index in page.top + page.bottom {
                let key = repetitionKey(text(lines[index], bytes))
                if !key.isEmpty, seen.insert(key).inserted { edgeCounts[key, default: 0] += 1 }
            }
        }
        let repeatThreshold = max(3, (pages.count + 1) / 2)
        var result = Set<Int>()
        for index in lines.indices where !lines[index].isBlank && lines[index].length <= 80
            && PrintingMark.mayBePrintingMarkLine(bytes, lines[index].contentStart, lines[index].contentEnd)
            && PrintingMark.isPrintingMarkLine(text(lines[index], bytes)) {
            result.insert(index)
        }
        for (pageIndex, page) in pages.enumerated() {
            func isFurniture(_ index: Int) -> Bool {
                let content = text(lines[index], bytes)
                if isFurnitureText(content, pageNumber: pageIndex + 1) { return true }
                return pages.count >= 3 && (edgeCounts[repetitionKey(content)] ?? 0) >= repeatThreshold
            }
            for index in page.top {
                guard isFurniture(index) else { break }
                result.insert(index)
            }
            for index in page.bottom {
                guard isFurniture(index) else { break }
                result.insert(index)
            }
        }
        return result
    }

    /// Page numbers glued to the last body line of a page. In reading order
    /// pdftotext joins a line that ends in a hyphen to the text that
    /// follows, and at a page end that is the page number: "los tra-" and
    /// "5" become "los tra5", and the word goes on at the top of the next
    /// page ("tados"). Taken only where the page has no page-number line of
    /// its own, the digits (after a letter) fit the page number, the next
    /// page's body starts in lower case, and no line of the page starts
    /// with those digits (a footnote that they would cite).
    /// Returns the line and the offset where its digits start.
    static func gluedPageNumbers(_ lines: [PDFLine], _ bytes: [UInt8], furniture: Set<Int>) -> [(line: Int, digitsStart: Int)] {
        var pages: [[Int]] = []  // non-blank line indices per page
        for index in lines.indices where !lines[index].isBlank {
            while pages.count <= lines[index].page { pages.append([]) }
            pages[lines[index].page].append(index)
        }
        var result: [(line: Int, digitsStart: Int)] = []
        for (pageIndex, page) in pages.enumerated() where pageIndex + 1 < pages.count {
            let pageNumber = pageIndex + 1
            let hasNumberLine = page.contains { index in
                furniture.contains(index) && columnsOf(text(lines[index], bytes)).contains { Int($0).map { abs($0 - pageNumber) <= 2 } ?? false }
            }
            guard !hasNumberLine, let last = page.last(where: { !furniture.contains($0) }),
                  let next = pages[pageIndex + 1].first(where: { !furniture.contains($0) }),
                  String(decoding: bytes[lines[next].contentStart..<lines[next].contentEnd], as: UTF8.self)
                    .unicodeScalars.first?.properties.isLowercase == true else { continue }
            let line = lines[last]
            var digitsStart = line.contentEnd
            while digitsStart > line.contentStart, line.contentEnd - digitsStart < 4,
                  bytes[digitsStart - 1] >= 0x30, bytes[digitsStart - 1] <= 0x39 { digitsStart -= 1 }
            guard digitsStart < line.contentEnd, digitsStart > line.contentStart,
                  let value = Int(String(decoding: bytes[digitsStart..<line.contentEnd], as: UTF8.self)),
                  abs(value - pageNumber) <= 2 else { continue }
            let before = String(decoding: bytes[line.contentStart..<digitsStart], as: UTF8.self).unicodeScalars.last
            guard before?.properties.isAlphabetic == true else { continue }
            let digits = Array(bytes[digitsStart..<line.contentEnd])
            let cited = page.contains { index in
                index != last && lines[index].contentEnd - lines[index].contentStart > digits.count
                    && Array(bytes[lines[index].contentStart..<(lines[index].contentStart + digits.count)]) == digits
                    && !(bytes[lines[index].contentStart + digits.count] >= 0x30 && bytes[lines[index].contentStart + digits.count] <= 0x39)
            }
            if !cited { result.append((last, digitsStart)) }
        }
        return result
    }

    /// For each page, the first and last `edgeLines` non-blank line indices, each list from the edge inwards.
    private static func pageEdges(_ lines: [PDFLine]) -> [(top: [Int], bottom: [Int])] {
        var pages: [(top: [Int], bottom: [Int])] = []
        var index = 0
        while index < lines.count {
            let page = lines[index].page
            var end = index
            while end < lines.count, lines[end].page == page { end += 1 }
            let nonBlank = (index..<end).filter { !lines[$0].isBlank }
            while pages.count < page { pages.append(([], [])) }
            pages.append((Array(nonBlank.prefix(edgeLines)), Array(nonBlank.suffix(edgeLines).reversed())))
            index = end
        }
        return pages
    }

    private static func text(_ line: PDFLine, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)
    }

    /// The line with digits replaced by `#` and white space folded, for counting repeats.
    private static func repetitionKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.foldingWhitespace().unicodeScalars {
            key.append(("0"..."9").contains(scalar) ? "#" : scalar)
        }
        return String(key)
    }

    /// Whether every white-space separated column of `text` is a furniture
    /// token, and the line has at least one.
    static func isFurnitureText(_ text: String, pageNumber: Int) -> Bool {
        let columns = columnsOf(text)
        guard !columns.isEmpty else { return false }
        var index = 0
        while index < columns.count {
            let column = columns[index]
            if isSymbol(column) || PrintingMark.isBarcode(column) {
                index += 1
            } else if let consumed = PrintingMark.jobNumberLength(columns, from: index) {
                index += consumed
            } else if let value = Int(column), column.count <= 4, abs(value - pageNumber) <= 2 {
                index += 1
            } else {
                return false
            }
        }
        return true
    }

    /// The white-space separated columns of a line.
    static func columnsOf(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
    }

    /// A UN document symbol: capital letters, then `/`-separated parts (`A/61/187`, `A/HRC/4/L.2`).
    static func isSymbol(_ token: Substring) -> Bool {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, (1...8).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            !part.isEmpty && part.count <= 12
                && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "*") }
        }
    }
}
