import CustomerModel
import Normalization

/// One email address or phone number used by many customers with different names: a shop's own
/// number typed in as a placeholder, or a shared mailbox. Duplicates of one person (same name) and
/// small households stay below the threshold.
public struct SharedContactRule: CrossRecordRule {
    public var fields: [CustomerField] = [.email, .phoneNumbers]
    /// Reported when at least this many differently named customers share the value.
    public var minimumCustomers = 4

    public static let description = RuleDescription(
        id: "contact.shared",
        summary: "An email address or phone number is not shared by many customers with different names.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("fields", type: "list of fields", "email and/or phone_numbers."),
            RuleParameterDoc("minimum_customers", type: "whole number", "Differently named customers sharing a value before it is reported."),
        ],
        triggering: [
            RuleExample("one address, four names", customers: ["Jansen", "de Vries", "Bakker", "Visser"].map {
                Customer(name: $0, email: "info@fietsenwinkel.nl")
            }, field: "email"),
            RuleExample("one phone, four names", customers: ["Jansen", "de Vries", "Bakker", "Visser"].map {
                Customer(name: $0, countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "tel", phoneNumber: "0733030050")])
            }, field: "phone_numbers[tel]"),
        ],
        nonTriggering: [
            RuleExample("a household of three", customers: ["Jansen", "Jansen", "de Vries"].map {
                Customer(name: $0, email: "familie@jansen.nl")
            }),
            RuleExample("one person entered four times", customers: Array(repeating: Customer(name: "Jansen", email: "jan@jansen.nl"), count: 4)),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fields = try parameters.fields("fields") ?? fields
        minimumCustomers = try parameters.int("minimum_customers") ?? minimumCustomers
        if let bad = fields.first(where: { $0 != .email && $0 != .phoneNumbers }) {
            throw parameters.error("fields", "only email and phone_numbers can be checked, not \(bad.rawValue)")
        }
    }

    public func check(_ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        // Value → (customer index, field name, raw value) of everyone using it.
        var groups: [String: [(index: Int, field: String, raw: String?)]] = [:]
        for (index, customer) in customers.enumerated() {
            if fields.contains(.email), customer.email.outcome == .valid, let key = customer.email.key {
                groups["e:" + key, default: []].append((index, CustomerField.email.rawValue, customer.customer.email))
            }
            if fields.contains(.phoneNumbers) {
                for (slot, phone) in customer.phones.enumerated() where phone.outcome == .valid {
                    guard let e164 = phone.e164 else { continue }
                    groups["p:" + e164, default: []].append((index, PhoneField.name(phone, index: slot), phone.raw))
                }
            }
        }
        for (key, users) in groups where users.count >= minimumCustomers {
            let names = Set(users.map { Self.identity(customers[$0.index]) })
            guard names.count >= minimumCustomers else { continue }
            let what = key.hasPrefix("e:") ? "email address" : "phone number"
            for user in users {
                sink.report(customerID: customers[user.index].id, field: user.field, value: user.raw,
                            message: "This \(what) is used by \(users.count) customers with \(names.count) different names; check that it is really theirs.")
            }
        }
    }

    /// Who a customer is, for telling unrelated customers from one person entered twice.
    static func identity(_ customer: NormalizedCustomer) -> String {
        if let surname = customer.person.surnameKey, !surname.isEmpty { return "p:" + surname }
        if let company = customer.company.key, !company.isEmpty { return "c:" + company }
        return "n:" + TextInspection.collapsed(customer.customer.name ?? "").lowercased() + "#\(customer.id)"
    }
}
