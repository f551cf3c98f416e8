/// Greek letters as section and subparagraph labels (`Α.`, `Β.`, `α)`, `(β)`),
/// in the order of the alphabet: Α Β Γ Δ Ε Ζ Η Θ Ι Κ Λ Μ Ν Ξ Ο Π Ρ Σ Τ Υ Φ Χ Ψ Ω.
public enum GreekNumbering {
    /// Position of a Greek letter in the alphabet (`Α`/`α` → 1, `Ω`/`ω` → 24), `nil` for any other scalar.
    /// The final sigma `ς` and the unassigned U+03A2 are skipped.
    public static func position(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x0391...0x03A1: return Int(scalar.value - 0x0391) + 1
        case 0x03A3...0x03A9: return Int(scalar.value - 0x0391)
        case 0x03B1...0x03C1: return Int(scalar.value - 0x03B1) + 1
        case 0x03C3...0x03C9: return Int(scalar.value - 0x03B1)
        default: return nil
        }
    }
}
