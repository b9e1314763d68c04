import Testing
@testable import Matching

struct RadixSortTests {
    @Test(arguments: [0, 1, 2, 255, 256, 5_000])
    func sortsKeysLikeTheStandardSort(count: Int) {
        var generator = SystemRandomNumberGenerator()
        // Keys whose high bytes are shared (as in pair keys) and keys spread over all 64 bits.
        let narrow = (0..<count).map { _ in UInt64.random(in: 0..<(1 << 20), using: &generator) | 0xAB00_0000_0000_0000 }
        let wide = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
        for keys in [narrow, wide] {
            var sorted = keys
            sorted.withUnsafeMutableBufferPointer { RadixSort.sort($0) }
            #expect(sorted == keys.sorted())
        }
    }

    @Test func carriesPayloadsAndKeepsTheirOrderAmongEqualKeys() {
        var generator = SystemRandomNumberGenerator()
        let count = 10_000
        var keys = (0..<count).map { _ in UInt64.random(in: 0..<300, using: &generator) &* 0x9E37_79B9_7F4A_7C15 }
        var payload = (0..<count).map(Int32.init)
        let expected = zip(keys, payload).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        RadixSort.sort(&keys, payload: &payload)
        #expect(keys == expected.map(\.0))
        #expect(payload == expected.map(\.1))
    }
}
