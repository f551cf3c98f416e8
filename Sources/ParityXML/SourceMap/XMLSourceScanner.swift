import ParityCore

/// Builds an `XMLSourceMap` from the bytes of a document libxml2 has already
/// accepted as well-formed: a linear scan that only needs to tell markup
/// (tags, comments, processing instructions, the document type declaration,
/// CDATA delimiters) from character data.
///
/// Works on any ASCII-compatible encoding, in particular UTF-8.
enum XMLSourceScanner {
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let processingInstructionOpen = Array("<?".utf8)
    private static let processingInstructionClose = Array("?>".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let declarationOpen = Array("<!".utf8)
    private static let endTagOpen = Array("</".utf8)

    /// Maps `bytes`. Returns `nil` if the bytes turn out not to be well-formed
    /// after all (an unterminated construct or unbalanced tags).
    static func map(_ bytes: [UInt8]) -> XMLSourceMap? {
        var elements: [XMLSourceMap.Element] = []
        var characterData: [XMLSourceMap.CharacterData] = []
        var open: [Int] = []
        let count = bytes.count
        let (commentOpen, commentClose, processingInstructionOpen, processingInstructionClose) =
            (Self.commentOpen, Self.commentClose, Self.processingInstructionOpen, Self.processingInstructionClose)
        let (cdataOpen, cdataClose, declarationOpen, endTagOpen) = (Self.cdataOpen, Self.cdataClose, Self.declarationOpen, Self.endTagOpen)
        var index = 0

        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            ByteSearch.firstIndex(of: pattern, in: bytes, from: start, upTo: count)
        }
        func hasPrefix(_ pattern: [UInt8], at start: Int) -> Bool {
            guard start + pattern.count <= count else { return false }
            for k in 0..<pattern.count where bytes[start + k] != pattern[k] { return false }
            return true
        }
        /// Index of the `>` closing a tag that starts at `start`, skipping quoted attribute values.
        func tagEnd(from start: Int) -> Int? {
            var i = start
            var quote: UInt8 = 0
            while i < count {
                let byte = bytes[i]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    return i
                }
                i += 1
            }
            return nil
        }
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                var end = index + 1
                while end < count, bytes[end] != UInt8(ascii: "<") { end += 1 }
                if let parent = open.last {
                    characterData.append(.init(range: index..<end, parent: parent))
                }
                index = end
                continue
            }
            if hasPrefix(processingInstructionOpen, at: index) {
                guard let close = find(processingInstructionClose, from: index + 2) else { return nil }
                index = close + 2
            } else if hasPrefix(commentOpen, at: index) {
                guard let close = find(commentClose, from: index + 4) else { return nil }
                index = close + 3
            } else if hasPrefix(cdataOpen, at: index) {
                guard let close = find(cdataClose, from: index + 9), let parent = open.last else { return nil }
                characterData.append(.init(range: (index + 9)..<close, parent: parent))
                index = close + 3
            } else if hasPrefix(declarationOpen, at: index) {
                guard let close = XMLProlog.doctypeEnd(in: bytes, from: index + 2, upTo: count) else { return nil }
                index = close + 1
            } else if hasPrefix(endTagOpen, at: index) {
                guard let close = tagEnd(from: index + 2), let element = open.popLast() else { return nil }
                elements[element].contentEnd = index
                elements[element].end = close + 1
                index = close + 1
            } else {
                guard let close = tagEnd(from: index + 1) else { return nil }
                let isEmptyElement = bytes[close - 1] == UInt8(ascii: "/")
                elements.append(.init(startTagStart: index, contentStart: close + 1,
                                      contentEnd: close + 1, end: close + 1, parent: open.last))
                if let parent = open.last { elements[parent].children.append(elements.count - 1) }
                if !isEmptyElement { open.append(elements.count - 1) }
                index = close + 1
            }
        }
        guard open.isEmpty else { return nil }
        return XMLSourceMap(elements: elements, characterData: characterData)
    }
}
