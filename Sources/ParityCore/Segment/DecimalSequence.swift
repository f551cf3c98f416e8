/// Whether a decimal label (`DecimalLabel`) continues the decimal numbering
/// before it — only then does it number a unit. Inside goal `g` the first
/// component must be `g`; the label must follow the previous one in its
/// scope:
///
/// - next at the same depth: `1.2` after `1.1`, `1.b` after `1.a`, up to
///   three skipped (a missing target is a defect to report, not a figure);
///   the same label again (a duplicate, reported by `NumberingCheck`);
/// - letters after numbers: `1.a` after the last `1.n`, or the first letter
///   of a caseless script (`១.ក` after `១.២`), then letters in their
///   script's order (`១.ខ`); an Arabic-script language's letters (`۱-الف`,
///   `۱-ب`, `۱-پ`) in their run's order;
/// - one level deeper from 1: `2.3.1` after `2.3`;
/// - back up a level: `2.4` after `2.3.1`;
/// - the first of a scope: `g.1` (or `1.1`, or `n.1` after paragraph or
///   heading `n` when no goal is open); the next head: `2.1` after `1.x`
///   when no goal is open.
///
/// "1.5 million people …" at the start of a line continues nothing and stays text.
enum DecimalSequence {
    /// Largest step accepted between two numbers at the same depth.
    static let maximumStep = 4

    static func continues(_ label: [String], previous: [String]?, goal: Int?, lastNumber: Int) -> Bool {
        guard let head = Int(label[0]) else { return false }
        if let goal, head != goal { return false }
        guard let previous, Int(previous[0]) == head else {
            // The first label of a scope (or of the next head without goal headings).
            guard label.count == 2, label[1] == "1" else { return false }
            if goal != nil { return true }
            if let previous, let previousHead = Int(previous[0]) { return head == previousHead + 1 }
            return head == 1 || head == lastNumber
        }
        if label.count == previous.count {
            guard label.dropLast() == previous.dropLast() else { return false }
            // The same label again is a duplicate for the numbering check to report, not text.
            return label.last == previous.last || follows(label.last!, previous.last!)
        }
        if label.count == previous.count + 1 {
            return Array(label.dropLast()) == previous && label.last == "1"
        }
        // Back up: 2.4 after 2.3.1.
        let prefix = Array(previous.prefix(label.count))
        return label.dropLast() == prefix.dropLast() && follows(label.last!, prefix.last!)
    }

    /// `b` after `a`, `3` after `2`, `a` after any number.
    private static func follows(_ component: String, _ previous: String) -> Bool {
        if let value = Int(component) {
            guard let before = Int(previous) else { return false }
            return value > before && value - before <= maximumStep
        }
        guard let scalar = component.unicodeScalars.first else { return false }
        // The first letter after the numbers: `a`, or the first letter of a caseless script (`ក`, `ก`), or a
        // letter of an Arabic-script language's own order (`الف`, `ئا`).
        guard let before = previous.unicodeScalars.first, Int(previous) == nil else {
            return component == "a" || DecimalLabel.scriptLetter(component) != nil || DecimalLabel.isProvisionalLetter(component)
        }
        // A run of an Arabic-script language's letters (`الف`, `ب`, `پ`) goes by its own order: the next
        // letter is placed by the run (`ArabicScriptItemLetters.resolve`), whatever its abjad place.
        if DecimalLabel.isProvisionalLetter(component) || DecimalLabel.isProvisionalLetter(previous) {
            return Int(component) == nil
        }
        // Letters in their script's order (`ScriptLetterItems.place`: Ethiopic `1.ሀ`, `1.ለ` by their rows).
        return ScriptLetterItems.follows(scalar, before, maximumStep: UInt32(maximumStep))
    }
}
