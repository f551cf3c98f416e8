import CLibXML2
import ParityCore

/// A parsed libxml2 document owned by the export readers and validators; the
/// tree is freed when the value goes away. Never leaves this module.
struct ExportXMLDocument: ~Copyable {
    let pointer: xmlDocPtr

    /// Parses `bytes` with network access and entity substitution off.
    /// - Throws: `InputError.malformedXML` with the line of libxml2's first error.
    init(parsing bytes: [UInt8], file: String) throws(InputError) {
        let log = XMLStructuredErrorLog()
        let document = Self.parse(bytes, log: log)
        guard let document else {
            let first = log.firstError
            throw .malformedXML(file: file, line: first?.line ?? 0, message: first?.message ?? "not well-formed")
        }
        pointer = document
    }

    /// Parses `bytes`, recording libxml2's messages in `log`; nil when not well-formed.
    static func parse(_ bytes: [UInt8], log: XMLStructuredErrorLog) -> xmlDocPtr? {
        // The structured handler installed by `log` keeps libxml2 from printing.
        let options = Int32(XML_PARSE_NONET.rawValue)
        return log.capture {
            bytes.withUnsafeBufferPointer { raw in
                raw.withMemoryRebound(to: CChar.self) { chars in
                    guard let base = chars.baseAddress, !chars.isEmpty else {
                        log.note(XMLValidationIssue(line: 1, message: "the document is empty"))
                        return nil
                    }
                    return xmlReadMemory(base, Int32(clamping: chars.count), nil, nil, options)
                }
            }
        }
    }

    deinit { xmlFreeDoc(pointer) }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}
