/// The Devanagari consonants Hindi documents use as subparagraph labels
/// (`(क)`, `(ख)`, `(ग)`), in the order of the alphabet.
public enum DevanagariNumbering {
    /// Label letters in order: क ख ग घ ङ च छ ज झ ञ ट ठ ड ढ ण त थ द ध न प फ ब भ म य र ल व श ष स ह.
    static let letters: [Unicode.Scalar] = Array("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह".unicodeScalars)

    /// Position of a Devanagari label letter (`क` → 1, `ख` → 2), `nil` for any other scalar.
    public static func position(_ scalar: Unicode.Scalar) -> Int? {
        letters.firstIndex(of: scalar).map { $0 + 1 }
    }
}
