/// Removes inline markup that survives in plain-text extractions —
/// `**bold**`, `<i>…</i>`, `<b>…</b>`, `<em>`, `<strong>` and `*emphasis*`
/// when it is clearly markup — and records it as `EmphasisSpan`s.
///
/// Asterisks that are not paired markup (footnote markers such as
/// `provisional*` or a footnote's own `*` label) are left in place.
enum InlineMarkupParser {
    /// The text without markup and the emphasis spans (scalar offsets into it).
    static func strip(_ input: [Unicode.Scalar]) -> (text: [Unicode.Scalar], emphasis: [EmphasisSpan]) {
        // Fast path: nothing that could be markup.
        if !input.contains(where: { $0 == "*" || $0 == "<" }) { return (input, []) }
        let removals = findMarkup(input)
        if removals.isEmpty { return (input, []) }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var spans: [EmphasisSpan] = []
        var openStarts: [Int: Int] = [:]  // removal pair id -> output offset
        var cursor = 0
        for removal in removals {
            if removal.start > cursor { output.append(contentsOf: input[cursor..<removal.start]) }
            cursor = removal.end
            if removal.opens {
                openStarts[removal.pair] = output.count
            } else if let start = openStarts.removeValue(forKey: removal.pair), output.count > start {
                spans.append(EmphasisSpan(start: start, end: output.count, style: removal.style))
            }
        }
        if cursor < input.count { output.append(contentsOf: input[cursor...]) }
        // Removing a tag can leave a double or edge space.
        return collapseSpaces(output, spans)
    }

    private struct Removal {
        var start: Int
        var end: Int
        var opens: Bool
        var pair: Int
        var style: EmphasisSpan.Style
    }

    private static func findMarkup(_ s: [Unicode.Scalar]) -> [Removal] {
        var removals: [Removal] = []
        var pairCounter = 0
        // Tag stack: (tag name, pair id).
        var tagStack: [(String, Int)] = []
        // Pending asterisk openers: run length -> (start index, pair id).
        var starOpeners: [Int: Removal] = [:]
        var index = 0
        let count = s.count
        while index < count {
            let scalar = s[index]
            if scalar == "<", let tag = readTag(s, index) {
                let style: EmphasisSpan.Style = (tag.name == "b" || tag.name == "strong") ? .bold : .italic
                if tag.closing {
                    // Look at the innermost few open tags only: stray tags must not make this quadratic.
                    let searchFrom = max(0, tagStack.count - 8)
                    if let last = tagStack[searchFrom...].lastIndex(where: { $0.0 == tag.name }) {
                        let pair = tagStack[last].1
                        tagStack.remove(at: last)
                        removals.append(Removal(start: index, end: tag.end, opens: false, pair: pair, style: style))
                    } else {
                        removals.append(Removal(start: index, end: tag.end, opens: false, pair: -1, style: style))
                    }
                } else {
                    pairCounter += 1
                    tagStack.append((tag.name, pairCounter))
                    removals.append(Removal(start: index, end: tag.end, opens: true, pair: pairCounter, style: style))
                }
                index = tag.end
                continue
            }
            if scalar == "*" {
                var end = index
                while end < count, s[end] == "*" { end += 1 }
                let run = end - index
                if run <= 2 {
                    let before: Unicode.Scalar? = index > 0 ? s[index - 1] : nil
                    let after: Unicode.Scalar? = end < count ? s[end] : nil
                    let style: EmphasisSpan.Style = run == 2 ? .bold : .italic
                    if var opener = starOpeners[run], canClose(before: before, after: after) {
                        starOpeners[run] = nil
                        opener.opens = true
                        removals.append(opener)
                        removals.append(Removal(start: index, end: end, opens: false, pair: opener.pair, style: style))
                    } else if canOpen(before: before, after: after) {
                        pairCounter += 1
                        starOpeners[run] = Removal(start: index, end: end, opens: true, pair: pairCounter, style: style)
                    }
                }
                index = end
                continue
            }
            index += 1
        }
        // Unmatched opening tags are still markup: remove them without a span.
        removals.sort { $0.start < $1.start }
        return removals
    }

    private static func canOpen(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard let after, !ScalarClass.isWhitespace(after), after != "*" else { return false }
        guard let before else { return true }
        if ScalarClass.isWhitespace(before) { return true }
        switch before {
        case "(", "[", "\"", "'", "“", "‘", "«", "¿", "¡", "—", "–", "/", "：", "（", "「": return true
        default: return false
        }
    }

    private static func canClose(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard let before, !ScalarClass.isWhitespace(before), before != "*" else { return false }
        guard let after else { return true }
        if ScalarClass.isWhitespace(after) { return true }
        switch after.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    private static func readTag(_ s: [Unicode.Scalar], _ start: Int) -> (name: String, closing: Bool, end: Int)? {
        var index = start + 1
        var closing = false
        if index < s.count, s[index] == "/" {
            closing = true
            index += 1
        }
        var name: [Unicode.Scalar] = []
        while index < s.count, name.count < 7, let position = Numerals.latinPosition(s[index]) {
            name.append(Unicode.Scalar(UInt8(0x60 + position)))
            index += 1
        }
        guard index < s.count, s[index] == ">" else { return nil }
        let tag = ScalarText.string(name)
        switch tag {
        case "i", "b", "em", "strong", "u": return (tag == "u" ? "i" : tag, closing, index + 1)
        default: return nil
        }
    }

    private static func collapseSpaces(_ text: [Unicode.Scalar], _ spans: [EmphasisSpan]) -> ([Unicode.Scalar], [EmphasisSpan]) {
        var keep: [Bool] = Array(repeating: true, count: text.count)
        var previousSpace = true
        var dropped = false
        for index in text.indices {
            let space = ScalarClass.isWhitespace(text[index])
            if space, previousSpace {
                keep[index] = false
                dropped = true
            }
            previousSpace = space
        }
        if let last = keep.lastIndex(of: true), ScalarClass.isWhitespace(text[last]) {
            keep[last] = false
            dropped = true
        }
        guard dropped else { return (text, spans) }
        var newIndex: [Int] = Array(repeating: 0, count: text.count + 1)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.count)
        for index in text.indices {
            newIndex[index] = output.count
            if keep[index] { output.append(text[index]) }
        }
        newIndex[text.count] = output.count
        let moved = spans.compactMap { span -> EmphasisSpan? in
            let start = newIndex[span.start]
            let end = newIndex[span.end]
            return end > start ? EmphasisSpan(start: start, end: end, style: span.style) : nil
        }
        return (output, moved)
    }
}
