import CustomerModel
import Foundation
import Normalization

/// Numbers that must lie in a range, such as a discount of 0–100 %.
public struct NumericRangeRule: RecordRule {
    public struct Range: Sendable, Hashable {
        public var minimum: Double
        public var maximum: Double
    }

    public var ranges: [CustomerField: Range] = [.discountPercentage: Range(minimum: 0, maximum: 100)] {
        didSet { ordered = Self.order(ranges) }
    }
    /// `ranges` in field order, so findings come out the same way every run.
    private var ordered: [(CustomerField, Range)] = [(.discountPercentage, Range(minimum: 0, maximum: 100))]
    private static func order(_ ranges: [CustomerField: Range]) -> [(CustomerField, Range)] {
        ranges.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
    }

    public static func == (lhs: NumericRangeRule, rhs: NumericRangeRule) -> Bool { lhs.ranges == rhs.ranges }
    public func hash(into hasher: inout Hasher) { hasher.combine(ranges) }

    public static let description = RuleDescription(
        id: "numeric.range",
        summary: "Numeric fields are numbers within their range (discount_percentage 0–100 by default).",
        defaultSeverity: .error,
        parameters: [RuleParameterDoc("ranges", type: "map of field to {min, max}", "The range of each numeric field.")],
        triggering: [
            RuleExample("discount over 100", Customer(discountPercentage: "150"), field: "discount_percentage"),
            RuleExample("negative discount", Customer(discountPercentage: "-5"), field: "discount_percentage"),
            RuleExample("not a number", Customer(discountPercentage: "tien"), field: "discount_percentage"),
        ],
        nonTriggering: [
            RuleExample("zero", Customer(discountPercentage: "0")),
            RuleExample("decimal", Customer(discountPercentage: "12.5")),
            RuleExample("absent", Customer(discountPercentage: nil)),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        guard let read = try parameters.fieldNumbers("ranges", allowed: ["min", "max"]) else { return }
        ranges = [:]
        for (field, numbers) in read {
            let line = parameters.line("ranges", field.rawValue)
            guard let minimum = numbers["min"], let maximum = numbers["max"] else {
                throw parameters.error("ranges.\(field.rawValue)", "needs both min and max", line: line)
            }
            guard minimum <= maximum else { throw parameters.error("ranges.\(field.rawValue)", "min is larger than max", line: line) }
            ranges[field] = Range(minimum: minimum, maximum: maximum)
        }
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for (field, range) in ordered {
            guard let value = customer.customer[field], !TextInspection.isBlank(value) else { continue }
            let label = FieldNames.label(field)
            guard let number = Self.number(value) else {
                sink.report(customerID: customer.id, field: field.rawValue, value: value, message: "The \(label) is not a number.")
                continue
            }
            if number < range.minimum || number > range.maximum {
                sink.report(customerID: customer.id, field: field.rawValue, value: value,
                            message: "The \(label) is outside \(Self.format(range.minimum))–\(Self.format(range.maximum)).")
            }
        }
    }

    /// Accepts a decimal comma, as Dutch users type it.
    static func number(_ text: String) -> Double? {
        if let value = Double(text), value.isFinite { return value }
        let cleaned = TextInspection.collapsed(text).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
