#if canImport(Glibc)
import Glibc
#endif

/// How the stages' memory goes back to the system once they let it go.
///
/// glibc's allocator raises its threshold for giving a buffer pages of its own each time such a
/// buffer is freed, up to 32 MB, and with it the free space it keeps at the top of its heaps
/// (twice that); after the first large arrays of a run (reading the input), buffers of a few
/// megabytes (a chunk's key hashes, a blocking rule's pairs, per-core partial results) come from
/// the heap instead and stay resident after they are freed. At a million customers that kept some
/// 200 MB of dead buffers under the duplicate search's peak. Fixed thresholds (glibc's defaults)
/// keep every buffer from 128 KiB up on pages of its own, returned as soon as it is freed, and
/// trim the heaps; the extra page faults cost little next to the work done on such buffers.
enum StageMemory {
    static let ownPagesFrom: Int32 = 128 * 1024

    /// Sets the fixed thresholds (process-wide; repeating it is harmless). Elsewhere than on glibc
    /// this does nothing.
    static func returnLargeBuffersWhenFreed() {
        #if canImport(Glibc)
        // mallopt is not in Swift's Glibc module; the parameters are those of glibc's malloc.h.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3
        _ = mallopt(mmapThreshold, ownPagesFrom)
        _ = mallopt(trimThreshold, ownPagesFrom)
        #endif
    }

    /// Hands the free pages inside the allocator's heaps back to the system, between stages: a
    /// stage's small allocations (parse caches, rule indexes, strings) are freed all over the
    /// heaps, where trimming the top does not reach them, and the next stage's peak stood on them.
    static func returnFreedPages() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
