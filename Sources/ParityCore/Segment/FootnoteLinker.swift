/// Pass 6: links each footnote to the block whose marker cites it — the
/// nearest block before it (or, failing that, shortly after it) whose text
/// carries the same marker as a citation (`informe¹`, `provisional*`) — in
/// both directions (`footnoteRefs`, `citedBy`) and removes the marker from
/// the citing text.
enum FootnoteLinker {
    /// How many blocks to look back (a page's worth and more) and ahead.
    static let lookBehind = 80
    static let lookAhead = 12

    /// Links footnotes in place; returns a diagnostic for each footnote no block cites.
    ///
    /// A note is cited within its own series: the body's notes by the body, an annex's by that annex, each series
    /// restarting at 1. The blocks of the note's series are searched first, then, where none cites it, all the
    /// nearby blocks. The series is read from where each block stands in the input (`series`), not from the order
    /// of the drafts: a PDF extraction's cleanup sets page-bottom notes apart, so that a body's note 1 may come
    /// after an annex whose own note 1 is cited as `faafanua.1`, while the body cites it as `2027.1`.
    static func link(_ drafts: inout [DraftBlock]) -> [ReaderDiagnostic] {
        var diagnostics: [ReaderDiagnostic] = []
        let series = Self.series(drafts)
        // The block that cites the last numbered note linked, in each series: a note cited by no marker of its own
        // is looked for glued to a figure after it (`figureGluedCitation`).
        var lastCiter: [Int: Int] = [:]
        for footnote in drafts.indices where drafts[footnote].kind == .footnote {
            guard let marker = drafts[footnote].label else { continue }
            let markerScalars = Array(marker.unicodeScalars)
            var candidates = Array(stride(from: footnote - 1, through: max(0, footnote - lookBehind), by: -1))
            if footnote + 1 < drafts.count {
                candidates += Array((footnote + 1)...min(drafts.count - 1, footnote + lookAhead))
            }
            var linked = false
            // A citation a marker is written as comes first; only where no nearby block holds one is the marker
            // looked for after the full stop of a symbol or a figure (`81/207.1 It covers`, `figureStopCitation`).
            for (ownSeries, figureStop) in [(true, false), (true, true), (false, false), (false, true)] where !linked {
                for candidate in candidates where !ownSeries || series[candidate] == series[footnote] {
                    switch drafts[candidate].kind {
                    case .footnote, .tocEntry, .tocHeading: continue
                    default: break
                    }
                    let found = figureStop
                        ? Self.figureStopCitation(markerScalars, in: drafts[candidate].text)
                        : citation(markerScalars, in: drafts[candidate].text)
                    guard let range = found else { continue }
                    drafts[candidate].removeText(range)
                    drafts[candidate].appendFootnoteRef(drafts[footnote].id)
                    drafts[footnote].appendCitedBy(drafts[candidate].id)
                    if Self.number(markerScalars) != nil { lastCiter[series[footnote]] = candidate }
                    linked = true
                    break
                }
            }
            // A numbered note no marker cites: its marker glued to a figure (`… nel 20391.`), in its own series, in the
            // blocks from the one citing the note before it to the note.
            if !linked, let number = Self.number(markerScalars) {
                let first = lastCiter[series[footnote]] ?? 0
                for candidate in stride(from: footnote - 1, through: max(first, footnote - lookBehind), by: -1)
                    where series[candidate] == series[footnote] {
                    switch drafts[candidate].kind {
                    case .footnote, .tocEntry, .tocHeading: continue
                    default: break
                    }
                    guard let range = FigureGluedCitation.last(number, in: drafts[candidate].text) else { continue }
                    drafts[candidate].removeText(range)
                    drafts[candidate].appendFootnoteRef(drafts[footnote].id)
                    drafts[footnote].appendCitedBy(drafts[candidate].id)
                    lastCiter[series[footnote]] = candidate
                    linked = true
                    break
                }
            }
            if !linked {
                diagnostics.append(ReaderDiagnostic(
                    blockIDs: [drafts[footnote].id], message: "footnote \(marker) is not cited by any nearby block"))
            }
        }
        return diagnostics
    }

    /// The number of a marker of superscript digits (`¹²` is 12), or nil.
    static func number(_ marker: [Unicode.Scalar]) -> Int? {
        guard !marker.isEmpty, marker.allSatisfy({ SuperscriptDigits.value(of: $0) != nil }) else { return nil }
        return marker.reduce(0) { $0 * 10 + (SuperscriptDigits.value(of: $1) ?? 0) }
    }

    /// The series of each draft: how many annexes begin, in the input, before it does (0 is the body).
    /// Linear in the drafts; an annex's position is its first byte in the input.
    static func series(_ drafts: [DraftBlock]) -> [Int] {
        let starts = drafts.filter { $0.kind == .annex }.compactMap { $0.sourceRanges.first?.start }.sorted()
        guard !starts.isEmpty else { return Array(repeating: 0, count: drafts.count) }
        return drafts.map { draft in
            guard let start = draft.sourceRanges.first?.start else { return 0 }
            return partitionPoint(in: starts.indices) { starts[$0] <= start }
        }
    }

    /// The last place in `text` where `marker` stands as a citation: superscript
    /// digits not part of a longer run, or exactly that many asterisks right
    /// after a word.
    static func citation(_ marker: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !marker.isEmpty, text.count > marker.count else { return nil }
        if marker.last == "/" { return slashCitation(marker, in: text) }
        if let found = superscriptCitation(marker, in: text) { return found }
        // A numbered marker printed as plain digits glued to a word's full stop (`States.2`, `CitedFootnoteMarker`).
        if marker.allSatisfy({ SuperscriptDigits.value(of: $0) != nil }) {
            let value = marker.reduce(0) { $0 * 10 + (SuperscriptDigits.value(of: $1) ?? 0) }
            return CitedFootnoteMarker.plainCitation(value, in: text)
        }
        return nil
    }

    /// The last place in `text` where a numbered `marker` (`¹`, `1`) stands as plain digits glued to the full
    /// stop of a symbol or a figure before a new sentence (`CitedFootnoteMarker.figureStopCitation`).
    static func figureStopCitation(_ marker: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !marker.isEmpty, marker.allSatisfy({ SuperscriptDigits.value(of: $0) != nil }) else { return nil }
        let value = marker.reduce(0) { $0 * 10 + (SuperscriptDigits.value(of: $1) ?? 0) }
        return CitedFootnoteMarker.figureStopCitation(value, in: text)
    }

    /// The last superscript or asterisk citation of `marker` in `text` (`citation(_:in:)`).
    private static func superscriptCitation(_ marker: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        guard let head = marker.first else { return nil }
        let asterisks = head == "*"
        var start = text.count - marker.count
        while start >= 1 {
            if text[start] == head, text[start..<(start + marker.count)].elementsEqual(marker) {
                let end = start + marker.count
                let before = text[start - 1]
                let after: Unicode.Scalar? = end < text.count ? text[end] : nil
                if asterisks {
                    if before != "*", !ScalarClass.isWhitespace(before), after != "*" { return start..<end }
                } else if SuperscriptDigits.value(of: before) == nil, after.map({ SuperscriptDigits.value(of: $0) == nil }) ?? true {
                    return start..<end
                }
            }
            start -= 1
        }
        return nil
    }

    /// `report 1/ and` (older UN documents): the marker stands after a space and
    /// before a space, punctuation or the end; the space before it goes with it.
    private static func slashCitation(_ marker: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        var start = text.count - marker.count
        while start >= 1 {
            if text[start..<(start + marker.count)].elementsEqual(marker), text[start - 1] == " " {
                let end = start + marker.count
                let after: Unicode.Scalar? = end < text.count ? text[end] : nil
                let ends = after.map { ScalarClass.isWhitespace($0) || (!$0.properties.isAlphabetic && ScalarClass.digit($0) == nil && $0 != "/") } ?? true
                if ends { return (start - 1)..<end }
            }
            start -= 1
        }
        return nil
    }
}
