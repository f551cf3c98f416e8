/// A list set as items in one version and run into its sentence in another:
/// "The Committee recommends that States:" followed by items `(a)` … `(f)`,
/// against "El Comité recomienda a los Estados que: a) aprueben …; b) …".
///
/// The shape is recognized without reading the words: the items' labels
/// (normalized subparagraph keys, so `(a)`, `a)`, `а)`, `(أ)` are all `a`)
/// appear, in order, as labels inside the other version's paragraph.
enum ListRunIn {
    /// Fewest items that make a list.
    static let minimumItems = 2

    /// Whether the list items `items` (blocks with labels such as `(a)`)
    /// are run into `text`: every item's key appears as a label in it, in order.
    static func isRunIn(_ items: [Block], into text: String) -> Bool {
        guard items.count >= minimumItems else { return false }
        var keys: [String] = []
        keys.reserveCapacity(items.count)
        for item in items {
            guard item.kind == .listItem, let key = key(ofLabel: item.label) else { return false }
            keys.append(key)
        }
        let found = inlineKeys(text)
        var next = 0
        for key in found where next < keys.count && key == keys[next] { next += 1 }
        return next == keys.count
    }

    /// The normalized key of a written item label (`(a)` → `a`, `ii)` → `ii`).
    static func key(ofLabel label: String?) -> String? {
        guard let label else { return nil }
        let scalars = Array(label.unicodeScalars) + [" ", "x"]
        guard let parsed = LabelParser.parse(scalars, language: nil), case .subparagraph(let key) = parsed.form else { return nil }
        return key
    }

    /// Keys of the labels `(a)`, `a)`, `(ii)`, `(أ)` that stand inside `text`
    /// after white space or at its start, in order. One pass over the scalars.
    static func inlineKeys(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var keys: [String] = []
        var index = 0
        while index < scalars.count {
            let atWordStart = index == 0 || ScalarClass.isWhitespace(scalars[index - 1])
            guard atWordStart else { index += 1; continue }
            let open = scalars[index] == "(" || scalars[index] == "（"
            let innerStart = open ? index + 1 : index
            var close = innerStart
            while close < scalars.count, close - innerStart < 5, scalars[close] != ")", scalars[close] != "）",
                  !ScalarClass.isWhitespace(scalars[close]) { close += 1 }
            if close < scalars.count, close > innerStart, scalars[close] == ")" || scalars[close] == "）",
               close + 1 == scalars.count || ScalarClass.isWhitespace(scalars[close + 1]),
               let key = LabelParser.subparagraphKey(scalars[innerStart..<close]),
               open || scalars[innerStart..<close].allSatisfy({ !ScalarClass.isUppercase($0) }) {
                keys.append(key)
                index = close + 1
                continue
            }
            index += 1
        }
        return keys
    }

    /// Whether `lead` introduces the list item `item`: the item is its child,
    /// or its sibling inside an article when `lead` is unnumbered ("… the
    /// following:" then `(a)`, `(b)` as the article's items).
    static func introduces(_ lead: Block, _ item: Block) -> Bool {
        item.parent == lead.id || (lead.kind == .unnumberedParagraph && lead.parent != nil && item.parent == lead.parent)
    }

    /// Whether a link between `one` and `other` (blocks in document order) is
    /// a list run in: one side a single block, the other a block followed only
    /// by its list items — its children, or, after an unnumbered paragraph of
    /// an article, the article's items that follow it — which are run into
    /// the single block's text. `one` is the pivot's side.
    ///
    /// The items' labels are the evidence where the single block writes them.
    /// A translation may run the items into its sentence without their labels
    /// ("Invites States: (a) to survey …; (b) to devote …" against "Invites
    /// States to survey …, to devote … and to involve …"); given the pair's
    /// `model`, that is a list run in too when the lead is a numbered paragraph
    /// that ends with a colon (it introduces the items), the single block is
    /// the paragraph of the same kind and number, writes no item label and
    /// does not end with a colon itself, and its length is that of the lead
    /// and items together within `maximumDeviate` (a version that leaves the
    /// items out is far shorter); longer, within `maximumLongerDeviate` (a
    /// sentence that runs the items in joins them with words of its own).
    static func isRunInLink(_ one: [Block], _ other: [Block], model: LengthModel? = nil) -> Bool {
        if one.count == 1, other.count > minimumItems { return itemized(other, runInto: one[0], model: model, singleIsPivot: true) }
        if other.count == 1, one.count > minimumItems { return itemized(one, runInto: other[0], model: model, singleIsPivot: false) }
        return false
    }

    /// Largest normal deviate (``LengthModel/deviate(pivotLength:otherLength:)``) of a list run in without its labels: three sigma.
    static let maximumDeviate = 3.0
    /// Largest deviate of a list run in without its labels that is longer than the lead and items: six sigma.
    static let maximumLongerDeviate = 6.0

    private static func itemized(_ blocks: [Block], runInto single: Block, model: LengthModel?, singleIsPivot: Bool) -> Bool {
        let lead = blocks[0]
        let items = blocks.dropFirst()
        guard items.allSatisfy({ $0.kind == .listItem && introduces(lead, $0) }) else { return false }
        if isRunIn(Array(items), into: single.text) { return true }
        guard let model, let number = lead.number, single.number == number, single.kind == lead.kind,
              endsWithColon(lead.text), !endsWithColon(single.text), inlineKeys(single.text).isEmpty else { return false }
        let listLength = blocks.reduce(0) { $0 + TextLength.of($1) }
        let singleLength = TextLength.of(single)
        // How much longer the single block is than the lead and items would make it, in deviates (negative: shorter).
        let longer = singleIsPivot ? -model.deviate(pivotLength: singleLength, otherLength: listLength)
                                   : model.deviate(pivotLength: listLength, otherLength: singleLength)
        return longer >= -maximumDeviate && longer <= maximumLongerDeviate
    }

    /// Whether `text` ends with a colon (`:`, `：`), closing white space aside.
    static func endsWithColon(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !ScalarClass.isWhitespace($0) }) else { return false }
        return last == ":" || last == "\u{FF1A}"
    }
}
