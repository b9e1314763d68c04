/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele et al. 2014).
///
/// The standard library's `SystemRandomNumberGenerator` cannot be seeded, and the generator, the
/// sandbox's faults, the matcher's sampling and the tests promise "same seed, same result", so every
/// draw goes through this type.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A uniform value in 0..<1 (the top 53 bits), for fault and drift rates.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
