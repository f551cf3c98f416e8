import Foundation

/// Renders a clean constructed document in the layouts that PDF extraction
/// and typists produce, for the metamorphic layout harness (issue 9 §7):
/// every rendering must give the outline of the clean text.
///
/// The clean text is read as logical lines (one a block, or one a unit of a
/// block run) separated by blank lines; a rendering changes only where line
/// breaks, blank lines and page furniture fall, never the words.
public enum LayoutRenderer {
    /// One way of laying the text out.
    public enum Variant: Hashable, Sendable, CustomStringConvertible {
        /// Lines longer than `width` scalars hard-wrapped at spaces.
        case wrapped(width: Int)
        /// Wrapped, continuation lines indented under the text after the label.
        case hanging(width: Int)
        /// A label (`12.`, `IV.`, `(a)`, `1.1`) alone on its line, its text on the next.
        case labelOnOwnLine
        /// The same with a blank line between the label and its text.
        case labelOnOwnLineThenBlank
        /// Every blank-line separator doubled, trailing spaces on every line.
        case extraBlankLinesAndTrailingSpaces
        /// CR LF line ends.
        case crlf
        /// Wrapped at `width`, cut into pages of `lines` lines with a form feed,
        /// a running header (the symbol) and a footer (`furniture`).
        case paged(width: Int, lines: Int, footer: Footer)

        public var description: String {
            switch self {
            case .wrapped(let width): return "wrapped-\(width)"
            case .hanging(let width): return "hanging-\(width)"
            case .labelOnOwnLine: return "label-own-line"
            case .labelOnOwnLineThenBlank: return "label-own-line-blank"
            case .extraBlankLinesAndTrailingSpaces: return "extra-blank-lines"
            case .crlf: return "crlf"
            case .paged(let width, let lines, let footer): return "paged-\(width)x\(lines)-\(footer)"
            }
        }
    }

    /// What stands at the foot of every page.
    public enum Footer: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// The page number alone.
        case pageNumber
        /// A job number and `page/total` (`24-13579 3/7`), the first page with a barcode.
        case jobNumberAndPageOfTotal
        public var description: String { rawValue }
    }

    /// The variants the harness runs: 12 renderings of every document.
    public static let variants: [Variant] = [
        .wrapped(width: 48), .wrapped(width: 64), .wrapped(width: 80),
        .hanging(width: 60), .hanging(width: 76),
        .labelOnOwnLine, .labelOnOwnLineThenBlank,
        .extraBlankLinesAndTrailingSpaces, .crlf,
        .paged(width: 72, lines: 24, footer: .pageNumber),
        .paged(width: 66, lines: 30, footer: .jobNumberAndPageOfTotal),
        .paged(width: 90, lines: 40, footer: .jobNumberAndPageOfTotal),
    ]

    /// `clean` laid out as `variant`; `symbol` heads every page of a paged layout.
    public static func render(_ clean: String, _ variant: Variant, symbol: String) -> String {
        let lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingTrailingWhitespace() }
        switch variant {
        case .wrapped(let width):
            return lines.flatMap { wrap($0, width: width, indent: 0) }.joined(separator: "\n")
        case .hanging(let width):
            return lines.flatMap { line in wrap(line, width: width, indent: label(of: line).map { $0.count + 1 } ?? 0) }
                .joined(separator: "\n")
        case .labelOnOwnLine, .labelOnOwnLineThenBlank:
            return lines.flatMap { line -> [String] in
                guard let label = label(of: line) else { return [line] }
                let rest = String(line.dropFirst(label.count)).trimmingLeadingWhitespace()
                return variant == .labelOnOwnLineThenBlank ? [label, "", rest] : [label, rest]
            }.joined(separator: "\n")
        case .extraBlankLinesAndTrailingSpaces:
            return lines.flatMap { $0.isEmpty ? ["", ""] : [$0 + "  "] }.joined(separator: "\n")
        case .crlf:
            return lines.joined(separator: "\r\n")
        case .paged(let width, let perPage, let footer):
            let body = lines.flatMap { wrap($0, width: width, indent: 0) }
            return paginate(body, perPage: perPage, footer: footer, symbol: symbol)
        }
    }

    /// The label a line starts with, if any: `12.`, `IV.`, `A.`, `(a)`, `a)`, `1.1`, `1.a`.
    /// Only forms the whole line could be a numbered unit of; a date or an amount is not one.
    public static func label(of line: String) -> String? {
        guard let space = line.firstIndex(of: " ") else { return nil }
        let head = line[..<space]
        let scalars = Array(head.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 6 else { return nil }
        let inner = scalars.filter { $0 != "(" && $0 != ")" && $0 != "." }
        guard !inner.isEmpty, inner.allSatisfy({ $0.properties.numericType != nil || ("a"..."z").contains($0) || ("A"..."Z").contains($0) })
        else { return nil }
        // Letters alone are a label when they are one letter or a Roman numeral: "Distr.", "Mr.", "Sr." are words.
        if inner.allSatisfy({ $0.properties.numericType == nil }), inner.count > 1,
           !inner.allSatisfy({ "IVXLCivxlc".unicodeScalars.contains($0) }) { return nil }
        let last = scalars.last!
        if last == ")" || last == "." { return String(head) }
        // Decimal labels without a final stop: 1.1, 1.a, 2.3.1.
        if scalars.contains("."), scalars.first!.properties.numericType != nil { return String(head) }
        return nil
    }

    /// `line` broken at spaces into pieces of at most `width` scalars (a
    /// longer word stands alone); continuation pieces indented by `indent`.
    static func wrap(_ line: String, width: Int, indent: Int) -> [String] {
        guard line.unicodeScalars.count > width else { return [line] }
        if let row = leaderRow(line) { return wrapLeaderRow(row, width: width, indent: indent) }
        var pieces: [String] = []
        var current = ""
        var length = 0
        var empty = true
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let wordLength = word.unicodeScalars.count
            if !empty, length + 1 + wordLength > width {
                pieces.append(current)
                current = String(repeating: " ", count: indent)
                length = indent
                empty = true
            }
            if !empty {
                current += " "
                length += 1
            }
            current += word
            length += wordLength
            empty = false
        }
        if !empty { pieces.append(current) }
        return pieces
    }

    /// A table-of-contents row `title ..... page`: its title and page. A
    /// dot leader runs up to the page number on the same line in print and
    /// in typed text, so a row is never wrapped inside its leader.
    static func leaderRow(_ line: String) -> (title: String, page: String)? {
        guard let leader = line.range(of: "....") else { return nil }
        var title = String(line[..<leader.lowerBound])
        while title.hasSuffix(" ") { title.removeLast() }
        let page = line[leader.lowerBound...].drop { $0 == "." || $0 == " " }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty, !page.isEmpty, page.count <= 8, !page.contains(" ") else { return nil }
        return (title, String(page))
    }

    /// A leader row fitted to `width`: the title wrapped, the leader shortened
    /// (at least three dots) before the page number on the title's last line.
    static func wrapLeaderRow(_ row: (title: String, page: String), width: Int, indent: Int) -> [String] {
        let lead = String(row.title.prefix { $0 == " " })
        var pieces = wrap(String(row.title.dropFirst(lead.count)), width: max(20, width - lead.count - row.page.count - 5), indent: indent)
        pieces[0] = lead + pieces[0]
        let last = pieces.removeLast()
        let dots = max(3, width - last.count - row.page.count - 2)
        pieces.append(last + " " + String(repeating: ".", count: dots) + " " + row.page)
        return pieces
    }

    /// Pages of `perPage` body lines: header (symbol), blank, body, blank,
    /// footer, then a form feed before the next page.
    static func paginate(_ body: [String], perPage: Int, footer: Footer, symbol: String) -> String {
        let total = max(1, (body.count + perPage - 1) / perPage)
        var pages: [String] = []
        for page in 0..<total {
            var lines: [String] = []
            if page > 0 { lines += [symbol, ""] }
            lines += body[(page * perPage)..<min(body.count, (page + 1) * perPage)]
            lines.append("")
            switch footer {
            case .pageNumber:
                lines.append(String(page + 1))
            case .jobNumberAndPageOfTotal:
                lines.append(page.isMultiple(of: 2) ? "24-13579 \(page + 1)/\(total)" : "\(page + 1)/\(total) 24-13579")
                if page == 0 { lines += ["", "*2413579*"] }
            }
            pages.append(lines.joined(separator: "\n"))
        }
        return pages.joined(separator: "\n\u{0C}") + "\n"
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    fileprivate func trimmingLeadingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        return String(scalars)
    }
}
