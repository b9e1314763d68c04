/// Whether every word of one surname key is a word of the other, which has more: a double
/// surname after marriage ("berg de vries" for van den Berg-de Vries) against one of its parts
/// ("vries"). Particles inside a key ("de" between two names) are not words that identify.
enum TokenSubset {
    /// Particles as they appear inside a key (lower-case, punctuation gone).
    private static let particles: Set<UInt64> = Set(["van", "de", "der", "den", "ter", "ten", "te", "t", "het", "d", "von", "zu",
                                                     "di", "da", "le", "la", "du", "des", "del", "in", "op", "aan", "uit", "bij", "s"]
        .map { KeyHash.of($0) })
    /// A part shorter than this ("li", "wu") is too common to carry a double surname.
    static let minimumWordLength = 3

    static func isProperSubset(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most keys are one word; only a key with a space can hold a second name.
        guard a.contains(0x20) || b.contains(0x20) else { return false }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { words in
            let left = significantWords(a, into: UnsafeMutableBufferPointer(rebasing: words[0..<8]))
            let right = significantWords(b, into: UnsafeMutableBufferPointer(rebasing: words[8..<16]))
            guard left > 0, right > 0, left != right else { return false }
            let (small, smallCount, large, largeCount) = left < right ? (0, left, 8, right) : (8, right, 0, left)
            for i in 0..<smallCount {
                var found = false
                for j in 0..<largeCount where words[small + i] == words[large + j] { found = true; break }
                if !found { return false }
            }
            return true
        }
    }

    /// Hashes of the words of `bytes` that are not particles and long enough; returns how many.
    private static func significantWords(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt64>) -> Int {
        var count = 0, start = 0
        func add(_ end: Int) {
            guard end > start, count < out.count else { return }
            let hash = KeyHash.of(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            if particles.contains(hash) || end - start < minimumWordLength { return }
            out[count] = hash
            count += 1
        }
        for index in 0..<bytes.count where bytes[index] == 0x20 {
            add(index)
            start = index + 1
        }
        add(bytes.count)
        return count
    }
}
