import Foundation

/// Splits work over the machine's cores. Results come back in input order, so output that
/// depends on them stays deterministic.
public enum ParallelChunks {
    /// The cores work is spread over.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body` for consecutive index ranges covering `0..<count`, in parallel.
    public static func map<T: Sendable>(count: Int, minimumChunk: Int = 2_048, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        map(count: count, minimumChunk: minimumChunk, chunksPerCore: 4, body)
    }

    /// `map(count:minimumChunk:_:)` with up to `chunksPerCore` ranges per core: more where the
    /// cost per index varies a lot (pairs of one record in a huge block), fewer where every
    /// range carries a large buffer of its own.
    public static func map<T: Sendable>(count: Int, minimumChunk: Int, chunksPerCore: Int,
                                        _ body: @Sendable (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        // A few chunks per core even out uneven chunks (some customers carry many findings).
        let chunkCount = max(1, min(cores * chunksPerCore, (count + minimumChunk - 1) / max(1, minimumChunk)))
        let size = (count + chunkCount - 1) / chunkCount
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        return mapEach(ranges, body)
    }

    /// `body` applied to every element, in parallel, results in input order.
    public static func mapEach<E: Sendable, T: Sendable>(_ elements: [E], _ body: @Sendable (E) -> T) -> [T] {
        guard elements.count > 1 else { return elements.map(body) }
        let results = ResultSlots<T>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.set(index, body(elements[index]))
        }
        return results.values
    }
}

/// Write-once slots filled from concurrent iterations; each index is written by one iteration only.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [T] { slots.map { $0! } }
}
