import Testing
@testable import ParityXML

@Suite struct HTMLEscapingWriterTests {
    @Test func escapesTextAndAttributes() {
        var html = HTMLEscapingWriter()
        html.open("a", ["href": "#x\"y'z<&>", "title": nil])
        html.text("1 < 2 & 3 > 2 \"quoted\" 'single'")
        html.close("a")
        #expect(html.output == "<a href=\"#x&quot;y&#39;z&lt;&amp;&gt;\">1 &lt; 2 &amp; 3 &gt; 2 \"quoted\" 'single'</a>")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLEscapingWriter.escape("الإعلان 人人 ١٩٤٨", quotes: true) == "الإعلان 人人 ١٩٤٨")
        #expect(HTMLEscapingWriter.escape("&amp;", quotes: false) == "&amp;amp;")
    }

    /// Pieces handed to a sink, in order.
    final class Pieces: @unchecked Sendable {
        var pieces: [String] = []
    }

    @Test func aSinkGetsTheSameTextInPiecesOfAboutAMegabyte() {
        var whole = HTMLEscapingWriter()
        let pieces = Pieces()
        var streamed = HTMLEscapingWriter { piece in
            pieces.pieces.append(piece)
            return nil
        }
        for index in 0..<40_000 {
            for writer in [0, 1] {
                func write(_ html: inout HTMLEscapingWriter) {
                    html.open("p", ["id": "p\(index)", "title": "a \"quoted\" <title>"])
                    html.text("Paragraph \(index): 1 < 2 & الإعلان 人人 ١٩٤٨")
                    html.close("p")
                    html.raw("\n")
                }
                if writer == 0 { write(&whole) } else { write(&streamed) }
            }
        }
        streamed.flush()
        #expect(whole.output.utf8.count > 3 * HTMLEscapingWriter.pieceBytes)
        #expect(pieces.pieces.count > 3)
        #expect(pieces.pieces.dropLast().allSatisfy { $0.utf8.count >= HTMLEscapingWriter.pieceBytes && $0.utf8.count < HTMLEscapingWriter.pieceBytes + 200 })
        #expect(pieces.pieces.joined() == whole.output)
        #expect(streamed.output.isEmpty)
        #expect(streamed.sinkFailure == nil)
    }

    @Test func aSinkFailureIsKeptAndNothingMoreIsHandedOn() {
        let pieces = Pieces()
        var streamed = HTMLEscapingWriter { piece in
            pieces.pieces.append(piece)
            return "constructed: no space left on device"
        }
        for index in 0..<100_000 { streamed.text("constructed text \(index) ") }
        streamed.flush()
        #expect(streamed.sinkFailure == "constructed: no space left on device")
        #expect(pieces.pieces.count == 1)
    }
}
