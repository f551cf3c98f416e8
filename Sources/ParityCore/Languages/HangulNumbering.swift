/// The Hangul syllables Korean documents letter items with (`(가)`, `나)`,
/// `다.`), in the order of the alphabet (가나다 order): the counterparts of
/// `(a)`, `(b)`, `(c)`.
public enum HangulNumbering {
    /// Label syllables in order: 가 나 다 라 마 바 사 아 자 차 카 타 파 하.
    static let letters: [Unicode.Scalar] = Array("가나다라마바사아자차카타파하".unicodeScalars)

    /// Position of a Hangul label syllable (`가` → 1, `나` → 2), `nil` for any other scalar.
    public static func position(_ scalar: Unicode.Scalar) -> Int? {
        letters.firstIndex(of: scalar).map { $0 + 1 }
    }
}
