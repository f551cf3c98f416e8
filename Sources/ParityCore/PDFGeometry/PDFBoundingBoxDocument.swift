/// Reads the XHTML that `pdftotext -bbox-layout` writes (`page` / `flow` /
/// `block` / `line` / `word`, each with `xMin yMin xMax yMax`) into pages of
/// lines and words. A small tolerant scanner over the UTF-8 bytes: it knows
/// only these elements, decodes the entities pdftotext writes (`&amp;`,
/// `&lt;`, `&gt;`, `&quot;`, `&apos;`, numeric), and returns nil when the
/// text is not that XHTML (no `<doc>`, a word outside a line, a box that
/// does not parse), so that the caller falls back to the plain reading.
public enum PDFBoundingBoxDocument {
    /// The pages of `bytes`, or nil when they are not `-bbox-layout` output.
    public static func pages(_ bytes: [UInt8]) -> [PDFLayoutPage]? {
        var pages: [PDFLayoutPage] = []
        var flow = -1
        var block = -1
        var line: PDFLayoutLine?
        var sawDocument = false
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            var end = index + 1
            while end < count, bytes[end] != UInt8(ascii: ">") { end += 1 }
            guard end < count else { return nil }
            let tag = bytes[(index + 1)..<end]
            let name = tagName(tag)
            switch name {
            case "doc":
                sawDocument = true
            case "page":
                guard let width = attribute(widthKey, tag), let height = attribute(heightKey, tag) else { return nil }
                pages.append(PDFLayoutPage(width: width, height: height, lines: []))
            case "flow":
                flow += 1
            case "block":
                block += 1
            case "line":
                guard !pages.isEmpty, let box = box(tag) else { return nil }
                line = PDFLayoutLine(words: [], box: box, flow: max(flow, 0), block: max(block, 0))
            case "/line":
                guard let finished = line, !pages.isEmpty else { return nil }
                if !finished.words.isEmpty { pages[pages.count - 1].lines.append(finished) }
                line = nil
            case "word":
                guard line != nil, let box = box(tag) else { return nil }
                var close = end + 1
                while close < count, bytes[close] != UInt8(ascii: "<") { close += 1 }
                guard close < count else { return nil }
                let text = decodeEntities(bytes[(end + 1)..<close])
                if !text.isEmpty { line!.words.append(PDFWord(text, box)) }
                end = close - 1
            default:
                break
            }
            index = end + 1
        }
        return sawDocument ? pages : nil
    }

    private static func tagName(_ tag: ArraySlice<UInt8>) -> Substring {
        var end = tag.startIndex
        while end < tag.endIndex, tag[end] != 0x20, tag[end] != 0x0A, tag[end] != 0x09, tag[end] != UInt8(ascii: ">") { end += 1 }
        var name = Substring(decoding: tag[tag.startIndex..<end], as: UTF8.self)
        if name.hasSuffix("/") { name = name.dropLast() }
        return name
    }

    private static let xMinKey = Array(" xMin=\"".utf8)
    private static let yMinKey = Array(" yMin=\"".utf8)
    private static let xMaxKey = Array(" xMax=\"".utf8)
    private static let yMaxKey = Array(" yMax=\"".utf8)
    private static let widthKey = Array(" width=\"".utf8)
    private static let heightKey = Array(" height=\"".utf8)

    private static func box(_ tag: ArraySlice<UInt8>) -> PDFBox? {
        guard let xMin = attribute(xMinKey, tag), let yMin = attribute(yMinKey, tag),
              let xMax = attribute(xMaxKey, tag), let yMax = attribute(yMaxKey, tag) else { return nil }
        return PDFBox(xMin: xMin, yMin: yMin, xMax: xMax, yMax: yMax)
    }

    /// The number value of the attribute whose ` name="` is `key` in `tag`.
    private static func attribute(_ key: [UInt8], _ tag: ArraySlice<UInt8>) -> Double? {
        guard let start = firstIndex(of: key, in: tag) else { return nil }
        var end = start + key.count
        while end < tag.endIndex, tag[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < tag.endIndex else { return nil }
        guard let value = Double(String(decoding: tag[(start + key.count)..<end], as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    private static func firstIndex(of key: [UInt8], in tag: ArraySlice<UInt8>) -> Int? {
        guard tag.count >= key.count else { return nil }
        var start = tag.startIndex
        while start + key.count <= tag.endIndex {
            if tag[start] == key[0], tag[start..<(start + key.count)].elementsEqual(key) { return start }
            start += 1
        }
        return nil
    }

    /// `bytes` with XML entity references decoded; an unknown or malformed one stays as it is.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else { output.append(byte); index += 1; continue }
            var end = index + 1
            while end < bytes.endIndex, end - index < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
            guard end < bytes.endIndex, bytes[end] == UInt8(ascii: ";") else { output.append(byte); index += 1; continue }
            let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                output.append(contentsOf: Array(String(scalar).utf8))
                index = end + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
