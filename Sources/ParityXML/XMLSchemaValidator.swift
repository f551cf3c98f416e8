import CLibXML2

/// Validates XML documents against a RelaxNG schema or a DTD with libxml2,
/// returning libxml2's messages instead of printing them.
public enum XMLSchemaValidator {
    /// Validates `document` against the RelaxNG schema `schema` (XML syntax).
    /// - Returns: the errors and warnings; empty when the document is valid.
    ///   A document that is not well-formed or a schema that does not compile
    ///   yields at least one issue.
    public static func validate(_ document: [UInt8], relaxNGSchema schema: [UInt8]) -> [XMLValidationIssue] {
        let log = XMLStructuredErrorLog()
        let logPointer = Unmanaged.passUnretained(log).toOpaque()
        guard let doc = ExportXMLDocument.parse(document, log: log) else {
            return log.issues.isEmpty ? [XMLValidationIssue(line: 0, message: "document is not well-formed")] : log.issues
        }
        defer { xmlFreeDoc(doc) }
        return log.capture {
            // The parser context reads the schema bytes only in xmlRelaxNGParse: compile while they are pinned.
            let compiledSchema: xmlRelaxNGPtr? = schema.withUnsafeBufferPointer { raw in
                raw.withMemoryRebound(to: CChar.self) { chars in
                    guard let parserContext = xmlRelaxNGNewMemParserCtxt(chars.baseAddress, Int32(clamping: chars.count))
                    else { return nil }
                    defer { xmlRelaxNGFreeParserCtxt(parserContext) }
                    xmlRelaxNGSetParserStructuredErrors(parserContext, XMLStructuredErrorLog.callback, logPointer)
                    return xmlRelaxNGParse(parserContext)
                }
            }
            guard let compiled = compiledSchema else {
                return log.issues + [XMLValidationIssue(line: 0, message: "RelaxNG schema does not compile")]
            }
            defer { xmlRelaxNGFree(compiled) }
            guard let validContext = xmlRelaxNGNewValidCtxt(compiled) else {
                return [XMLValidationIssue(line: 0, message: "cannot create RelaxNG validation context")]
            }
            defer { xmlRelaxNGFreeValidCtxt(validContext) }
            xmlRelaxNGSetValidStructuredErrors(validContext, XMLStructuredErrorLog.callback, logPointer)
            let status = xmlRelaxNGValidateDoc(validContext, doc)
            if status != 0 && log.issues.isEmpty {
                return [XMLValidationIssue(line: 0, message: "RelaxNG validation failed (status \(status))")]
            }
            return log.issues
        }
    }

    /// Validates `document` against the DTD `dtd`, independently of any
    /// DOCTYPE the document declares (the DTD object is used, no file is loaded).
    /// - Returns: the errors and warnings; empty when the document is valid.
    public static func validate(_ document: [UInt8], dtd: [UInt8]) -> [XMLValidationIssue] {
        let log = XMLStructuredErrorLog()
        guard let doc = ExportXMLDocument.parse(document, log: log) else {
            return log.issues.isEmpty ? [XMLValidationIssue(line: 0, message: "document is not well-formed")] : log.issues
        }
        defer { xmlFreeDoc(doc) }
        return log.capture {
            // xmlIOParseDTD takes ownership of the input buffer, even on failure.
            // The DTD is parsed while its bytes are pinned.
            let parsed: xmlDtdPtr? = dtd.withUnsafeBufferPointer { raw in
                raw.withMemoryRebound(to: CChar.self) { chars in
                    guard let input = xmlParserInputBufferCreateMem(
                        chars.baseAddress, Int32(clamping: chars.count), XML_CHAR_ENCODING_UTF8)
                    else { return nil }
                    return xmlIOParseDTD(nil, input, XML_CHAR_ENCODING_UTF8)
                }
            }
            guard let parsedDTD = parsed else {
                return log.issues + [XMLValidationIssue(line: 0, message: "DTD does not parse")]
            }
            defer { xmlFreeDtd(parsedDTD) }
            guard let validContext = xmlNewValidCtxt() else {
                return [XMLValidationIssue(line: 0, message: "cannot create DTD validation context")]
            }
            defer { xmlFreeValidCtxt(validContext) }
            let status = xmlValidateDtd(validContext, doc, parsedDTD)
            if status != 1 && log.issues.isEmpty {
                return [XMLValidationIssue(line: 0, message: "DTD validation failed")]
            }
            return log.issues
        }
    }
}
