import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The snapshot holds the whole customer base, so only its owner may read it: the store and its
/// `-wal` and `-shm` files are 0600, the tool's own `.customer-audit` folder 0700.
///
/// SQLite creates a new database with the process's default mode (usually 0644) and gives the
/// `-wal` and `-shm` files the database file's mode, so the store file is created here first, empty
/// (SQLite takes an empty file for a new database), with 0600. Stores written before this existed are
/// tightened when they are opened.
enum OwnerOnlyFiles {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700
    /// The folder of the default store; a folder the user named may hold other things and keeps its mode.
    static let ownFolderName = ".customer-audit"

    /// What `prepare` made, so a store that turns out unused can be taken away again.
    struct Created {
        var file = false
        var folder = false
    }

    /// Creates the store's folder (0700) when missing, tightens the tool's own folder, and creates
    /// or tightens the store file and its companions.
    @discardableResult
    static func prepare(store url: URL) throws -> Created {
        var created = Created()
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            created.folder = true
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: Int(folderMode)])
        } else if folder.lastPathComponent == ownFolderName {
            chmod(folder.path, folderMode)
        }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        if descriptor >= 0 {
            close(descriptor)
            created.file = true
        }
        for suffix in ["", "-wal", "-shm"] { tighten(url.path + suffix) }
        return created
    }

    /// Removes a store `prepare` created, its companions and, when `prepare` made it and it is now
    /// empty, its folder.
    static func remove(store url: URL, created: Created) {
        guard created.file else { return }
        for suffix in ["", "-wal", "-shm"] { unlink(url.path + suffix) }
        if created.folder { rmdir(url.deletingLastPathComponent().path) }
    }

    /// Removes group and other access from a regular file of ours; links and missing files are left alone.
    private static func tighten(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid(),
              status.st_mode & 0o077 != 0 else { return }
        chmod(path, status.st_mode & 0o700)
    }
}
