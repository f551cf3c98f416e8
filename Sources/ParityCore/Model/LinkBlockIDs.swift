/// The block ids of one version of an ``AlignmentLink``, in order: one id
/// held by itself (a link of two versions with a block each), or a slice of
/// the link's ids. Read as any collection of strings; `Array(_:)` makes an array.
public struct LinkBlockIDs: RandomAccessCollection, Hashable, Sendable {
    private let single: String?
    private let slice: ArraySlice<String>

    init(_ id: String) {
        single = id
        slice = []
    }

    init(_ ids: ArraySlice<String>) {
        single = nil
        slice = ids
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { single == nil ? slice.count : 1 }

    public subscript(position: Int) -> String {
        if let single {
            precondition(position == 0, "link block id index out of range")
            return single
        }
        return slice[slice.startIndex + position]
    }

    public static func == (left: LinkBlockIDs, right: LinkBlockIDs) -> Bool { left.elementsEqual(right) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for id in self { hasher.combine(id) }
    }
}
