import Testing
@testable import ParityCore

/// Items lettered in a caseless script no table reads (`ScriptLetterItems`):
/// their letters follow one another in the script's code points, so the
/// first item is `a`, the next `b`, as `(a)`, `(b)` in another version.
@Suite struct ConstructedScriptLetterItemTests {
    private func items(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .listItem }.map(\.id)
    }

    @Test func constructedTamilVowelItems() {
        let text = "1. பின்வரும் கட்டமைக்கப்பட்ட பணிகளைக் கேட்டுக்கொள்கிறது:\n(அ) முதல் பணி;\n(ஆ) இரண்டாம் பணி;\n(இ) மூன்றாம் பணி;\n\n2. தீர்மானிக்கிறது.\n"
        #expect(items(text) == ["p1-a", "p1-b", "p1-c"])
    }

    /// Gujarati consonants follow one another too; a letter left out of lists (a gap of one) keeps the count.
    @Test func constructedConsonantItemsWithAGap() {
        #expect(ScriptLetterItems.resolve("ક", after: nil).key == "a")
        #expect(ScriptLetterItems.resolve("ખ", after: ("ક", 1)).key == "b")
        #expect(ScriptLetterItems.resolve("ค", after: ("ข", 2)).key == "c")   // Thai ฃ, obsolete, left out
        // A letter that does not follow the previous one starts a list again.
        #expect(ScriptLetterItems.resolve("ஈ", after: ("அ", 1)).key == "a")
    }

    /// Syllables and kana are no letters of an alphabet: `(가)`, `(ア)` get no provisional key.
    @Test func syllablesAndKanaAreNoItemLetters() {
        #expect(!ScriptLetterItems.mayBeItemLetter("가"))
        #expect(!ScriptLetterItems.mayBeItemLetter("ア"))
        #expect(!ScriptLetterItems.mayBeItemLetter("a"))
        #expect(ScriptLetterItems.mayBeItemLetter("அ"))
    }
}
