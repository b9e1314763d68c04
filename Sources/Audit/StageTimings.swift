import Dispatch

/// Wall-clock seconds per stage, in the order the stages ran; printed by `analyze` and the benchmarks.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    public mutating func record(_ name: String, _ seconds: Double) {
        stages.append((name, seconds))
    }

    public mutating func measure<Value>(_ name: String, _ body: () throws -> Value) rethrows -> Value {
        let start = DispatchTime.now()
        let value = try body()
        record(name, Self.seconds(since: start))
        return value
    }

    public static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
