/// The `<header>` of every TMX file Parity writes (paragraph and sentence
/// TMX alike): the attributes TMX 1.4b requires and one `x-source-name`
/// property per language.
struct TMXHeader {
    var toolVersion: String
    var date: TMXDate
    /// `paragraph` or `sentence`.
    var segtype: String
    var sourceLanguage: String
    /// Each language of the file with the name of the document it comes from, in `<tuv>` order.
    var sources: [(language: String, sourceName: String)]

    func write(to writer: XMLStreamWriter) throws(ExportError) {
        writer.context = "header"
        try writer.startElement("header")
        try writer.attribute("creationtool", "Parity")
        try writer.attribute("creationtoolversion", toolVersion)
        try writer.attribute("segtype", segtype)
        try writer.attribute("o-tmf", "Parity")
        try writer.attribute("adminlang", "en")
        try writer.attribute("srclang", sourceLanguage)
        try writer.attribute("datatype", "plaintext")
        try writer.attribute("creationdate", date.text)
        try writer.attribute("changedate", date.text)
        for source in sources {
            try writer.startElement("prop")
            try writer.attribute("type", "x-source-name")
            try writer.xmlAttribute("lang", source.language)
            try writer.text(source.sourceName)
            try writer.endElement()
        }
        try writer.endElement()
    }
}
