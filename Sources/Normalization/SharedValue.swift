/// An immutable value behind one reference, so that customers whose fields parse to the same value
/// (a surname, a given name from a worker's memo) hold one copy of it: 8 bytes a customer instead of
/// the value's inline size, and one retain instead of one per string when a result is copied.
final class SharedValue<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

// Equal and hashed by value, so a struct holding shared parts compares by what it holds.
extension SharedValue: Equatable where Value: Equatable {
    static func == (left: SharedValue, right: SharedValue) -> Bool {
        left === right || left.value == right.value
    }
}

extension SharedValue: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
