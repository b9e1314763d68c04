import AuditSupport
import CustomerModel

/// Sorts packed pair keys and keeps each pair once (the copy from the earliest rule).
///
/// Keys are bucketed by their lower record index and the buckets radix-sorted on both cores.
/// Everything happens inside the one array of keys: at a million customers a second copy of the
/// pairs is ~130 MB, and it made blocking the peak of the duplicate search.
enum PairDeduplication {
    /// Leaves in `keys` each pair once, sorted, and returns per kept pair the bits of every rule
    /// that generated it. The array keeps its capacity (the dropped repeats, ~10%).
    static func unique(_ keys: inout [UInt64], recordCount: Int) -> [UInt16] {
        guard !keys.isEmpty else { return [] }
        let bucketCount = max(1, min(ParallelChunks.cores * 16, keys.count / 4096 + 1))
        let span = max(1, (recordCount + bucketCount - 1) / bucketCount)
        @inline(__always) func bucket(_ key: UInt64) -> Int { min(bucketCount - 1, Int(key >> 36) / span) }
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for key in keys { starts[bucket(key) + 1] += 1 }
        for i in 0..<bucketCount { starts[i + 1] += starts[i] }
        let ranges = (0..<bucketCount).map { starts[$0]..<starts[$0 + 1] }
        let masks = keys.withUnsafeMutableBufferPointer { buffer -> [UInt16] in
            partition(buffer, ranges, bucket)
            let shared = SharedBuffer(buffer)
            var parts = ParallelChunks.mapEach(ranges) { range in sortAndCompact(UnsafeMutableBufferPointer(rebasing: shared.buffer[range])) }
            // Each bucket's kept keys sit at its start; close the gaps between them.
            var masks: [UInt16] = []
            masks.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for index in ranges.indices {
                let kept = parts[index].count
                for offset in 0..<kept { buffer[masks.count + offset] = buffer[ranges[index].lowerBound + offset] }
                masks.append(contentsOf: parts[index])
                parts[index] = []
            }
            return masks
        }
        keys.removeLast(keys.count - masks.count)
        return masks
    }

    /// Moves every key into its bucket's range, swapping in place (one pass, no second array).
    private static func partition(_ buffer: UnsafeMutableBufferPointer<UInt64>, _ ranges: [Range<Int>], _ bucket: (UInt64) -> Int) {
        var next = ranges.map(\.lowerBound)
        for home in ranges.indices {
            while next[home] < ranges[home].upperBound {
                let target = bucket(buffer[next[home]])
                if target == home {
                    next[home] += 1
                } else {
                    buffer.swapAt(next[home], next[target])
                    next[target] += 1
                }
            }
        }
    }

    /// Sorts one bucket and keeps each pair once at its start; returns the kept pairs' rule bits.
    private static func sortAndCompact(_ slice: UnsafeMutableBufferPointer<UInt64>) -> [UInt16] {
        RadixSort.sort(slice)
        var masks: [UInt16] = []
        masks.reserveCapacity(slice.count)
        var previousPair = UInt64.max
        for key in slice {
            let bit = UInt16(1) << UInt16(key & 0xF)
            if key >> 4 == previousPair {
                masks[masks.count - 1] |= bit
            } else {
                slice[masks.count] = key
                masks.append(bit)
                previousPair = key >> 4
            }
        }
        return masks
    }
}
