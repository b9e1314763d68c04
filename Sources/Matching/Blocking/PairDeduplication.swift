import AuditSupport
import CustomerModel

/// Sorts packed pair keys and keeps each pair once (the copy from the earliest rule).
///
/// Keys are bucketed by their lower record index and the buckets sorted on both cores, which
/// keeps ten million pairs well under a second.
enum PairDeduplication {
    /// `keys` is emptied once its pairs are in buckets, so that no more than two copies of the
    /// pairs are ever held.
    static func unique(_ keys: inout [UInt64], recordCount: Int) -> (keys: [UInt64], masks: [UInt16]) {
        guard !keys.isEmpty else { return ([], []) }
        let bucketCount = max(1, min(ParallelChunks.cores * 16, keys.count / 4096 + 1))
        let span = max(1, (recordCount + bucketCount - 1) / bucketCount)
        @inline(__always) func bucket(_ key: UInt64) -> Int { min(bucketCount - 1, Int(key >> 36) / span) }
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for key in keys { starts[bucket(key) + 1] += 1 }
        for i in 0..<bucketCount { starts[i + 1] += starts[i] }
        var scattered = [UInt64](repeating: 0, count: keys.count)
        var cursor = starts
        for key in keys {
            let b = bucket(key)
            scattered[cursor[b]] = key
            cursor[b] += 1
        }
        keys = []
        let ranges = (0..<bucketCount).map { starts[$0]..<starts[$0 + 1] }
        var parts = scattered.withUnsafeMutableBufferPointer { buffer -> [([UInt64], [UInt16])] in
            let shared = SharedBuffer(buffer)
            return ParallelChunks.mapEach(ranges) { range -> ([UInt64], [UInt16]) in
                let base = shared.buffer
                var slice = UnsafeMutableBufferPointer(rebasing: base[range])
                slice.sort()
                var out: [UInt64] = [], masks: [UInt16] = []
                out.reserveCapacity(slice.count)
                masks.reserveCapacity(slice.count)
                var previousPair = UInt64.max
                for key in slice {
                    let bit = UInt16(1) << UInt16(key & 0xF)
                    if key >> 4 == previousPair {
                        masks[masks.count - 1] |= bit
                    } else {
                        out.append(key)
                        masks.append(bit)
                        previousPair = key >> 4
                    }
                }
                return (out, masks)
            }
        }
        scattered = []
        var result: [UInt64] = [], masks: [UInt16] = []
        result.reserveCapacity(parts.reduce(0) { $0 + $1.0.count })
        masks.reserveCapacity(result.capacity)
        for index in parts.indices {
            result.append(contentsOf: parts[index].0)
            masks.append(contentsOf: parts[index].1)
            parts[index] = ([], [])
        }
        return (result, masks)
    }
}
