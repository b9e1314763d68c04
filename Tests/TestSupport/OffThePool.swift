import Foundation

extension TestSupport {
    /// Runs blocking or CPU-heavy work (waiting for a child process, a large pipeline run) on a
    /// thread of its own and waits for it without holding a Swift concurrency thread.
    ///
    /// Tests run in parallel on a cooperative pool as wide as the machine has cores (two on CI).
    /// A test that blocks a pool thread for half a minute starves every other test of that width,
    /// including the in-process sandboxes that loopback tests talk to, whose requests then time out.
    public static func offThePool<T>(_ work: @escaping () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try work() }) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// `offThePool` for work that cannot throw.
    public static func offThePool<T>(_ work: @escaping () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
