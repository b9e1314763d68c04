/// 64-bit FNV-1a hashes of match keys. Zero is reserved for "missing", so an array of hashes is
/// also the presence mask. Equal keys give equal hashes in every run (no per-process seed), which
/// the saved model's term frequencies and the benchmarks rely on.
public enum KeyHash {
    @inline(__always)
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.isEmpty { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash == 0 ? 1 : hash
    }

    /// Hash of a string's UTF-8 bytes; 0 for nil or empty.
    public static func of(_ string: String?) -> UInt64 {
        guard var string, !string.isEmpty else { return 0 }
        return string.withUTF8 { of($0) }
    }

    /// Combines the hashes of a multi-part blocking key; 0 when any part is missing.
    @inline(__always)
    public static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 || b == 0 { return 0 }
        var x = a ^ (b &+ 0x9e37_79b9_7f4a_7c15 &+ (a << 6) &+ (a >> 2))
        // SplitMix64 finaliser spreads the bits so block ids sort uniformly.
        x = (x ^ (x >> 30)) &* 0xbf58_476d_1ce4_e5b9
        x = (x ^ (x >> 27)) &* 0x94d0_49bb_1331_11eb
        x ^= x >> 31
        return x == 0 ? 1 : x
    }
}
