/// Alphabetic numerals: the letters of an alphabet standing for numbers, each
/// letter a value (units, tens, hundreds, thousands in the alphabet's order),
/// a number written as the sum of its letters from the greatest down. Closed,
/// documented tables, one a system:
///
/// - Armenian: `Ա`–`Թ` 1–9, `Ժ`–`Ղ` 10–90, `Ճ`–`Ջ` 100–900, `Ռ`–`Ք`
///   1000–9000 (the 36 letters of Mesrop's alphabet in their Unicode order,
///   capitals and small letters): `ԺԱ` 11, `ՌՋՀԵ` 1975;
/// - Georgian (Mkhedruli, and the Mtavruli and Asomtavruli capitals): `ა`
///   1 … `თ` 9, `ი` 10 … `ჟ` 90, `რ` 100 … `შ` 900, `ჩ` 1000 … `ჰ` 9000, `ჵ`
///   10 000, with the archaic `ჱ` 8, `ჲ` 60, `ჳ` 400 (`უ` also 400);
/// - Hebrew: `א` 1 … `ט` 9, `י` 10 … `צ` 90, `ק` 100 … `ת` 400 (final forms
///   as their letters; `ת` repeated for 500 and more: `תק` 500); geresh and
///   gershayim (`׳`, `״`, or `'` and `"`) are ignored: `י״א` 11, `ט״ו` 15;
/// - Greek (with the keraia `ʹ` after it, the lower keraia `͵` before a
///   thousand): `α` 1 … `θ` 9 (`ϛ`/`ϝ` 6), `ι` 10 … `ϟ` 90, `ρ` 100 … `ϡ`
///   900; `ιαʹ` 11, `͵βκδʹ` 2024;
/// - Church Slavonic Cyrillic (with the titlo `◌҃`): `а` 1 … `ѳ` 9, `і` 10 …
///   `ч` 90, `р` 100 … `ц` 900, the teens written unit first (`а҃і` 11, `ві҃`
///   12).
///
/// Letters of these alphabets are also words, so the readers here are for a
/// label's place only (`Գլուխ Բ`, `თავი ბ`): no figure is read from running
/// text with them. Greek and Cyrillic numbers need their mark (keraia,
/// titlo), without which a letter is a section letter (`Β.`, `б)`).
public enum AlphabeticNumeral {
    /// A system of alphabetic numerals.
    public enum System: Sendable, CaseIterable {
        case armenian, georgian, hebrew, greek, cyrillic
    }

    /// The value of one letter in `system`, if it has one.
    public static func letterValue(_ scalar: Unicode.Scalar, in system: System) -> Int? {
        let value = scalar.value
        switch system {
        case .armenian:
            // Capitals U+0531–U+0554, small letters U+0561–U+0584: 36 letters, nine per order.
            let index: UInt32
            switch value {
            case 0x0531...0x0554: index = value - 0x0531
            case 0x0561...0x0584: index = value - 0x0561
            default: return nil
            }
            return orderValue(Int(index))
        case .georgian:
            // Mtavruli (U+1C90…) and Asomtavruli (U+10A0…) capitals as their Mkhedruli letters (U+10D0…).
            var letter = value
            if (0x1C90...0x1CBA).contains(letter) { letter = letter - 0x1C90 + 0x10D0 }
            if (0x10A0...0x10C5).contains(letter) { letter = letter - 0x10A0 + 0x10D0 }
            return georgianValues[letter]
        case .hebrew:
            return hebrewValues[value]
        case .greek:
            return greekValues[value]
        case .cyrillic:
            return cyrillicValues[value]
        }
    }

    /// The value of the 0-based `index`th letter of an alphabet ordered in
    /// nines: 0–8 → 1–9, 9–17 → 10–90, 18–26 → 100–900, 27–35 → 1000–9000.
    private static func orderValue(_ index: Int) -> Int {
        var unit = 1
        for _ in 0..<(index / 9) { unit *= 10 }
        return (index % 9 + 1) * unit
    }

    private static let georgianValues: [UInt32: Int] = {
        // ა ბ გ დ ე ვ ზ ჱ თ | ი კ ლ მ ნ ჲ ო პ ჟ | რ ს ტ ჳ ფ ქ ღ ყ შ | ჩ ც ძ წ ჭ ხ ჴ ჯ ჰ | ჵ
        let letters: [UInt32] = [0x10D0, 0x10D1, 0x10D2, 0x10D3, 0x10D4, 0x10D5, 0x10D6, 0x10F1, 0x10D7,
                                 0x10D8, 0x10D9, 0x10DA, 0x10DB, 0x10DC, 0x10F2, 0x10DD, 0x10DE, 0x10DF,
                                 0x10E0, 0x10E1, 0x10E2, 0x10F3, 0x10E4, 0x10E5, 0x10E6, 0x10E7, 0x10E8,
                                 0x10E9, 0x10EA, 0x10EB, 0x10EC, 0x10ED, 0x10EE, 0x10F4, 0x10EF, 0x10F0]
        var table: [UInt32: Int] = [:]
        for (index, letter) in letters.enumerated() { table[letter] = orderValue(index) }
        table[0x10E3] = 400  // უ, written for ჳ
        table[0x10F5] = 10_000  // ჵ
        return table
    }()

    private static let hebrewValues: [UInt32: Int] = {
        // א ב ג ד ה ו ז ח ט | י כ ל מ נ ס ע פ צ | ק ר ש ת
        let letters: [UInt32] = [0x05D0, 0x05D1, 0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7, 0x05D8,
                                 0x05D9, 0x05DB, 0x05DC, 0x05DE, 0x05E0, 0x05E1, 0x05E2, 0x05E4, 0x05E6,
                                 0x05E7, 0x05E8, 0x05E9, 0x05EA]
        var table: [UInt32: Int] = [:]
        for (index, letter) in letters.enumerated() { table[letter] = orderValue(index) }
        // Final forms ך ם ן ף ץ count as their letters.
        for (final, letter) in [(0x05DA, 0x05DB), (0x05DD, 0x05DE), (0x05DF, 0x05E0), (0x05E3, 0x05E4), (0x05E5, 0x05E6)] as [(UInt32, UInt32)] {
            table[final] = table[letter]
        }
        return table
    }()

    private static let greekValues: [UInt32: Int] = {
        // α β γ δ ε ϛ ζ η θ | ι κ λ μ ν ξ ο π ϟ | ρ σ τ υ φ χ ψ ω ϡ (small letters)
        let small: [UInt32] = [0x03B1, 0x03B2, 0x03B3, 0x03B4, 0x03B5, 0x03DB, 0x03B6, 0x03B7, 0x03B8,
                               0x03B9, 0x03BA, 0x03BB, 0x03BC, 0x03BD, 0x03BE, 0x03BF, 0x03C0, 0x03DF,
                               0x03C1, 0x03C3, 0x03C4, 0x03C5, 0x03C6, 0x03C7, 0x03C8, 0x03C9, 0x03E1]
        var table: [UInt32: Int] = [:]
        for (index, letter) in small.enumerated() {
            table[letter] = orderValue(index)
            // The capital: U+0391… for the classical letters (no capital at U+03A2), U+03DA/DE/E0 for stigma, koppa, sampi.
            let capital = (0x03B1...0x03C9).contains(letter) ? letter - 0x20 : letter - 1
            table[capital] = orderValue(index)
        }
        table[0x03DD] = 6; table[0x03DC] = 6  // digamma
        table[0x03D9] = 90; table[0x03D8] = 90  // archaic koppa
        table[0x03C2] = 200  // final sigma
        return table
    }()

    private static let cyrillicValues: [UInt32: Int] = {
        // а в г д є ѕ з и ѳ | і к л м н ѯ ѻ п ч | р с т ѵ ф х ѱ ѿ ц (small letters, the forms Church Slavonic writes)
        let small: [UInt32] = [0x0430, 0x0432, 0x0433, 0x0434, 0x0454, 0x0455, 0x0437, 0x0438, 0x0473,
                               0x0456, 0x043A, 0x043B, 0x043C, 0x043D, 0x046F, 0x047B, 0x043F, 0x0447,
                               0x0440, 0x0441, 0x0442, 0x0475, 0x0444, 0x0445, 0x0471, 0x047F, 0x0446]
        var table: [UInt32: Int] = [:]
        for (index, letter) in small.enumerated() { table[letter] = orderValue(index) }
        // Forms written for the same letters: е (є), о (ѻ), ꙋ/у and ѵ (400), ѡ (800), ҁ (90), ї and і.
        table[0x0435] = 5; table[0x043E] = 70; table[0x0443] = 400; table[0x0461] = 800; table[0x0481] = 90; table[0x0457] = 10
        table[0xA64B] = 400
        // Capitals as their small letters.
        for (letter, value) in table {
            let capital: UInt32
            switch letter {
            case 0x0430...0x044F: capital = letter - 0x20
            case 0x0450...0x045F: capital = letter - 0x50
            case 0x0460...0x0481, 0xA640...0xA66D: capital = letter - 1
            default: continue
            }
            table[capital] = value
        }
        return table
    }()

    /// The keraia (`ʹ`, U+0374) after a Greek number, the lower keraia (`͵`, U+0375) before its thousands; the
    /// apostrophe-like marks written for them (`'`, `ʹ` modifier prime U+02B9, `´`, and the tonos `΄` U+0384 that Greek
    /// keyboards type for it: `ΚΕΦΑΛΑΙΟ Α΄`).
    private static func isKeraia(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{0374}" || scalar == "\u{02B9}" || scalar == "'" || scalar == "\u{2019}" || scalar == "\u{00B4}"
            || scalar == "\u{0384}"
    }

    private static func isLowerKeraia(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{0375}" }

    /// Geresh and gershayim (`׳`, `״`) and the ASCII marks written for them.
    private static func isHebrewMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{05F3}" || scalar == "\u{05F4}" || scalar == "'" || scalar == "\"" || scalar == "\u{2019}" || scalar == "\u{201D}"
    }

    /// The Cyrillic titlo and its kin written over a number (U+0483, and the combining pokrytie U+0487).
    private static func isTitlo(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{0483}" || scalar == "\u{0487}" }

    /// The value of `numeral` in `system`, or `nil` when it is no well-formed number there.
    ///
    /// Well formed: letters from the greatest order down, at most one letter an order (`ԺԱ` 11, not `ԱԺ` or
    /// `ԱԱ`), except Hebrew's repeated `ת` (`תתק` 900), Church Slavonic's teens (`ві` 12: the unit, then `і`) and Hebrew's `טו` 15, `טז` 16;
    /// Greek needs its keraia after the letters (`ιαʹ`) or its lower keraia before a thousand (`͵β`); Cyrillic
    /// its titlo over a letter; Hebrew's marks are optional. Values 1 … 99 999.
    public static func value<C: Collection>(of numeral: C, in system: System) -> Int? where C.Element == Unicode.Scalar {
        guard !numeral.isEmpty, numeral.count <= 12 else { return nil }
        var letters: [Int] = []
        var thousandNext = false
        var marked = false
        var keraiaEnds = false
        for scalar in numeral {
            if keraiaEnds { return nil }
            switch system {
            case .greek:
                if isLowerKeraia(scalar) {
                    guard !thousandNext else { return nil }
                    thousandNext = true
                    continue
                }
                if isKeraia(scalar) {
                    guard !letters.isEmpty else { return nil }
                    marked = true
                    keraiaEnds = true
                    continue
                }
            case .hebrew:
                if isHebrewMark(scalar) {
                    guard !letters.isEmpty else { return nil }
                    continue
                }
            case .cyrillic:
                if isTitlo(scalar) {
                    guard !letters.isEmpty else { return nil }
                    marked = true
                    continue
                }
                if scalar == "\u{0482}" {  // ҂, the thousands sign
                    guard !thousandNext else { return nil }
                    thousandNext = true
                    continue
                }
            case .armenian, .georgian:
                break
            }
            guard let value = letterValue(scalar, in: system) else { return nil }
            if thousandNext {
                guard value < 10 else { return nil }
                letters.append(value * 1000)
                thousandNext = false
            } else {
                letters.append(value)
            }
        }
        guard !letters.isEmpty, !thousandNext else { return nil }
        if system == .greek || system == .cyrillic {
            // Without its mark a Greek or Cyrillic letter is a letter; a thousand sign marks a number too.
            guard marked || letters.contains(where: { $0 >= 1000 }) else { return nil }
        }
        var ordered = letters
        // Church Slavonic writes 11–19 unit first: `ві` is 2 + 10.
        if system == .cyrillic, ordered.count >= 2, ordered[ordered.count - 1] == 10, ordered[ordered.count - 2] < 10 {
            ordered.swapAt(ordered.count - 1, ordered.count - 2)
        }
        // Hebrew writes 15 and 16 `טו`, `טז` (9 + 6, 9 + 7), not the letters of a divine name: read as ten and a unit.
        if system == .hebrew, ordered.count >= 2, ordered[ordered.count - 2] == 9, ordered.last == 6 || ordered.last == 7 {
            ordered[ordered.count - 2] = 10
            ordered[ordered.count - 1] -= 1
        }
        var total = 0
        var lastOrder = Int.max
        var previous = Int.max
        for value in ordered {
            let order = magnitude(value)
            if system == .hebrew, value == 400, previous == 400 {
                total += value
                continue
            }
            if system == .hebrew, order == 2, lastOrder == 2, previous == 400 {
                // `תק` 500: a hundred after ת.
                total += value
                previous = value
                continue
            }
            guard order < lastOrder else { return nil }
            total += value
            lastOrder = order
            previous = value
        }
        guard total > 0, total < 100_000 else { return nil }
        return total
    }

    /// The decimal order of a letter's value: 0 for 1–9, 1 for 10–90, …
    private static func magnitude(_ value: Int) -> Int {
        var order = 0, rest = value
        while rest >= 10 { rest /= 10; order += 1 }
        return order
    }

    /// The system whose letters `scalar` is one of, if it is a letter of one (Greek and Cyrillic included).
    public static func system(of scalar: Unicode.Scalar) -> System? {
        for system in System.allCases where letterValue(scalar, in: system) != nil { return system }
        return nil
    }

    /// The value of a label written in alphabetic numerals (`Ա`, `ԺԲ`, `ბ`, `י״א`, `ιβʹ`), read in the system of its
    /// first letter; `nil` for anything else. As words are written with the same letters, a label is held to the
    /// shapes numbers take and words do not: Armenian in capitals (`ԺԲ`; `Աս` is a word), Hebrew one letter or
    /// with its geresh or gershayim (`ב`, `י״א`; `של` is a word), Georgian (written without capitals) at most two
    /// letters (`ბ`, `იბ`), Greek and Cyrillic with their marks.
    public static func labelValue<C: Collection>(_ label: C) -> Int? where C.Element == Unicode.Scalar {
        guard let first = label.first, let system = system(of: first) else { return nil }
        switch system {
        case .armenian:
            guard label.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        case .hebrew:
            guard label.count == 1 || label.contains(where: isHebrewMark) else { return nil }
        case .georgian:
            guard label.count <= 2 else { return nil }
        case .greek, .cyrillic:
            break
        }
        return value(of: label, in: system)
    }
}
