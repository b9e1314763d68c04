import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names of `PrivateFile` temporaries: `.<name>.<pid>.<random>.tmp`. The random part makes the
/// name unguessable; the process id tells a live writer's temporary from a killed one's.
enum TemporaryName {
    static func make(for name: String) -> String {
        let random = (0..<2).map { _ in String(UInt64.random(in: 0...UInt64.max), radix: 16) }.joined()
        return ".\(name).\(getpid()).\(random).tmp"
    }

    /// Removes the temporaries of `url`'s name whose process is gone (a killed run's leftovers).
    /// A temporary of a run still writing is left alone; unlink removes a planted link itself,
    /// never what it points to.
    static func removeLeftovers(of url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(".tmp".count)
            guard let pid = middle.split(separator: ".", omittingEmptySubsequences: false).first.flatMap({ pid_t($0) }),
                  pid > 0, !isRunning(pid) else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
