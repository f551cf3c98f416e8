/// Numbers written without digits: number words and numeric adjectives of
/// the language (`diez`, `seventeenth`, `decenal`, `dix-sept`,
/// `twenty-one`, `الحادي عشر`, German one-word compounds `zehntägig`,
/// `einundzwanzig`), upper-case Roman numerals of two letters or more
/// (`siglo XXI`), and runs of Chinese numerals (`二百四十`). Small numbers,
/// numeric adjectives and numerals are too ambiguous to report ("one of
/// the", "second", "the Decade", "section IV"): the parity check uses them
/// only to account for a figure the other version writes in digits.
/// Cardinals and ordinals of ten or more in words (`seventeenth`,
/// `treinta`) are figures (``SpelledNumber/isClear(smallFigureLimit:)``).
///
/// One pass over the UTF-8 bytes: a word is only tracked by its length and
/// its first and last folded letters; a string is made only of a word whose
/// shape some number word of the language has (``NumberWordShapes``).
struct NumberWordReader: Sendable {
    private let sharedVocabulary: SharedNumberVocabulary
    var vocabulary: NumberVocabulary { sharedVocabulary.value }

    init(vocabulary: SharedNumberVocabulary) { sharedVocabulary = vocabulary }

    init(vocabulary: NumberVocabulary) { sharedVocabulary = SharedNumberVocabulary(vocabulary) }

    /// Arabic prefixes (article, conjunction, prepositions) tried when a word
    /// is not in the table as written.
    private static let arabicPrefixes = NumberWordShapes.arabicPrefixes.map { ScalarText.string($0[...]) }

    /// The values, as canonical figures, in order of appearance: the value
    /// of each word of a compound, then the compound's (`twenty-one` gives
    /// 20, 1 and 21).
    func values(in text: String) -> [String] {
        var result: [String] = []
        for number in numbers(in: text) {
            if number.parts.count > 1 { result += number.parts.map(String.init) }
            result.append(String(number.value))
        }
        return result
    }

    /// The numbers written without digits in `text`, in order. Consecutive
    /// number words form one compound: `twenty-one` (20 + 1), `dix-sept`
    /// (10 + 7), `quatre-vingt-dix` (4 × 20 + 10), `two hundred` (2 × 100),
    /// `السابعة عشرة` (7 + 10, the unit before the ten).
    func numbers(in text: String) -> [SpelledNumber] {
        read(text).numbers
    }

    /// The numbers written without digits in `text`, whether `text` may
    /// hold a value in figures (``NumberExtractor/containsDigit(_:)``) and
    /// its length in scalars, found in the same pass: the check needs all
    /// three for every block.
    func read(_ text: String) -> (numbers: [SpelledNumber], mayHoldFigures: Bool, scalarCount: Int) {
        var text = text
        return text.withUTF8 { numbers(utf8: $0) }
    }

    /// A word being read: where it starts, its length, and the first four
    /// and the last of its scalars as ``NumberWordShapes/appendFolded(_:to:)`` folds them.
    private struct WordShape {
        var startByte = 0, start = 0
        var length = 0  // scalars as written
        var foldedCount = 0
        var first: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = (" ", " ", " ", " ")
        var last: Unicode.Scalar = " "
        /// A scalar folds to more than one (`İ`): the shape is not known from first and last alone.
        var irregular = false
        /// Whether every letter is an upper-case Roman numeral letter (I V X L C D M).
        var isRoman = true

        @inline(__always)
        mutating func appendFolded(_ folded: Unicode.Scalar) {
            switch foldedCount {
            case 0: first.0 = folded
            case 1: first.1 = folded
            case 2: first.2 = folded
            case 3: first.3 = folded
            default: break
            }
            foldedCount += 1
            last = folded
        }

        @inline(__always)
        mutating func append(_ scalar: Unicode.Scalar) {
            let folded: Unicode.Scalar
            switch NumberWordShapes.fold(scalar) {
            case .folded(let scalar): folded = scalar
            case .dropped: return
            case .unlisted:
                let mapping = scalar.properties.lowercaseMapping.unicodeScalars
                guard mapping.count == 1, let only = mapping.first else { irregular = true; return }
                folded = only
            }
            appendFolded(folded)
        }
    }

    /// ASCII letters, and which are upper-case Roman numeral letters.
    private static let asciiLetter: [Bool] = (0..<128).map { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
    private static let romanLetter: [Bool] = (0..<128).map { [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D].contains($0) }

    private func numbers(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (numbers: [SpelledNumber], mayHoldFigures: Bool, scalarCount: Int) {
        var result: [SpelledNumber] = []
        var mayHoldFigures = false
        var byteRanges: [Range<Int>] = []
        var chinese: [Unicode.Scalar] = []
        var chineseStart = 0, chineseStartByte = 0
        var compound: Int?  // value of the number words read so far
        var parts: [Int] = []
        var compoundStart = 0, compoundEnd = 0, compoundStartByte = 0, compoundEndByte = 0
        var counting = true
        var pendingJoiner = false
        // After an additive joiner (`بعد`): only a hundred or thousand goes on.
        var pendingAddition = false
        let asciiLetter = Self.asciiLetter, romanLetter = Self.romanLetter
        // Read once, not per word.
        let shapes = vocabulary.wordShapes, longest = vocabulary.longestWord, hasOwnWords = vocabulary.hasOwnWords
        let writesCompounds = vocabulary.writesOneWordCompounds, readsElisions = vocabulary.readsElisions
        func flushChinese(_ end: Int, _ endByte: Int) {
            if !chinese.isEmpty, let value = ChineseNumeral.value(of: chinese) {
                result.append(SpelledNumber(value: value, parts: [value], scalarRange: chineseStart..<end,
                                            isCounting: ChineseNumeral.isAmount(chinese), written: ""))
                byteRanges.append(chineseStartByte..<endByte)
            }
            chinese.removeAll()
        }
        func endCompound() {
            if let compound {
                // A lone `hundred` or `thousand` is a quantity ("a thousand reasons") or, in Arabic, the letter ألف.
                let isLoneRound = parts.count == 1 && (compound == 100 || compound == 1000)
                result.append(SpelledNumber(value: compound, parts: parts, scalarRange: compoundStart..<compoundEnd,
                                            isCounting: counting && !isLoneRound && hasOwnWords, written: ""))
                byteRanges.append(compoundStartByte..<compoundEndByte)
            }
            compound = nil
            parts.removeAll()
            counting = true
            pendingJoiner = false
            pendingAddition = false
        }
        /// The word's scalars, folded as the tables are.
        func folded(_ word: WordShape, _ endByte: Int) -> [Unicode.Scalar] {
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(word.length)
            for scalar in String(decoding: UnsafeBufferPointer(rebasing: bytes[word.startByte..<endByte]), as: UTF8.self).unicodeScalars {
                NumberWordShapes.appendFolded(scalar, to: &scalars)
            }
            return scalars
        }
        func readWord(_ word: WordShape, _ end: Int, _ endByte: Int) {
            // An upper-case Roman numeral of two letters or more, as a word of its own (`XXI`; not `Vivid`).
            if word.isRoman, word.length >= 2, word.length <= NumberTokenizer.longestWord,
               let value = RomanNumeral.value(ignoringCase: String(decoding: UnsafeBufferPointer(rebasing: bytes[word.startByte..<endByte]), as: UTF8.self)) {
                result.append(SpelledNumber(value: value, parts: [value], scalarRange: word.start..<end, isCounting: false, written: ""))
                byteRanges.append(word.startByte..<endByte)
            }
            guard word.length <= longest else { endCompound(); return }
            // A joiner (and, y, et, и, و) keeps a compound going; it is only looked at inside one.
            if compound != nil, !pendingJoiner, word.foldedCount <= 3 {
                let joiner = ScalarText.string(folded(word, endByte)[...])
                if NumberWordTable.joiners.contains(joiner) {
                    pendingJoiner = true
                    return
                }
                // `العاشرة بعد المائة`: the hundred after it is added, not multiplied.
                if NumberWordTable.additiveJoiners.contains(joiner) {
                    pendingJoiner = true
                    pendingAddition = true
                    return
                }
            }
            // Most words have no number word's length, first and last letter: no string is made for them.
            let mayMatch = word.irregular || shapes.mayMatch(count: word.foldedCount, first: word.first, last: word.last)
            let mayBeCompound = writesCompounds && word.foldedCount >= 4
            guard mayMatch || mayBeCompound else { endCompound(); return }
            let text = ScalarText.string(folded(word, endByte)[...])
            let found = lookup(text)
            if found == nil, mayBeCompound, let (value, weak) = compoundLookup(text) {
                // A one-word compound (`zehntägige`) is a number of its own: "eine zehntägige" is not 1 + 10.
                endCompound()
                result.append(SpelledNumber(value: value, parts: [value], scalarRange: word.start..<end,
                                            isCounting: !weak && hasOwnWords, written: ""))
                byteRanges.append(word.startByte..<endByte)
                return
            }
            guard let (value, weak) = found else {
                endCompound()
                return
            }
            if pendingAddition {
                pendingAddition = false
                if let current = compound, value == 100 || value == 1000, current < value {
                    compound = current + value
                    parts.append(value)
                    compoundEnd = end
                    compoundEndByte = endByte
                    pendingJoiner = false
                    return
                }
                endCompound()
            }
            if let current = compound, let last = parts.last {
                if value >= 100 || (value == 20 && current == 4) {
                    // quatre-vingt (4 × 20), two hundred (2 × 100).
                    compound = max(current, 1) * value
                } else if value < last || (last < 10 && value > last && value % 10 == 0) {
                    // twenty-one (20 + 1), dix-sept (10 + 7); السابعة عشرة (7 + 10).
                    compound = current + value
                } else {
                    // "ten and twelve", "two, three": separate numbers.
                    endCompound()
                }
            }
            if compound == nil {
                compound = value
                compoundStart = word.start
                compoundStartByte = word.startByte
            }
            parts.append(value)
            compoundEnd = end
            compoundEndByte = endByte
            if weak { counting = false }
            pendingJoiner = false
        }
        let n = bytes.count
        var index = 0, i = 0
        while i < n {
            let byte = bytes[i]
            if byte < 0x80, !asciiLetter[Int(byte)] {
                // Most bytes between words: spaces and marks.
                if byte &- 0x30 < 10 { mayHoldFigures = true }
                if !chinese.isEmpty { flushChinese(index, i) }
                if compound != nil, !(byte == 0x2D || byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) { endCompound() }
                index += 1
                i += 1
                continue
            }
            let (scalar, width) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : Self.decode(bytes, at: i)
            if byte >= 0x80, !(NumberTokenizer.isWordScalar(scalar) && !NumberTokenizer.isHan(scalar)) {
                // As NumberExtractor.containsDigit: a digit of another system, or a character that starts or ends a Chinese value.
                if !mayHoldFigures, scalar.value >= 0x660,
                   scalar == "第" || scalar == "年" || scalar == "月" || scalar == "百" || DecimalDigit.value(scalar) != nil
                    || EthiopicNumeral.isNumeral(scalar) {
                    mayHoldFigures = true
                }
                if scalar.value >= 0x25CB, ChineseNumeral.isNumeral(scalar) {
                    if chinese.isEmpty { chineseStart = index; chineseStartByte = i }
                    chinese.append(scalar)
                } else {
                    if !chinese.isEmpty { flushChinese(index, i) }
                    // 半 before another Han character (a measure word or unit: `半度`, `半年`): one half, which only
                    // accounts for a 0.5 the linked passage writes (``NumberWordTable/halves``).
                    if scalar == "半", i + width < n, bytes[i + width] >= 0x80, case let next = Self.decode(bytes, at: i + width).0,
                       NumberTokenizer.isHan(next), next != "半", !ChineseNumeral.isNumeral(next) {
                        result.append(SpelledNumber(value: 2, parts: [2], scalarRange: index..<index + 1, isCounting: false, written: ""))
                        byteRanges.append(i..<i + width)
                    }
                    // Hyphens and spaces keep a compound going; other marks end it.
                    if compound != nil, !(scalar == "‑" || NumberTokenizer.isWhitespace(scalar)) { endCompound() }
                }
                index += 1
                i += width
                continue
            }
            // A word: its letters up to the first scalar that is not a letter of a word. ASCII letters in a
            // tight loop; the shape of an all-ASCII word is taken from its bytes at the end.
            if !chinese.isEmpty { flushChinese(index, i) }
            var word = WordShape()
            word.start = index
            word.startByte = i
            var roman = true
            while i < n, bytes[i] < 0x80, asciiLetter[Int(bytes[i])] {
                if !romanLetter[Int(bytes[i])] { roman = false }
                i += 1
            }
            let asciiLength = i - word.startByte
            index += asciiLength
            if i < n, bytes[i] >= 0x80, NumberTokenizer.isWordScalar(Self.decode(bytes, at: i).0), !NumberTokenizer.isHan(Self.decode(bytes, at: i).0) {
                // A word with letters beyond ASCII: fold scalar by scalar.
                for k in 0..<asciiLength {
                    word.length += 1
                    if word.length <= longest { word.appendFolded(Unicode.Scalar(bytes[word.startByte + k] | 0x20)) }
                }
                roman = false
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        guard asciiLetter[Int(b)] else { break }
                        word.length += 1
                        if word.length <= longest { word.appendFolded(Unicode.Scalar(b | 0x20)) }
                        index += 1
                        i += 1
                    } else {
                        let (s, w) = Self.decode(bytes, at: i)
                        guard NumberTokenizer.isWordScalar(s), !NumberTokenizer.isHan(s) else { break }
                        word.length += 1
                        if word.length <= longest { word.append(s) }
                        index += 1
                        i += w
                    }
                }
            } else {
                word.length = asciiLength
                word.foldedCount = asciiLength
                let start = word.startByte
                word.first = (Unicode.Scalar(bytes[start] | 0x20),
                              asciiLength > 1 ? Unicode.Scalar(bytes[start + 1] | 0x20) : " ",
                              asciiLength > 2 ? Unicode.Scalar(bytes[start + 2] | 0x20) : " ",
                              asciiLength > 3 ? Unicode.Scalar(bytes[start + 3] | 0x20) : " ")
                // The folded form keeps the first `longest` letters only (a longer word is never looked up).
                word.last = Unicode.Scalar(bytes[start + min(asciiLength, longest) - 1] | 0x20)
                if asciiLength > longest { word.foldedCount = longest }
            }
            // An apostrophe between letters keeps the word going, as in the tokens (``NumberTokenizer/apostropheJoins(_:at:wordStart:)``):
            // a word so joined (Tzeltal `yu'un`) is no number word, nor is any part of it (`un`).
            if !(readsElisions && word.length <= 3), var after = Self.apostropheEnd(bytes, at: i) {
                while true {
                    i = after
                    index += 1
                    while i < n {
                        let (s, w) = bytes[i] < 0x80 ? (Unicode.Scalar(bytes[i]), 1) : Self.decode(bytes, at: i)
                        guard bytes[i] < 0x80 ? asciiLetter[Int(bytes[i])] : NumberTokenizer.isWordScalar(s) && !NumberTokenizer.isHan(s) else { break }
                        i += w
                        index += 1
                    }
                    guard let next = Self.apostropheEnd(bytes, at: i) else { break }
                    after = next
                }
                endCompound()
                continue
            }
            word.isRoman = roman
            readWord(word, index, i)
        }
        if !chinese.isEmpty { flushChinese(index, n) }
        endCompound()
        guard !result.isEmpty else { return (result, mayHoldFigures, index) }
        for k in result.indices {
            result[k].written = String(decoding: UnsafeBufferPointer(rebasing: bytes[byteRanges[k]]), as: UTF8.self)
        }
        if result.count > 1 {
            // Roman and Chinese numerals are appended when they end, number words when their compound ends.
            let order = result.indices.sorted { result[$0].scalarRange.lowerBound < result[$1].scalarRange.lowerBound }
            result = order.map { result[$0] }
        }
        return (result, mayHoldFigures, index)
    }

    /// The index after an apostrophe at `i` (`'`, `’`) that a letter of a
    /// word follows (``NumberTokenizer/isApostrophe(_:)``), else nil.
    @inline(__always)
    private static func apostropheEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = bytes.count
        let width: Int
        if i < n, bytes[i] == 0x27 {
            width = 1
        } else if i + 2 < n, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
            width = 3
        } else {
            return nil
        }
        guard i + width < n else { return nil }
        let (scalar, _) = bytes[i + width] < 0x80 ? (Unicode.Scalar(bytes[i + width]), 1) : decode(bytes, at: i + width)
        return NumberTokenizer.isWordScalar(scalar) && !NumberTokenizer.isHan(scalar) ? i + width : nil
    }

    /// The scalar of the multi-byte UTF-8 sequence at `i` (valid UTF-8, as a String holds) and its length.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[i])
        let n = bytes.count
        func continuation(_ k: Int) -> UInt32 { i + k < n ? UInt32(bytes[i + k]) & 0x3F : 0 }
        if lead < 0xE0 { return (Unicode.Scalar((lead & 0x1F) << 6 | continuation(1)) ?? "\u{FFFD}", 2) }
        if lead < 0xF0 { return (Unicode.Scalar((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)) ?? "\u{FFFD}", 3) }
        return (Unicode.Scalar((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)) ?? "\u{FFFD}", 4)
    }

    /// The value of a number word and whether it is a numeric adjective or noun (``NumberWordTable/adjectives``).
    func lookup(_ word: String) -> (value: Int, weak: Bool)? {
        if let value = vocabulary.words[word] { return (value, vocabulary.weakWords.contains(word)) }
        guard let first = word.unicodeScalars.first, first.value >= 0x600, first.value <= 0x6FF else { return nil }
        for prefix in NumberWordReader.arabicPrefixes where word.hasPrefix(prefix) {
            let stem = String(word.dropFirst(prefix.count))
            if let value = vocabulary.words[stem] { return (value, vocabulary.weakWords.contains(stem)) }
        }
        return nil
    }

    /// A number word at the start of a one-word compound of a language that
    /// writes them (German, ``NumberWordTable/compoundSuffixes``):
    /// `zehntägig`, `dreijährigen`, `fünffach` (numeric adjectives: the value
    /// of their leading number word), `einundzwanzig`,
    /// `einundzwanzigste` (cardinals and ordinals).
    func compoundLookup(_ word: String) -> (value: Int, weak: Bool)? {
        let scalars = Array(word.unicodeScalars)
        for suffix in vocabulary.compoundSuffixes {
            let pattern = Array(suffix.unicodeScalars)
            var start = 1
            while start + pattern.count <= scalars.count {
                defer { start += 1 }
                guard scalars[start..<start + pattern.count].elementsEqual(pattern) else { continue }
                let rest = scalars[(start + pattern.count)...]
                guard rest.isEmpty || vocabulary.compoundEndings.contains(ScalarText.string(rest)) else { continue }
                if let value = cardinal(scalars[..<start]) { return (value, true) }
            }
        }
        // einundzwanzig, einundzwanzigste, -sten, -ster
        if let value = cardinal(scalars[...]) { return (value, false) }
        for ending in vocabulary.compoundOrdinalEndings {
            let pattern = Array(ending.unicodeScalars)
            guard scalars.count > pattern.count + 2, scalars.suffix(pattern.count).elementsEqual(pattern) else { continue }
            if let value = cardinal(scalars.dropLast(pattern.count)) { return (value, false) }
        }
        return nil
    }

    /// A cardinal written as one word: a number word, unit + joiner + ten
    /// (`einundzwanzig`), or a multiple of hundred or thousand with what
    /// follows it (`dreihundert`, `zweitausendfünfzig`, ``NumberWordTable/OneWordCompounds/multipliers``).
    private func cardinal(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !word.isEmpty else { return nil }
        let text = ScalarText.string(word)
        if let value = vocabulary.words[text], !vocabulary.weakWords.contains(text) { return value }
        for (multiplier, factor) in vocabulary.compoundMultipliers {
            let pattern = Array(multiplier.unicodeScalars)
            var start = word.startIndex
            while start + pattern.count <= word.endIndex {
                defer { start += 1 }
                guard word[start..<start + pattern.count].elementsEqual(pattern) else { continue }
                let left = word[..<start], right = word[(start + pattern.count)...]
                guard let times = left.isEmpty ? 1 : cardinal(left), times < factor, times > 0 else { continue }
                guard let rest = right.isEmpty ? 0 : cardinal(right), rest < factor else { continue }
                return times * factor + rest
            }
        }
        for joiner in vocabulary.compoundJoiners {
            let pattern = Array(joiner.unicodeScalars)
            var start = word.startIndex + 1
            while start + pattern.count < word.endIndex {
                defer { start += 1 }
                guard word[start..<start + pattern.count].elementsEqual(pattern),
                      let unit = vocabulary.words[ScalarText.string(word[..<start])], unit < 10,
                      let ten = vocabulary.words[ScalarText.string(word[(start + pattern.count)...])], ten >= 20, ten < 100, ten % 10 == 0
                else { continue }
                return ten + unit
            }
        }
        return nil
    }
}
