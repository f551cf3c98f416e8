/// A verbatim record's turn whose designation stands alone on its line, the speech on the next lines, and
/// names a speaker the record names elsewhere: "פטרובה:" after "פטרובה (סילדביה) (דיברה באנגלית):", the
/// President's title alone, "הנשיא:", which the masthead line "הנשיא: סאלווי (בורדוריה)" holds. A label line
/// opens a turn, in any script and with a colon of any script, when the record is one of turns (a noted
/// designation ends with a colon) and its name — the words before its notes — recurs on another label line
/// or noted designation, is a form of the presiding officer's title (`TitleForm`), or opens with an honorific a
/// noted designation with a name opened with. A line of a speech that ends with a colon ("Our objectives for
/// the coming years:") names no one the record names again, and opens none.
enum LabelLineTurn {
    /// The name of a designation alone on its line (`SpeakerLine.isDesignationAlone`): its words before the first
    /// parenthesis (or the colon), one space apart, lower-cased; `nil` for a line of another shape.
    static func name(_ line: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard SpeakerLine.isDesignationAlone(line) else { return nil }
        let head = line.prefix { $0 != "(" && $0 != "（" && !ScalarClass.isColon($0) }
        let words = head.split(whereSeparator: ScalarClass.isWhitespace)
        guard !words.isEmpty else { return nil }
        return ScalarLowercasing.lowercased(Array(words.joined(separator: [" "])))
    }

    /// The name of a noted designation ending with a colon on its line ("Novak (Ruritania): …" or alone), as `name`
    /// reads it: the words before its notes.
    static func notedName(_ head: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let designation = SpeakerLine.notedDesignation(head), designation.endsWithColon else { return nil }
        let words = head.prefix { $0 != "(" && $0 != "（" }.split(whereSeparator: ScalarClass.isWhitespace)
        guard !words.isEmpty else { return nil }
        return ScalarLowercasing.lowercased(Array(words.joined(separator: [" "])))
    }

    /// Length of the label line opening `text` (`line`, the unit's first line) when its name opens turns in this record
    /// (`TurnShape.labelNames`) and the speech follows it in the unit: the label, colon and white space after it.
    static func designationLength(_ text: [Unicode.Scalar], firstLine line: [Unicode.Scalar], shape: TurnShape) -> Int? {
        guard !shape.labelNames.isEmpty, let name = name(line), shape.labelNames.contains(name) else { return nil }
        let label = ScalarText.trimmed(line[...])
        guard text.count > label.count, text.starts(with: label) else { return nil }
        var end = label.count
        while end < text.count, ScalarClass.isWhitespace(text[end]) { end += 1 }
        return end < text.count ? end : nil
    }
}
