/// Which writing systems the letters of a text belong to.
struct ScriptProfile {
    enum Script: Hashable { case latin, cyrillic, arabic, han, other }

    /// Letters per script, in the order of `Script`'s cases (no dictionary is made per text).
    private var tally: (latin: Int, cyrillic: Int, arabic: Int, han: Int, other: Int) = (0, 0, 0, 0, 0)
    private(set) var letters = 0

    /// Letters per script, the scripts without letters left out.
    var counts: [Script: Int] {
        var result: [Script: Int] = [:]
        for script in Self.order where count(of: script) > 0 { result[script] = count(of: script) }
        return result
    }

    private static let order: [Script] = [.latin, .cyrillic, .arabic, .han, .other]

    private func count(of script: Script) -> Int {
        switch script {
        case .latin: return tally.latin
        case .cyrillic: return tally.cyrillic
        case .arabic: return tally.arabic
        case .han: return tally.han
        case .other: return tally.other
        }
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8(ScriptProfile.init(utf8:))
    }

    /// The profile of the valid UTF-8 `bytes` (a block's text read in place: ``Block/withTextUTF8(_:)``).
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var latin = 0, cyrillic = 0, arabic = 0, han = 0, other = 0
        let lowScripts = ScriptProfile.lowScripts
        // ASCII bytes counted as bytes; the rest decoded scalar by scalar.
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if (lead >= 0x41 && lead <= 0x5A) || (lead >= 0x61 && lead <= 0x7A) { latin += 1 }
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var v = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { v = (v << 6) | UInt32(bytes[index + k] & 0x3F) }
            index += length
            let scalar = Unicode.Scalar(v)!
            let script: Script
            if v < UInt32(lowScripts.count) {
                guard let known = lowScripts[Int(v)] else { continue }
                script = known
            } else {
                guard scalar.properties.isAlphabetic else { continue }
                script = ScriptProfile.script(of: scalar)
            }
            switch script {
            case .latin: latin += 1
            case .cyrillic: cyrillic += 1
            case .arabic: arabic += 1
            case .han: han += 1
            case .other: other += 1
            }
        }
        letters = latin + cyrillic + arabic + han + other
        tally = (latin, cyrillic, arabic, han, other)
    }

    /// The ASCII letters of `text` (all of them Latin letters of the profile), by a loop over its bytes.
    static func asciiLetterCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8(asciiLetterCount(utf8:))
    }

    /// ``asciiLetterCount(_:)`` of UTF-8 `bytes`.
    static func asciiLetterCount(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        // The test on a byte, then a widening add: a loop the compiler vectorizes.
        for byte in bytes {
            let offset: UInt8 = (byte | 0x20) &- 0x61
            count &+= Int(truncatingIfNeeded: offset < 26 ? 1 as UInt8 : 0)
        }
        return count
    }

    /// For U+0000–U+07FF (Latin, Greek, Cyrillic, Arabic …): the script of each letter, `nil` for what is no letter; made once.
    private static let lowScripts: [Script?] = (0..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { return nil }
        return script(of: scalar)
    }

    /// The script of a letter: `ScalarClass`'s script ranges (those language
    /// detection counts), widened by Latin Extended Additional (Vietnamese),
    /// kana and the Han supplementary planes, which also count here.
    private static func script(of scalar: Unicode.Scalar) -> Script {
        let value = scalar.value
        if ScalarClass.isLatinLetter(scalar) || (0x1E00...0x1EFF).contains(value) { return .latin }
        if ScalarClass.isCyrillic(scalar) { return .cyrillic }
        if ScalarClass.isArabic(scalar) { return .arabic }
        if ScalarClass.isHan(scalar) || (0x3040...0x30FF).contains(value) || (0x20000...0x2FFFF).contains(value) { return .han }
        return .other
    }

    /// The bucket of the script `language` is written in
    /// (`LanguageConventions.script`): a script beyond the UN four counts as
    /// `other`; `nil` when the script is unknown (the check is skipped).
    static func expected(for language: Language) -> Script? {
        guard let script = language.conventions.script else { return nil }
        switch script {
        case .latin: return .latin
        case .cyrillic: return .cyrillic
        case .arabic: return .arabic
        case .han, .kana: return .han
        default: return .other
        }
    }

    /// Share of letters in `script` (1 when there are no letters).
    func share(of script: Script) -> Double {
        letters == 0 ? 1 : Double(count(of: script)) / Double(letters)
    }

    /// The most frequent script (of several as frequent, the first in the order of `Script`'s cases); nil without letters.
    var dominant: Script? {
        guard letters > 0 else { return nil }
        return Self.order.max { count(of: $0) < count(of: $1) }
    }
}
