/// Natural logarithm and exponential in pure Swift (ParityCore imports no
/// Foundation or C library). Accurate to about 1e-12, enough for
/// alignment costs and robust statistics.
enum ElementaryMath {
    static let ln2 = 0.693_147_180_559_945_3

    /// ln(x) for x > 0; `-infinity` for 0, `nan` for negative input.
    static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return x }
        // x = m · 2^e with m in [1, 2); ln m = 2·atanh((m-1)/(m+1)).
        let e = Double(x.exponent)
        let m = x.significand
        let t = (m - 1) / (m + 1)
        let t2 = t * t
        var term = t
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= t2
            k += 2
            if abs(term) < 1e-17 { break }
        }
        return e * ln2 + 2 * sum
    }

    /// e^x.
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709 { return .infinity }
        if x < -745 { return 0 }
        // x = k·ln2 + r with |r| <= ln2/2; e^x = 2^k · e^r.
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        var n = 1.0
        while n < 30 {
            term *= r / n
            sum += term
            if abs(term) < 1e-17 { break }
            n += 1
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }
}
