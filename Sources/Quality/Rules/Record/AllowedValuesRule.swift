import CustomerModel
import Foundation
import Normalization

/// Fields that take one of a fixed set of values, such as the customer type.
public struct AllowedValuesRule: RecordRule {
    /// Per field, the values allowed (as the API spells them). Blank values are not checked.
    public var values: [CustomerField: [String]] = [.customerTypeName: ["Klant", "Zakelijk", "E-commerce"]] {
        didSet { ordered = Self.order(values) }
    }
    /// `values` in field order, with sets for lookups.
    private var ordered: [(CustomerField, [String], Set<String>)] = AllowedValuesRule.order([.customerTypeName: ["Klant", "Zakelijk", "E-commerce"]])
    private static func order(_ values: [CustomerField: [String]]) -> [(CustomerField, [String], Set<String>)] {
        values.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value, Set($0.value)) }
    }

    public static func == (lhs: AllowedValuesRule, rhs: AllowedValuesRule) -> Bool { lhs.values == rhs.values }
    public func hash(into hasher: inout Hasher) { hasher.combine(values) }

    public static let description = RuleDescription(
        id: "allowed_values",
        summary: "Fields with a fixed set of values hold one of them (customer types Klant, Zakelijk, E-commerce by default).",
        defaultSeverity: .warning,
        parameters: [RuleParameterDoc("values", type: "map of field to list of texts", "Allowed values per field.")],
        safeToApply: true,
        triggering: [
            RuleExample("unknown type", Customer(customerTypeName: "Particulier"), field: "customer_type_name"),
            RuleExample("wrong case", Customer(customerTypeName: "zakelijk"), field: "customer_type_name", suggestion: "Zakelijk"),
        ],
        nonTriggering: [
            RuleExample("Klant", Customer(customerTypeName: "Klant")),
            RuleExample("E-commerce", Customer(customerTypeName: "E-commerce")),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        values = try parameters.fieldMap("values") ?? values
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for (field, allowed, allowedSet) in ordered {
            guard let value = customer.customer[field], !allowedSet.contains(value), !TextInspection.isBlank(value) else { continue }
            let trimmed = TextInspection.collapsed(value)
            let suggestion = allowed.first { $0.caseInsensitiveCompare(trimmed) == .orderedSame }
            let list = allowed.joined(separator: ", ")
            sink.report(customerID: customer.id, field: field.rawValue, value: value,
                        message: suggestion.map { "The \(FieldNames.label(field)) should be written as \($0)." }
                            ?? "The \(FieldNames.label(field)) is not one of the known values (\(list)).",
                        suggestion: suggestion)
        }
    }
}
