#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an output file may go: only a regular file (new or existing), never
/// a device, FIFO, socket or directory, and never a file that is one of the
/// inputs (by device and inode, so a link or another spelling of the path
/// is caught too). A symbolic link to a regular file is followed, so the
/// link stays a link and its target gets the new content.
struct OutputTarget {
    /// The path to rename the new file onto (a link's target, else the path as given).
    var path: String
    /// The permission bits of the file being replaced, to keep; `nil` for a new file.
    var existingMode: mode_t?

    /// Checks `path` against the rules above and against `inputs`.
    /// - Throws: `ExportError.cannotWrite` saying why the path is refused.
    static func resolve(_ path: String, inputs: [String]) throws(ExportError) -> OutputTarget {
        var status = stat()
        guard stat(path, &status) == 0 else {
            // Nothing there yet (or a dangling link, which the rename replaces): a new file.
            return OutputTarget(path: path, existingMode: nil)
        }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            throw .cannotWrite(path: path, reason: "\(describe(type)); Parity writes only regular files")
        }
        for input in inputs {
            var inputStatus = stat()
            if stat(input, &inputStatus) == 0, inputStatus.st_dev == status.st_dev, inputStatus.st_ino == status.st_ino {
                throw .cannotWrite(path: path, reason: "it is the input \(input); Parity never overwrites an input")
            }
        }
        var target = path
        var linkStatus = stat()
        if lstat(path, &linkStatus) == 0, linkStatus.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        return OutputTarget(path: target, existingMode: status.st_mode & 0o7777)
    }

    private static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFCHR: return "it is a character device"
        case S_IFBLK: return "it is a block device"
        case S_IFIFO: return "it is a FIFO (named pipe)"
        case S_IFSOCK: return "it is a socket"
        case S_IFDIR: return "it is a directory"
        default: return "it is not a regular file"
        }
    }
}
