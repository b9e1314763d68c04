import Dispatch
import Foundation

/// Splits work over the machine's cores. Each chunk writes only its own results, so the stages
/// stay pure functions of their inputs while using both cores.
enum Parallel {
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Contiguous ranges covering 0..<count, a few per worker so uneven chunks even out.
    static func ranges(_ count: Int, perWorker: Int = 4) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let pieces = min(count, workers * perWorker)
        let size = (count + pieces - 1) / pieces
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// Runs `body` for every range concurrently and returns the results in range order.
    static func map<T>(_ ranges: [Range<Int>], _ body: (Range<Int>) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: ranges.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            results[index] = body(ranges[index])
        }
        return results.map { $0! }
    }

    /// `body(i)` for every i in 0..<count, concurrently; results in index order.
    static func map<T>(count: Int, _ body: (Int) -> T) -> [T] {
        map(Array(0..<count).map { $0..<($0 + 1) }) { body($0.lowerBound) }
    }
}
