import Testing
@testable import ParityCore

/// `ScalarLowercasing` stands in for `String.lowercased()` in the
/// segmenter's hot paths: it must give the same scalars for every scalar,
/// alone and between letters (no context-dependent mapping may differ).
@Suite struct ScalarLowercasingTests {
    @Test func everyScalarLowersAsStringLowercasedDoes() {
        var differing: [UInt32] = []
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let scalars: [Unicode.Scalar] = ["A", scalar, "x", scalar]
            let expected = Array(String(String.UnicodeScalarView(scalars)).lowercased().unicodeScalars)
            if ScalarLowercasing.lowercased(scalars) != expected { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    @Test func constructedMixedTextLowersAsAString() {
        let text = "CONSTRUCTED Señor ÉMILE ΟΔΟΣ İSTANBUL Straße ǅ Приложение ⅻ 附件"
        #expect(ScalarLowercasing.lowercased(text.unicodeScalars) == Array(text.lowercased().unicodeScalars))
    }
}

/// `ScalarLowercasing.lowercasedScalar`: one scalar in lower case, nil when the mapping is more than one.
@Suite struct ScalarLowercasingOneScalarTests {
    @Test func everyScalarLowersAsTheSequenceVersionDoes() {
        var differing: [UInt32] = []
        for value in UInt32(0)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lowered = ScalarLowercasing.lowercased(CollectionOfOne(scalar))
            if ScalarLowercasing.lowercasedScalar(scalar) != (lowered.count == 1 ? lowered[0] : nil) { differing.append(value) }
        }
        #expect(differing.isEmpty)
        #expect(ScalarLowercasing.lowercasedScalar("\u{0130}") == nil)
    }
}
