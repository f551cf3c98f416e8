/// The entries of a ZIP archive, read from its end record and central
/// directory and checked against the bytes, so that no offset, size or count
/// in a damaged or hostile archive points outside the data (issue 11: a
/// 22-byte end record claiming 13 entries past the end trapped ZIPFoundation).
///
/// What holds after a successful read: one end-of-central-directory record
/// whose comment ends at the end of the data; a single-disk archive (no
/// ZIP64); a central directory that lies before the end record and holds
/// exactly the entries it claims, each with its name inside the directory;
/// every entry's local header inside the data, with its signature, and its
/// compressed data ending before the central directory; stored or deflated
/// data only. Linear in the size of the central directory.
struct ZIPCentralDirectory {
    /// One file of the archive.
    struct Entry {
        /// 0 stored, 8 deflated.
        var method: UInt16
        /// CRC-32 of the inflated data, as the directory gives it.
        var crc32: UInt32
        /// Where the compressed data starts, and its length.
        var dataStart: Int
        var compressedSize: Int
    }

    /// Entries by path (`word/document.xml`).
    private(set) var entries: [String: Entry] = [:]

    /// Reads the directory of `bytes`.
    /// - Throws: `ZIPCentralDirectory.Damage` saying what does not hold.
    init(_ bytes: [UInt8]) throws(Damage) {
        let endRecordSize = 22
        guard bytes.count >= endRecordSize else { throw Damage("shorter than a ZIP end record") }
        // The end record is the last 22 bytes plus a comment of up to 65,535 bytes.
        var end = -1
        var candidate = bytes.count - endRecordSize
        let lowest = max(0, bytes.count - endRecordSize - 0xFFFF)
        while candidate >= lowest {
            if Self.uint32(bytes, candidate) == 0x0605_4B50,
               candidate + endRecordSize + Int(Self.uint16(bytes, candidate + 20)) == bytes.count {
                end = candidate
                break
            }
            candidate -= 1
        }
        guard end >= 0 else { throw Damage("no end-of-central-directory record") }
        let disk = Self.uint16(bytes, end + 4), directoryDisk = Self.uint16(bytes, end + 6)
        let entriesHere = Int(Self.uint16(bytes, end + 8)), count = Int(Self.uint16(bytes, end + 10))
        let directorySize = Int(Self.uint32(bytes, end + 12)), directoryOffset = Int(Self.uint32(bytes, end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw Damage("ZIP64 archives are not read")
        }
        guard disk == 0, directoryDisk == 0, entriesHere == count else { throw Damage("a multi-disk archive") }
        guard directoryOffset + directorySize <= end else { throw Damage("the central directory lies past the end record") }
        var position = directoryOffset
        let directoryEnd = directoryOffset + directorySize
        for index in 0..<count {
            guard position + 46 <= directoryEnd, Self.uint32(bytes, position) == 0x0201_4B50 else {
                throw Damage("central directory entry \(index + 1) of \(count) is missing or cut")
            }
            let method = Self.uint16(bytes, position + 10)
            let crc32 = Self.uint32(bytes, position + 16)
            let compressedSize = Int(Self.uint32(bytes, position + 20))
            let nameLength = Int(Self.uint16(bytes, position + 28))
            let extraLength = Int(Self.uint16(bytes, position + 30))
            let commentLength = Int(Self.uint16(bytes, position + 32))
            let localOffset = Int(Self.uint32(bytes, position + 42))
            guard method == 0 || method == 8 else { throw Damage("entry \(index + 1) uses compression method \(method)") }
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= directoryEnd else { throw Damage("central directory entry \(index + 1) runs past the directory") }
            guard localOffset + 30 <= directoryOffset, Self.uint32(bytes, localOffset) == 0x0403_4B50 else {
                throw Damage("entry \(index + 1) points to no local header")
            }
            let dataStart = localOffset + 30 + Int(Self.uint16(bytes, localOffset + 26)) + Int(Self.uint16(bytes, localOffset + 28))
            guard dataStart + compressedSize <= directoryOffset else {
                throw Damage("entry \(index + 1)'s data runs into the central directory")
            }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(method: method, crc32: crc32, dataStart: dataStart, compressedSize: compressedSize)
            position = next
        }
    }

    /// What makes an archive unreadable, in a few words.
    struct Damage: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
