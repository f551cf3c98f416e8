/// The marks the UN printing service puts on a document's pages: the job
/// number (`06-44927 (E)  280706  280706`, `V.03-80680 (E)`,
/// `GE.06-12345 (F)`, `N0644927.pdf`) and the barcode rendered as text
/// (`*0644927*`). Text extractors put them on the first page's masthead and
/// in running footers; they are page furniture wherever they stand, never
/// part of the text, a title or emphasis markup.
enum PrintingMark {
    /// Whether `text` (one line) is made only of printing marks, document
    /// symbols, page numbers and "page/total" (`15-05716 9/19`), and holds
    /// at least one job number or barcode.
    static func isPrintingMarkLine(_ text: String) -> Bool {
        let columns = PageFurnitureRecognizer.columnsOf(text)
        guard !columns.isEmpty, columns.count <= 12 else { return false }
        var index = 0
        var marks = 0
        while index < columns.count {
            let column = columns[index]
            if isBarcode(column) {
                marks += 1
                index += 1
            } else if let consumed = jobNumberLength(columns, from: index) {
                marks += 1
                index += consumed
            } else if isRecyclingNote(Array(columns[index...])) {
                index = columns.count
            } else if PageFurnitureRecognizer.isSymbol(column)
                        || column.count <= 4 && column.allSatisfy({ $0.isASCII && $0.isNumber })
                        || isPageOfTotal(column) {
                index += 1
            } else {
                return false
            }
        }
        return marks > 0
    }

    /// A cheap first test on the bytes of a line: printing marks are ASCII (and no-break spaces),
    /// start with a digit, a capital or `*`, and have hardly any lower-case
    /// letter (`.pdf`), so prose is turned away after a few bytes.
    static func mayBePrintingMarkLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        let first = bytes[start]
        guard (0x30...0x39).contains(first) || (0x41...0x5A).contains(first) || first == 0x2A else { return false }
        var lowercase = 0
        for index in start..<end {
            let byte = bytes[index]
            // Non-ASCII only as a no-break space (C2 A0) between columns.
            if byte >= 0x80, !(byte == 0xC2 && index + 1 < end && bytes[index + 1] == 0xA0),
               !(byte == 0xA0 && index > start && bytes[index - 1] == 0xC2) { return false }
            if (0x61...0x7A).contains(byte) {
                lowercase += 1
                if lowercase > 4 { return false }
            }
        }
        return true
    }

    /// "9/19" beside a job number: a page number and the page total (at least the page number).
    static func isPageOfTotal(_ token: Substring) -> Bool {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let page = Int(parts[0]), let total = Int(parts[1]) else { return false }
        return page >= 1 && page <= total
    }

    /// The printer's note beside the recycling logo, `Please recycle`, printed in English on every language version.
    static func isRecyclingNote(_ columns: [Substring]) -> Bool {
        columns.count == 2 && columns[0] == "Please" && columns[1] == "recycle"
    }

    /// A date stamp of the printing service, day month year: `300425`, `140296`.
    static func isDateStamp(_ token: Substring) -> Bool {
        guard token.count == 6, token.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(token) else { return false }
        let day = value / 10000
        let month = value / 100 % 100
        return (1...31).contains(day) && (1...12).contains(month)
    }

    /// A barcode rendered as text: `*0644927*`.
    static func isBarcode(_ token: Substring) -> Bool {
        token.count >= 8 && token.first == "*" && token.last == "*"
            && token.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A job number starting at `columns[index]` — `06-44927`, with an
    /// optional office prefix (`V.03-80680`, `GE.06-12345`), or the older
    /// `N0644927` (optionally `.pdf` / `.doc`) — followed by an optional
    /// language letter `(E)` and six-digit dates: the number of columns it
    /// takes, or nil.
    /// The date stamp may also stand before the number (`270527 27-07731 (A)`: a right-to-left
    /// page's footer as the extractor orders it).
    static func jobNumberLength(_ columns: [Substring], from index: Int) -> Int? {
        if isDateStamp(columns[index]), index + 1 < columns.count, isJobNumberToken(columns[index + 1]),
           let rest = jobNumberLength(columns, from: index + 1) {
            return 1 + rest
        }
        guard isJobNumberToken(columns[index]) else { return nil }
        var consumed = 1
        if index + consumed < columns.count, isLanguageLetter(columns[index + consumed]) {
            consumed += 1
        }
        while index + consumed < columns.count, isSixDigitDate(columns[index + consumed]) {
            consumed += 1
        }
        return consumed
    }

    /// `280706`: the printing date beside a job number, six ASCII digits.
    private static func isSixDigitDate(_ token: Substring) -> Bool {
        token.count == 6 && token.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `06-44927`, `V.03-80680`, `GE.06-12345`, `N0644927`, `N0644927.pdf`.
    static func isJobNumberToken(_ token: Substring) -> Bool {
        var token = token
        // "12-27711***", "14-28968*": the reissue mark of the symbol repeated on the job number.
        while token.count > 8, token.last == "*" { token = token.dropLast() }
        // "GE.16-21155(E)": the language letter glued to the number.
        if token.count > 3, isLanguageLetter(token.suffix(3)) { token = token.dropLast(3) }
        else if token.count > 4, isLanguageLetter(token.suffix(4)) { token = token.dropLast(4) }
        var number = token
        if let dot = token.firstIndex(of: "."), dot != token.startIndex {
            let prefix = token[..<dot]
            let rest = token[token.index(after: dot)...]
            if prefix.count <= 3, prefix.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                number = rest
            } else if ["pdf", "doc", "docx"].contains(rest.lowercased()) {
                return isLetterAndSevenDigits(prefix)
            }
        }
        if isLetterAndSevenDigits(number) { return number.count == token.count }
        let parts = number.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 2 && (4...6).contains(parts[1].count)
            && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") }
    }

    /// `N0644927`: one capital letter and seven digits.
    private static func isLetterAndSevenDigits(_ token: Substring) -> Bool {
        guard token.count == 8, let first = token.first, first.isASCII, first.isUppercase else { return false }
        return token.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `(E)`, `(F)`, `(S)`, `(R)`, `(A)`, `(C)`, or a two-letter code (`(SV)`, `(NL)`, `(DE)`): the language of the
    /// version, one or two capital letters in parentheses.
    private static func isLanguageLetter(_ token: Substring) -> Bool {
        (3...4).contains(token.count) && token.first == "(" && token.last == ")"
            && token.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isUppercase }
    }
}
