/// Superscript (modifier) small Latin letters, as table notes are marked
/// ("235ᶜ", "ᵃ Authorized strength …"): PDF extraction writes a table note's
/// letter marker this way, as clean texts write it. `q` has no such letter.
public enum SuperscriptLetters {
    private static let letters: [Unicode.Scalar] = [
        "ᵃ", "ᵇ", "ᶜ", "ᵈ", "ᵉ", "ᶠ", "ᵍ", "ʰ", "ⁱ", "ʲ", "ᵏ", "ˡ", "ᵐ", "ⁿ", "ᵒ", "ᵖ", "q", "ʳ", "ˢ", "ᵗ", "ᵘ", "ᵛ", "ʷ", "ˣ", "ʸ", "ᶻ",
    ]

    /// The superscript form of an ASCII small letter (`a` → `ᵃ`), if it has one.
    public static func superscript(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0x61...0x7A).contains(letter.value), letter != "q" else { return nil }
        return letters[Int(letter.value - 0x61)]
    }

    /// The ASCII small letter of a superscript letter (`ᵃ` → `a`), if `scalar` is one.
    public static func letter(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar != "q", let index = letters.firstIndex(of: scalar) else { return nil }
        return Unicode.Scalar(UInt8(0x61 + index))
    }
}
