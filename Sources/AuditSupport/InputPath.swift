import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is wrong with an `--input` path, said in words: Foundation reports a folder, a device or a
/// FIFO as "permission" or "NSCocoaErrorDomain error 256", which sends the user looking in the
/// wrong place.
public enum InputPath {
    /// Nil for a regular file (or a link to one) that can be opened; otherwise what the path is.
    public static func problem(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ENOENT: return "no such file"
            case EACCES: return "permission denied"
            case ENOTDIR: return "a part of the path is not a folder"
            default: return String(cString: strerror(errno))
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return access(path, R_OK) == 0 ? nil : "permission denied"
        case S_IFDIR: return "is a folder, not a file"
        case S_IFCHR: return "is not a regular file (a character device); use --input - to read standard input"
        case S_IFBLK: return "is not a regular file (a block device)"
        case S_IFIFO: return "is not a regular file (a FIFO); use --input - to read standard input"
        case S_IFSOCK: return "is not a regular file (a socket)"
        default: return "is not a regular file"
        }
    }

    /// A read error in words, without Foundation's domain and code.
    public static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code)))
        }
        return (error as NSError).localizedDescription
    }
}
