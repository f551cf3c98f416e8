/// The items of the current list so far, for the item letters that take
/// their place from the items before them rather than from a table: letters
/// of a caseless script no table reads (`ScriptLetterItems`: `(அ) (ஆ)`),
/// Cyrillic letters Russian has not (`CyrillicItemLetters`: `а) ә) б)`) and
/// letters of Arabic-script alphabets other than the abjad
/// (`ArabicScriptItemLetters`: `(ئا) (ب) (پ)`).
///
/// Each of the three keeps the last item its own way, and they differ in
/// how a known letter after one placed by its run counts, so each has its
/// own part of the run; `place` asks them in turn.
struct ItemLetterRun {
    private var caseless: (letter: Unicode.Scalar, position: Int)?
    private var cyrillic: CyrillicItemLetters.Place?
    private var arabicScript: (position: Int, bySequence: Bool)?

    /// The key of an item whose label is written `written` and to which
    /// `LabelParser` gave `key` (provisional for the letters placed by their
    /// run), and the run moved on to it. `continuing` says whether the block
    /// before was an item of the same list; when it was not, the item starts
    /// a new run.
    mutating func place(key: String?, written: String?, continuing: Bool) -> String? {
        if !continuing { self = ItemLetterRun() }
        var placed = key
        let cyrillicLetter = written.flatMap(CyrillicItemLetters.letter(ofLabel:))
        if let cyrillicLetter, key != nil, let resolved = CyrillicItemLetters.resolve(cyrillicLetter, after: cyrillic) {
            placed = Numerals.itemLetterKey(resolved.position)
            cyrillic = resolved
            caseless = nil
        } else if let key, let letter = ScriptLetterItems.letter(ofProvisional: key) {
            let resolved = ScriptLetterItems.resolve(letter, after: caseless)
            placed = resolved.key
            caseless = (letter, resolved.position)
        } else {
            caseless = nil
        }
        if cyrillicLetter == nil { cyrillic = nil }
        let provisional = key.map(ArabicScriptItemLetters.isProvisional) ?? false
        let abjad = provisional ? nil : written.flatMap(ArabicScriptItemLetters.abjadPosition(ofWritten:))
        if provisional || abjad != nil {
            if let resolved = ArabicScriptItemLetters.resolve(provisional: provisional, abjad: abjad, after: arabicScript) {
                placed = resolved.key
                arabicScript = (resolved.position, resolved.bySequence)
            }
        } else {
            arabicScript = nil
        }
        return placed
    }
}
