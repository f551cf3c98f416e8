/// Ethiopic numerals (U+1369–U+137C), an additive system without a zero:
/// the digits `፩`–`፱` (1–9), the tens `፲`–`፺` (10–90), `፻` (hundred) and
/// `፼` (ten thousand). A hundred or ten thousand multiplies what stands
/// before it (`፳፻` 2000, `፻` alone 100) and what follows is added:
/// `፳፻፵፬` is 20 × 100 + 44 = 2044, `፲፱` 19, `፼፳፫፻፵፭` 12 345, `፻፼` 10⁶.
/// Documents write figures (years, amounts) and labels (`፩.`, `፲፱.፩`,
/// `ምዕራፍ ፲፱`) with them. The table is Unicode's own (the scalars' numeric values).
public enum EthiopicNumeral {
    /// The first and last Ethiopic numeral scalars.
    static let range: ClosedRange<UInt32> = 0x1369...0x137C

    /// Whether `scalar` is an Ethiopic numeral (digit, ten, hundred or ten thousand).
    @inline(__always)
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        range.contains(scalar.value)
    }

    /// The value of one numeral scalar: 1–9, 10–90, 100, 10 000.
    static func scalarValue(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        switch value {
        case 0x1369...0x1371: return Int(value - 0x1368)
        case 0x1372...0x137A: return Int(value - 0x1371) * 10
        case 0x137B: return 100
        case 0x137C: return 10_000
        default: return nil
        }
    }

    /// The value of `numeral`, which must be Ethiopic numerals only, well formed: within a group below a hundred at
    /// most one ten, then at most one digit (`፲፱`, not `፱፲` or `፲፲`); a hundred after at most such a group and once
    /// between two ten thousands; a ten thousand after anything (`፼`, `፲፼`, `፻፼`, `፼፼` 10⁸). `nil` for an empty or
    /// ill-formed numeral, or one past `Int` range.
    public static func value<C: Collection>(of numeral: C) -> Int? where C.Element == Unicode.Scalar {
        guard !numeral.isEmpty, numeral.count <= 24 else { return nil }
        var myriads = 0     // everything up to the last ፼, times 10⁴ per ፼
        var hundreds = 0    // the hundreds of the group below the last ፼
        var hundredSeen = false
        var small = 0       // the group below a hundred being read
        var tenSeen = false, digitSeen = false
        for scalar in numeral {
            guard let value = scalarValue(scalar) else { return nil }
            switch value {
            case 1...9:
                guard !digitSeen else { return nil }
                small += value
                digitSeen = true
            case 10...90:
                guard !tenSeen, !digitSeen else { return nil }
                small += value
                tenSeen = true
            case 100:
                guard !hundredSeen else { return nil }
                hundreds = (small == 0 ? 1 : small) * 100
                hundredSeen = true
                small = 0
                tenSeen = false
                digitSeen = false
            default: // 10 000
                let group = hundreds + small
                if group == 0, myriads > 0 {
                    guard myriads <= Int.max / 10_000 else { return nil }
                    myriads *= 10_000
                } else {
                    let (sum, overflow) = myriads.addingReportingOverflow(group == 0 ? 1 : group)
                    guard !overflow, sum <= Int.max / 10_000 else { return nil }
                    myriads = sum * 10_000
                }
                hundreds = 0
                hundredSeen = false
                small = 0
                tenSeen = false
                digitSeen = false
            }
        }
        return myriads + hundreds + small
    }

    /// The run of Ethiopic numerals that starts at `start` in `scalars` (at most `limit` scalars) and its value, if
    /// it is well formed; `nil` when none starts there.
    static func run(_ scalars: [Unicode.Scalar], at start: Int, limit: Int = 24) -> (value: Int, end: Int)? {
        var end = start
        while end < scalars.count, end - start < limit, isNumeral(scalars[end]) { end += 1 }
        guard end > start, end == scalars.count || !isNumeral(scalars[end]), let value = value(of: scalars[start..<end])
        else { return nil }
        return (value, end)
    }

    /// `value` (1 ..< 10⁸) written in Ethiopic numerals: 19 → `፲፱`, 2044 → `፳፻፵፬`, 10 000 → `፼`; `nil` outside that range.
    public static func spelling(_ value: Int) -> String? {
        guard value > 0, value < 100_000_000 else { return nil }
        func belowHundred(_ part: Int) -> [Unicode.Scalar] {
            var out: [Unicode.Scalar] = []
            if part >= 10 { out.append(Unicode.Scalar(0x1371 + UInt32(part / 10))!) }
            if part % 10 > 0 { out.append(Unicode.Scalar(0x1368 + UInt32(part % 10))!) }
            return out
        }
        // Below ten thousand: the hundreds' multiplier (none for one hundred), ፻, the rest.
        func belowMyriad(_ part: Int) -> [Unicode.Scalar] {
            let high = part / 100
            var out: [Unicode.Scalar] = []
            if high > 1 { out += belowHundred(high) }
            if high > 0 { out.append("\u{137B}") }
            return out + belowHundred(part % 100)
        }
        let myriads = value / 10_000
        var out: [Unicode.Scalar] = []
        if myriads > 0 {
            if myriads > 1 { out += belowMyriad(myriads) }
            out.append("\u{137C}")
        }
        out += belowMyriad(value % 10_000)
        return ScalarText.string(out)
    }
}
