import Dispatch

/// Wall-clock seconds per stage, in the order the stages ran, and the peak resident memory each
/// measured stage reached; printed by `analyze` and the benchmarks.
public struct StageTimings: Sendable {
    public struct Stage: Sendable {
        public var name: String
        public var seconds: Double
        /// The highest resident memory while the stage ran, in MiB (nil where not measured).
        public var peakMiB: Double?
    }

    public private(set) var stages: [Stage] = []

    public init() {}

    public mutating func record(_ name: String, _ seconds: Double, peakMiB: Double? = nil) {
        stages.append(Stage(name: name, seconds: seconds, peakMiB: peakMiB))
    }

    /// Runs a stage, recording its time and its own memory peak (the peak is reset as it starts).
    public mutating func measure<Value>(_ name: String, _ body: () throws -> Value) rethrows -> Value {
        ProcessMemory.resetPeak()
        let start = DispatchTime.now()
        let value = try body()
        record(name, Self.seconds(since: start), peakMiB: ProcessMemory.peakMiB())
        return value
    }

    public static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
