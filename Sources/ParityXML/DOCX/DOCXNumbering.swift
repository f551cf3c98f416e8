/// Automatic paragraph numbering of a DOCX file (`word/numbering.xml`) and
/// the running counters that render "23." for the 23rd numbered paragraph.
///
/// Counters belong to the abstract numbering a `w:num` refers to, so lists
/// broken by unnumbered paragraphs keep counting, as Word does; a
/// `w:startOverride` starts a fresh counter for its `w:num`. Advancing a
/// level resets the deeper levels.
struct DOCXNumbering {
    /// One level of an abstract numbering.
    struct Level {
        var start = 1
        var format = ListNumberFormat.decimal
        /// `w:lvlText`, for example `%1.` or `%1.%2`.
        var text = "%1."
    }

    private struct Instance {
        var abstractID: Int
        var startOverrides: [Int: Int]
    }

    private var abstractLevels: [Int: [Int: Level]] = [:]
    private var instances: [Int: Instance] = [:]
    private var counters: [String: [Int: Int]] = [:]

    /// No numbering (a DOCX without `numbering.xml`).
    init() {}

    /// Reads the root element of `numbering.xml`.
    init(root: XMLNodePointer) {
        for element in root.childElements {
            switch element.localName {
            case "abstractNum":
                guard let id = element.anyAttribute("abstractNumId").flatMap(Int.init) else { continue }
                var levels: [Int: Level] = [:]
                for levelElement in element.childElements where levelElement.localName == "lvl" {
                    guard let ilvl = levelElement.anyAttribute("ilvl").flatMap(Int.init) else { continue }
                    levels[ilvl] = Self.level(levelElement)
                }
                abstractLevels[id] = levels
            case "num":
                guard let id = element.anyAttribute("numId").flatMap(Int.init),
                      let abstractID = element.child("abstractNumId")?.anyAttribute("val").flatMap(Int.init)
                else { continue }
                var overrides: [Int: Int] = [:]
                for override in element.childElements where override.localName == "lvlOverride" {
                    if let ilvl = override.anyAttribute("ilvl").flatMap(Int.init),
                       let start = override.child("startOverride")?.anyAttribute("val").flatMap(Int.init) {
                        overrides[ilvl] = start
                    }
                }
                instances[id] = Instance(abstractID: abstractID, startOverrides: overrides)
            default:
                continue
            }
        }
    }

    private static func level(_ element: XMLNodePointer) -> Level {
        var level = Level()
        if let start = element.child("start")?.anyAttribute("val").flatMap(Int.init) { level.start = start }
        if let format = element.child("numFmt")?.anyAttribute("val") { level.format = ListNumberFormat(wordName: format) }
        if let text = element.child("lvlText")?.anyAttribute("val") { level.text = text }
        return level
    }

    /// Advances the counter of `numID` at level `ilvl` and renders the label
    /// ("23.", "IV.", "a)"); nil for bullets, `numId` 0 and unknown lists.
    mutating func nextLabel(numID: Int, level ilvl: Int) -> String? {
        guard numID != 0, let instance = instances[numID], let levels = abstractLevels[instance.abstractID],
              let level = levels[ilvl] else { return nil }
        let key = instance.startOverrides.isEmpty ? "a\(instance.abstractID)" : "n\(numID)"
        var values = counters[key] ?? [:]
        let start = instance.startOverrides[ilvl] ?? level.start
        values[ilvl] = values[ilvl].map { $0 + 1 } ?? start
        for deeper in values.keys where deeper > ilvl { values[deeper] = nil }
        counters[key] = values
        guard level.format != .bullet, level.format != .none || level.text.contains("%") else { return nil }

        var label = ""
        var scalars = Array(level.text)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%", index + 1 < scalars.count, let digit = scalars[index + 1].wholeNumberValue, digit >= 1 {
                let referenced = digit - 1
                let format = levels[referenced]?.format ?? .decimal
                let value = values[referenced] ?? (instance.startOverrides[referenced] ?? levels[referenced]?.start ?? 1)
                label += format.render(value)
                index += 2
            } else {
                label.append(scalars[index])
                index += 1
            }
        }
        scalars.removeAll()
        let trimmed = label.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
