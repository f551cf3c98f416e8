import CLibXML2

/// Parses HTML with libxml2's HTML parser (`htmlReadMemory`) and reports
/// what it found, collecting structured errors instead of printing them.
public enum HTMLInspector {
    /// Inspects `html`.
    public static func inspect(_ html: String) -> HTMLInspection {
        _ = libXML2Initialized
        let sink = ErrorSink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        xmlSetStructuredErrorFunc(unmanaged.toOpaque()) { context, error in
            guard let context, let error else { return }
            let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
            let code = Int(error.pointee.code)
            if code == Int(XML_HTML_UNKNOWN_TAG.rawValue), let name = error.pointee.str1 {
                sink.unknownTags.insert(String(cString: name))
                return
            }
            let message = error.pointee.message.map { String(cString: $0) } ?? "error \(code)"
            sink.errors.append("line \(error.pointee.line): " + message.trimmingTrailingNewlines())
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        var inspection = HTMLInspection(
            errors: [], unknownTags: [], ids: [], fragmentLinks: [], summaryRows: 0, sideBySideRows: 0,
            markedTexts: [], cellDirections: [])
        let bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "report.html", "UTF-8", options)
            }
        }
        if let document {
            let owned = OwnedXMLDocument(taking: document)
            walk(owned.rootElement, inSummaryTable: false, inSVG: false, into: &inspection)
        } else {
            sink.errors.append("the document could not be parsed")
        }
        inspection.errors = sink.errors
        inspection.unknownTags = sink.unknownTags
        return inspection
    }

    private static func textContent(_ node: XMLNodePointer) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { parity_xmlFree(content) }
        return String(cString: content)
    }

    private final class ErrorSink {
        var errors: [String] = []
        var unknownTags: Set<String> = []
    }

    private static func walk(_ start: XMLNodePointer?, inSummaryTable: Bool, inSVG: Bool, into inspection: inout HTMLInspection) {
        var node = start
        while let current = node {
            if current.isElement {
                let name = current.localName
                inspection.elementCounts[name, default: 0] += 1
                if inSVG, name == "a", let href = current.attribute("href"), href.hasPrefix("#") {
                    inspection.mapLinks.append(String(href.dropFirst()))
                }
                var summary = inSummaryTable
                if let id = current.attribute("id") { inspection.ids.append(id) }
                if name == "a", let href = current.attribute("href"), href.hasPrefix("#") {
                    inspection.fragmentLinks.append(String(href.dropFirst()))
                }
                let classes = current.attribute("class")?.split(separator: " ").map(String.init) ?? []
                if name == "table" { summary = classes.contains("summary") }
                if name == "tr" {
                    if inSummaryTable, let parent = current.pointee.parent, parent.localName == "tbody" {
                        inspection.summaryRows += 1
                        var cells: [String] = []
                        var cell = current.pointee.children
                        while let td = cell {
                            if td.isElement, td.localName == "td" { cells.append(textContent(td)) }
                            cell = td.pointee.next
                        }
                        inspection.summaryCells.append(cells)
                    }
                    if classes.contains("row") { inspection.sideBySideRows += 1 }
                }
                if name == "td", let direction = current.attribute("dir") { inspection.cellDirections.append(direction) }
                if name == "mark" { inspection.markedTexts.append(textContent(current)) }
                if name == "del" { inspection.deletedTexts.append(textContent(current)) }
                if name == "ins" { inspection.insertedTexts.append(textContent(current)) }
                walk(current.pointee.children, inSummaryTable: summary, inSVG: inSVG || name == "svg", into: &inspection)
            }
            node = current.pointee.next
        }
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
