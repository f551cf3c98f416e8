/// Which writing systems the letters of a text belong to.
struct ScriptProfile {
    enum Script: Hashable { case latin, cyrillic, arabic, han, other }

    private(set) var counts: [Script: Int] = [:]
    private(set) var letters = 0

    init(_ text: String) {
        var latin = 0, cyrillic = 0, arabic = 0, han = 0, other = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { latin += 1 }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            switch ScriptProfile.script(of: scalar) {
            case .latin: latin += 1
            case .cyrillic: cyrillic += 1
            case .arabic: arabic += 1
            case .han: han += 1
            case .other: other += 1
            }
        }
        letters = latin + cyrillic + arabic + han + other
        for (script, count) in [(Script.latin, latin), (.cyrillic, cyrillic), (.arabic, arabic), (.han, han), (.other, other)] where count > 0 {
            counts[script] = count
        }
    }

    static func script(of scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x400...0x52F: return .cyrillic
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x3040...0x30FF, 0x20000...0x2FFFF: return .han
        default: return .other
        }
    }

    static func expected(for language: Language) -> Script {
        switch language {
        case .english, .french, .spanish: return .latin
        case .russian: return .cyrillic
        case .arabic: return .arabic
        case .chinese: return .han
        }
    }

    /// Share of letters in `script` (1 when there are no letters).
    func share(of script: Script) -> Double {
        letters == 0 ? 1 : Double(counts[script] ?? 0) / Double(letters)
    }

    /// The most frequent script.
    var dominant: Script? { counts.max { $0.value < $1.value }?.key }
}
