import CLibXML2

/// A streaming XML writer on libxml2's `xmlTextWriter`, writing UTF-8 with
/// two-space indentation into a memory buffer or, a few kilobytes at a time,
/// to an open file (`XMLOutputDestination`): the same bytes either way.
///
/// Every string goes through `XMLCharacterFilter` first: characters XML 1.0
/// cannot carry are dropped and reported as `ExportWarning`s, never written raw.
/// One writer produces one document and is used by one task only.
final class XMLStreamWriter {
    /// The memory buffer of a writer to memory; `nil` when writing to a file.
    private let buffer: xmlBufferPtr?
    /// The file of a writer to a file, which records a failed write; `nil` in memory.
    private let file: XMLDescriptorOutput?
    private var writer: xmlTextWriterPtr?
    /// Describes the part of the input being written, for warnings (`es block p3`).
    var context: String {
        get { [contextParts.0, contextParts.1, contextParts.2].compactMap { $0 }.joined(separator: " ") }
        set { contextParts = (newValue, nil, nil) }
    }
    /// The words of `context`, kept apart and joined only when a warning
    /// needs them (the writers set a context per block or unit).
    private var contextParts: (String, String?, String?) = ("", nil, nil)

    /// Sets ``context`` to `first`, `second` and `third` (when given), separated by spaces.
    func setContext(_ first: String, _ second: String, _ third: String? = nil) {
        contextParts = (first, second, third)
    }
    /// Warnings collected so far.
    private(set) var warnings: [ExportWarning] = []
    private var openElements: [String] = []

    /// Creates a writer to `destination` and starts the document (`<?xml version="1.0" encoding="UTF-8"?>`).
    init(_ destination: XMLOutputDestination = .memory) throws(ExportError) {
        switch destination {
        case .memory:
            guard let buffer = xmlBufferCreate() else { throw .xmlWriterFailed(call: "xmlBufferCreate") }
            xmlBufferSetAllocationScheme(buffer, XML_BUFFER_ALLOC_DOUBLEIT)
            guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
                xmlBufferFree(buffer)
                throw .xmlWriterFailed(call: "xmlNewTextWriterMemory")
            }
            self.buffer = buffer
            file = nil
            self.writer = writer
        case .file(let descriptor, let path):
            let file = XMLDescriptorOutput(descriptor: descriptor, path: path)
            // The text writer owns the output buffer and frees it; `file` outlives both (it is released with `self`).
            let output = xmlOutputBufferCreateIO({ context, bytes, count in XMLDescriptorOutput.write(context, bytes, count) }, nil,
                                                 Unmanaged.passUnretained(file).toOpaque(), nil)
            guard let output else { throw .xmlWriterFailed(call: "xmlOutputBufferCreateIO") }
            guard let writer = xmlNewTextWriter(output) else {
                xmlOutputBufferClose(output)
                throw .xmlWriterFailed(call: "xmlNewTextWriter")
            }
            buffer = nil
            self.file = file
            self.writer = writer
        }
        try check(xmlTextWriterSetIndent(writer, 1), "xmlTextWriterSetIndent")
        try check(xmlTextWriterSetIndentString(writer, "  "), "xmlTextWriterSetIndentString")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Writes `<!DOCTYPE name SYSTEM "systemID">` on one line, right after the XML declaration.
    /// (`xmlTextWriterWriteDTD` breaks the line before `SYSTEM` when indenting.)
    /// - Precondition: `name` and `systemID` are XML names / contain no `"`.
    func doctype(_ name: String, systemID: String) throws(ExportError) {
        try check(xmlTextWriterWriteRaw(liveWriter(), "<!DOCTYPE \(name) SYSTEM \"\(systemID)\">\n"), "xmlTextWriterWriteRaw")
    }

    /// Opens an element.
    func startElement(_ name: String) throws(ExportError) {
        openElements.append(name)
        let writer = try liveWriter()
        try check(xmlChars(name) { xmlTextWriterStartElement(writer, $0) }, "xmlTextWriterStartElement(\(name))")
    }

    /// Writes an attribute of the element just opened.
    func attribute(_ name: String, _ value: String) throws(ExportError) {
        let value = filtered(value, where: "@\(name)")
        let writer = try liveWriter()
        let status = xmlChars(name) { name in xmlChars(value) { xmlTextWriterWriteAttribute(writer, name, $0) } }
        try check(status, "xmlTextWriterWriteAttribute(\(name))")
    }

    /// Writes an attribute in the `xml:` namespace (`xml:lang`).
    func xmlAttribute(_ localName: String, _ value: String) throws(ExportError) {
        try attribute("xml:\(localName)", value)
    }

    /// Writes an attribute when the value is present.
    func attribute(_ name: String, ifPresent value: String?) throws(ExportError) {
        if let value { try attribute(name, value) }
    }

    /// Writes escaped character data.
    func text(_ string: String) throws(ExportError) {
        let string = filtered(string, where: "<\(openElements.last ?? "")>")
        if string.isEmpty { return }
        let writer = try liveWriter()
        try check(xmlChars(string) { xmlTextWriterWriteString(writer, $0) }, "xmlTextWriterWriteString")
    }

    /// Closes the innermost open element (`<a/>` when it is empty).
    func endElement() throws(ExportError) {
        openElements.removeLast()
        try check(xmlTextWriterEndElement(liveWriter()), "xmlTextWriterEndElement")
    }

    /// Writes `<name>text</name>`, with an explicit end tag even for empty text.
    func element(_ name: String, text: String) throws(ExportError) {
        try startElement(name)
        try self.text(text)
        openElements.removeLast()
        try check(xmlTextWriterFullEndElement(liveWriter()), "xmlTextWriterFullEndElement")
    }

    /// Ends the document and returns its bytes (none when writing to a file,
    /// where they have all been written) and the warnings. The writer cannot
    /// be used afterwards.
    /// - Throws: `ExportError.cannotWrite` when a write to the file failed.
    func finish() throws(ExportError) -> XMLWriteResult {
        let writer = try liveWriter()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        xmlFreeTextWriter(writer)
        self.writer = nil
        if let failure = file?.failure { throw failure }
        var bytes: [UInt8] = []
        if let buffer {
            let count = Int(xmlBufferLength(buffer))
            if count > 0, let content = xmlBufferContent(buffer) {
                bytes = [UInt8](UnsafeBufferPointer(start: content, count: count))
            }
        }
        return XMLWriteResult(bytes: bytes, warnings: warnings)
    }

    private func liveWriter() throws(ExportError) -> xmlTextWriterPtr {
        guard let writer else { throw .xmlWriterFailed(call: "write after finish") }
        return writer
    }

    /// Passes the string's own NUL-terminated UTF-8 to libxml2. (Passing a
    /// `String` where `const xmlChar *` is expected copies it into a new array.)
    private func xmlChars(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Throws the file's write failure first (libxml2 was told the write
    /// succeeded, so that it prints nothing), else when `status` says the call failed.
    private func check(_ status: Int32, _ call: @autoclosure () -> String) throws(ExportError) {
        if let failure = file?.failure { throw failure }
        if status < 0 { throw .xmlWriterFailed(call: call()) }
    }

    private func filtered(_ string: String, where place: @autoclosure () -> String) -> String {
        let (clean, dropped) = XMLCharacterFilter.clean(string)
        if !dropped.isEmpty {
            let codes = dropped.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
            warnings.append(ExportWarning(
                context: context.isEmpty ? place() : "\(context) \(place())",
                message: "dropped \(dropped.count) character(s) that XML 1.0 cannot carry (\(codes.joined(separator: ", ")))"))
        }
        return clean
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
