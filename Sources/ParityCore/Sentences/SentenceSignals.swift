/// What the sentence aligner knows of each sentence of one side: its length
/// and its anchor keys (ids shared by both sides: cognate prefixes, numbers
/// read by the number model, punctuation, lexicon entries), and its words.
struct SentenceSignals {
    /// Non-white-space scalars per sentence.
    var lengths: [Int]
    /// Sorted distinct anchor key ids per sentence.
    var keys: [[Int32]]
    /// Distinct words per sentence (for the lexicon).
    var words: [[String]]

    /// Reads the signals of `sentences`, interning keys in `interner`.
    init(_ sentences: [String], language: Language?, interner: inout KeyInterner) {
        let numbers = NumberExtractor(language: language)
        lengths = []
        keys = []
        words = []
        lengths.reserveCapacity(sentences.count)
        for sentence in sentences {
            lengths.append(TextLength.of(sentence))
            var sentenceKeys = Set<Int32>()
            let sentenceWords = SentenceWords.of(sentence)
            for word in sentenceWords where word.unicodeScalars.count >= 4 {
                // Cognates and names: the first four letters (Simard, Foster & Isabelle).
                sentenceKeys.insert(interner.id("c:" + String(String.UnicodeScalarView(word.unicodeScalars.prefix(4)))))
            }
            let extracted = numbers.extract(sentence)
            for number in extracted { sentenceKeys.insert(interner.id("n:" + number.comparisonKey)) }
            if extracted.isEmpty { for digits in Self.digitRuns(sentence) { sentenceKeys.insert(interner.id("n:" + digits)) } }
            for scalar in sentence.unicodeScalars {
                if let mark = Self.punctuationKey(scalar) { sentenceKeys.insert(interner.id(mark)) }
            }
            keys.append(sentenceKeys.sorted())
            var seen = Set<String>()
            words.append(sentenceWords.filter { seen.insert($0).inserted })
        }
    }

    /// ASCII digit runs (when the number model reads no number).
    static func digitRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var run = ""
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { run.append(Character(Unicode.Scalar(byte))) } else if !run.isEmpty {
                runs.append(run)
                run = ""
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// A key for punctuation that survives translation: questions,
    /// exclamations, colons, quotations, brackets.
    static func punctuationKey(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "?", "？", "؟", "¿": return "p:?"
        case "!", "！", "¡": return "p:!"
        case ":", "：": return "p::"
        case "(", "（": return "p:("
        case "«", "“", "„", "「", "『", "\"": return "p:\""
        default: return nil
        }
    }
}

/// Dense ids for the anchor keys of both sides of an alignment.
struct KeyInterner {
    private var ids: [String: Int32] = [:]
    /// The keys by id.
    private(set) var keys: [String] = []

    /// The id of `key`, assigned in order of first use.
    mutating func id(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(ids.count)
        ids[key] = id
        keys.append(key)
        return id
    }

    var count: Int { ids.count }
}
