/// Scripts whose letters Unicode calls lower case but which a document writes
/// without capitals: Georgian Mkhedruli is the one in use (its capitals,
/// Mtavruli, serve at most for all-capital titles, never to begin a sentence
/// or a name). Rules that look for "a capital" at the start of a caption, a
/// title or a paragraph accept a letter of a caseless script (Arabic, Han,
/// Devanagari…) there; a letter of such a script is taken as caseless too,
/// and never as a lower-case continuation.
///
/// The decision is the document's own (`measured`): a script counts as
/// caseless when many of its words begin with a lower-case letter and
/// (nearly) none with a capital followed by a lower-case letter. A text in
/// a script with case writes capitals at least at sentence starts and in
/// names, several in a hundred words.
///
/// The segmenter sets `current` while it classifies one document;
/// `ScalarClass.isLowercase` and `ScalarClass.isCaselessLetter` read it.
struct CaselessScripts: Sendable, Equatable {
    /// The scripts (`scriptKey`) written without capitals.
    private var keys: Set<UInt32> = []

    /// No script beyond the caseless ones of Unicode.
    static let none = CaselessScripts()

    /// The scripts of the document being segmented.
    @TaskLocal static var current: CaselessScripts = .none

    /// Whether no script is taken as caseless beyond Unicode's.
    var isEmpty: Bool { keys.isEmpty }

    /// Whether `scalar` is a letter of a script the document writes without capitals.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        !keys.isEmpty && keys.contains(Self.scriptKey(scalar))
    }

    /// Words that begin with a lower-case letter before a script may count as caseless.
    static let minimumWords = 40

    /// The scripts that `bytes` (its first `limit` bytes) writes without
    /// capitals: at least `minimumWords` words begin in lower case and fewer
    /// than one in a hundred of them begin with a capital.
    static func measured(_ bytes: [UInt8], limit: Int = 1 << 14) -> CaselessScripts {
        let prefix = bytes.prefix(limit)
        // A text of ASCII only has no letter of a script that could be caseless in use.
        guard prefix.contains(where: { $0 >= 0x80 }) else { return .none }
        // Word starts per script: Latin (key 1, nearly every word of a Latin text) counted apart, the others by key.
        var latinLower = 0, latinCapital = 0
        var lowerStarts: [UInt32: Int] = [:]
        var capitalStarts: [UInt32: Int] = [:]
        func count(_ starts: inout [UInt32: Int], _ latin: inout Int, _ scalar: Unicode.Scalar) {
            let key = scriptKey(scalar)
            if key == 1 { latin += 1 } else { starts[key, default: 0] += 1 }
        }
        var previousIsLetter = false
        var pending: Unicode.Scalar?  // a word's first letter, waiting for the second
        // ASCII letters are told by their bytes; Unicode's properties are read for other scalars only
        // (not `ScalarClass.isLowercase`, which reads the case use being measured here).
        func isLower(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
        }
        // The prefix as a String holds it repaired (a scalar cut at the limit becomes U+FFFD): valid UTF-8, read a scalar at a time.
        var text = String(decoding: prefix, as: UTF8.self)
        text.withUTF8 { utf8 in
            let n = utf8.count
            var i = 0
            while i < n {
                let scalar: Unicode.Scalar
                let lead = utf8[i]
                if lead < 0x80 {
                    scalar = Unicode.Scalar(lead)
                    i += 1
                } else {
                    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    var value = UInt32(lead) & (0x7F >> UInt32(length))
                    for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                    scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    i += length
                }
                let isLetter = scalar.value < 0x80
                    ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                    : scalar.properties.isAlphabetic
                if let first = pending {
                    pending = nil
                    if isLetter, isLower(scalar) {
                        count(&capitalStarts, &latinCapital, first)
                    }
                }
                if isLetter, !previousIsLetter {
                    if isLower(scalar) {
                        count(&lowerStarts, &latinLower, scalar)
                    } else if ScalarClass.isUppercase(scalar) {
                        pending = scalar
                    }
                }
                previousIsLetter = isLetter
            }
        }
        var result = CaselessScripts()
        if latinLower >= minimumWords && latinCapital * 100 < latinLower { result.keys.insert(1) }
        for (key, lower) in lowerStarts where lower >= minimumWords && capitalStarts[key, default: 0] * 100 < lower {
            result.keys.insert(key)
        }
        return result
    }

    /// The script of a cased letter: Latin, Greek, Cyrillic, Armenian and
    /// Georgian (capitals and small letters alike), else its 256-code-point block.
    static func scriptKey(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.value {
        case 0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF5A: return 1
        case 0x370...0x3FF, 0x1F00...0x1FFF: return 2
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return 3
        case 0x530...0x58F: return 4
        case 0x10A0...0x10FF, 0x1C90...0x1CBF, 0x2D00...0x2D2F: return 5
        default: return 0x100 + (scalar.value >> 8)
        }
    }
}
