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
}
