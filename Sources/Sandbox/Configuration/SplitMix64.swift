import CustomerModel

// Faults and drift use the project's seeded SplitMix64, so they repeat from run to run.
extension SplitMix64 {
    /// A uniform value in 0..<1.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
