import Foundation
import ParityCore

/// Injects parity defects into a real document, programmatically, so tests
/// can check that each defect is found at the right place. Every method
/// returns a new document; a unit is a block with its children (an article
/// with its paragraphs, a paragraph with its subparagraphs).
public struct DefectInjector {
    public enum Failure: Error, Equatable {
        case noBlock(String)
        case noText(String, in: String)
        case noSentenceBoundary(String)
    }

    public var document: Document

    public init(_ document: Document) {
        self.document = document
    }

    private func index(_ id: String) throws -> Int {
        guard let index = document.blocks.firstIndex(where: { $0.id == id }) else { throw Failure.noBlock(id) }
        return index
    }

    /// The block at `index` and the blocks after it whose parent chain leads to it.
    private func unitRange(_ index: Int) -> Range<Int> {
        var ids: Set<String> = [document.blocks[index].id]
        var end = index + 1
        while end < document.blocks.count, let parent = document.blocks[end].parent, ids.contains(parent) {
            ids.insert(document.blocks[end].id)
            end += 1
        }
        return index..<end
    }

    /// Removes the unit `id`.
    public func deleting(_ id: String) throws -> Document {
        var copy = document
        copy.blocks.removeSubrange(unitRange(try index(id)))
        return copy
    }

    /// Inserts a copy of the unit `id` right after it; copied ids get `-dup`.
    public func duplicating(_ id: String) throws -> Document {
        var copy = document
        let range = unitRange(try index(id))
        let renamed = Set(document.blocks[range].map(\.id))
        let duplicate = document.blocks[range].map { block -> Block in
            var b = block
            b.id += "-dup"
            if let parent = b.parent, renamed.contains(parent) { b.parent = parent + "-dup" }
            return b
        }
        copy.blocks.insert(contentsOf: duplicate, at: range.upperBound)
        return copy
    }

    /// Joins the text of `second` to `first` (the label of `second` is lost,
    /// as when two paragraphs run together) and removes `second`; children of
    /// `second` move to `first`.
    public func merging(_ first: String, with second: String) throws -> Document {
        var copy = document
        let i = try index(first), j = try index(second)
        copy.blocks[i].text += " " + document.blocks[j].text
        copy.blocks[i].footnoteRefs += document.blocks[j].footnoteRefs
        copy.blocks.remove(at: j)
        for k in copy.blocks.indices where copy.blocks[k].parent == second { copy.blocks[k].parent = first }
        return copy
    }

    /// Splits `id` at the sentence end nearest its middle; the second half
    /// becomes an unnumbered paragraph `<id>-split` with the same parent.
    public func splitting(_ id: String) throws -> Document {
        var copy = document
        let i = try index(id)
        let scalars = Array(document.blocks[i].text.unicodeScalars)
        var best: Int?
        for k in 1..<max(scalars.count - 1, 1) where ".。".unicodeScalars.contains(scalars[k]) && scalars[k + 1] == " " || scalars[k] == "。" {
            if best == nil || abs(k - scalars.count / 2) < abs(best! - scalars.count / 2) { best = k }
        }
        guard let cut = best, cut + 1 < scalars.count else { throw Failure.noSentenceBoundary(id) }
        var head = String.UnicodeScalarView(), tail = String.UnicodeScalarView()
        head.append(contentsOf: scalars[...cut])
        tail.append(contentsOf: scalars[(cut + 1)...])
        copy.blocks[i].text = String(head)
        let second = Block(id: id + "-split", kind: .unnumberedParagraph,
                           text: String(tail).trimmingCharacters(), parent: document.blocks[i].parent)
        copy.blocks.insert(second, at: i + 1)
        return copy
    }

    /// Gives the block `id` another number (and label).
    public func renumbering(_ id: String, to number: Int) throws -> Document {
        var copy = document
        let i = try index(id)
        copy.blocks[i].number = number
        if copy.blocks[i].label != nil { copy.blocks[i].label = "\(number)." }
        return copy
    }

    /// Adds `delta` to the number (and label) of `id` and of every later block
    /// of the same kind: the rest of the document renumbered, as when a
    /// translator renumbers after merging or dropping a paragraph.
    public func renumberingFrom(_ id: String, by delta: Int) throws -> Document {
        var copy = document
        let start = try index(id)
        let kind = document.blocks[start].kind
        for k in start..<copy.blocks.count where copy.blocks[k].kind == kind {
            guard let number = copy.blocks[k].number else { continue }
            copy.blocks[k].number = number + delta
            if copy.blocks[k].label != nil, kind == .paragraph { copy.blocks[k].label = "\(number + delta)." }
        }
        return copy
    }

    /// Exchanges the positions of units `first` and `second` (first before second).
    public func swapping(_ first: String, _ second: String) throws -> Document {
        let a = unitRange(try index(first)), b = unitRange(try index(second))
        precondition(a.upperBound <= b.lowerBound, "swapping expects document order")
        let blocks = document.blocks
        var copy = document
        copy.blocks = Array(blocks[..<a.lowerBound]) + Array(blocks[b]) + Array(blocks[a.upperBound..<b.lowerBound])
            + Array(blocks[a]) + Array(blocks[b.upperBound...])
        return copy
    }

    /// Replaces `old` by `new` in the text of `id`.
    public func replacing(_ old: String, with new: String, in id: String) throws -> Document {
        var copy = document
        let i = try index(id)
        guard copy.blocks[i].text.contains(old) else { throw Failure.noText(old, in: id) }
        copy.blocks[i].text = copy.blocks[i].text.replacingFirst(old, with: new)
        return copy
    }

    /// Removes footnote `id` and the citations of it.
    public func droppingFootnote(_ id: String) throws -> Document {
        var copy = document
        copy.blocks.remove(at: try index(id))
        for k in copy.blocks.indices { copy.blocks[k].footnoteRefs.removeAll { $0 == id } }
        return copy
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }))
    }

    fileprivate func replacingFirst(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else { return self }
        return replacingCharacters(in: range, with: new)
    }
}
