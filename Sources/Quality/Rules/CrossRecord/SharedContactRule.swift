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
            RuleExample("four contacts of one company", customers: ["Jansen", "de Vries", "Bakker", "Visser"].map {
                Customer(customerTypeName: "Zakelijk", companyName: "Fietsfabriek B.V.", name: $0, email: "info@fietsfabriek.nl")
            }),
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
        // Emails and phones are grouped at the same time, one per core.
        let grouped = ParallelChunks.mapEach(fields.filter { $0 == .email || $0 == .phoneNumbers }) { field in
            field == .email
                // Reading single fields of customers[index] copies only those, not the whole customer.
                ? groups(customers) { index, add in
                    if customers[index].email.outcome == .valid, let key = customers[index].email.key { add(key, -1) }
                }
                : groups(customers) { index, add in
                    for (slot, phone) in customers[index].phones.enumerated() where phone.outcome == .valid {
                        if let e164 = phone.e164 { add(e164, slot) }
                    }
                }
        }
        for (field, groups) in zip(fields.filter { $0 == .email || $0 == .phoneNumbers }, grouped) {
            report(groups, what: field == .email ? "email address" : "phone number", customers, into: &sink)
        }
    }

    /// A user of a shared value: the customer's index and, for phones, the entry's position.
    private typealias User = (index: Int, slot: Int)

    /// Values used by at least `minimumCustomers` customers, with their users in input order.
    /// Nearly every value is used once, so the first user is kept without allocating a list.
    private func groups(_ customers: [NormalizedCustomer],
                        _ keys: (Int, (String, Int) -> Void) -> Void) -> [[User]] {
        var first: [String: User] = Dictionary(minimumCapacity: customers.count)
        var shared: [String: [User]] = [:]
        do {
            for index in customers.indices {
                keys(index) { key, slot in
                    if let existing = first[key] {
                        if shared[key] == nil { shared[key] = [existing] }
                        shared[key]!.append((index, slot))
                    } else {
                        first[key] = (index, slot)
                    }
                }
            }
        }
        return shared.values.filter { $0.count >= minimumCustomers }.sorted { $0[0].index < $1[0].index }
    }

    private func report(_ groups: [[User]], what: String, _ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        for users in groups {
            let names = Set(users.map { Self.identity(customers[$0.index]) })
            guard names.count >= minimumCustomers else { continue }
            for user in users {
                let customer = customers[user.index]
                let (field, raw) = user.slot < 0
                    ? (CustomerField.email.rawValue, customer.customer.email)
                    : (PhoneField.name(customer.phones[user.slot], index: user.slot), customer.phones[user.slot].raw)
                sink.report(customerID: customer.id, field: field, value: raw,
                            message: "This \(what) is used by \(users.count) customers with \(names.count) different names; check that it is really theirs.")
            }
        }
    }

    /// Contacts of one company share its info@ address and switchboard, so a company counts once.
    static func identity(_ customer: NormalizedCustomer) -> String {
        if let company = customer.company.key, !company.isEmpty { return "c:" + company }
        if let surname = customer.person.surnameKey, !surname.isEmpty { return "p:" + surname }
        return "n:" + TextInspection.collapsed(customer.customer.name ?? "").lowercased() + "#\(customer.id)"
    }
}
