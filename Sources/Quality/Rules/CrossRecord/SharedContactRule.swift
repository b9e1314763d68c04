import AuditSupport
import CustomerModel
import Normalization

/// One email address or phone number used across households: a shop's own number typed in as a
/// placeholder, or a shared mailbox. Within one household sharing is normal (a family's landline,
/// a couple's address), so customers at one address, with one surname or of one company count as
/// one household; a value is reported when several households use it, or implausibly many customers.
public struct SharedContactRule: CrossRecordRule {
    public var fields: [CustomerField] = [.email, .phoneNumbers]
    /// Reported when at least this many households share the value.
    public var minimumHouseholds = 3
    /// Reported when at least this many customers share the value, households or not (a company
    /// counts once: its contacts share its address).
    public var implausibleCustomers = 8

    public static let description = RuleDescription(
        id: "contact.shared",
        summary: "An email address or phone number is not shared across households (different addresses and surnames) "
            + "or by implausibly many customers.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("fields", type: "list of fields", "email and/or phone_numbers."),
            RuleParameterDoc("minimum_households", type: "whole number",
                             "Households sharing a value before it is reported; one address, one surname or one company is one household."),
            RuleParameterDoc("implausible_customers", type: "whole number", "Customers sharing a value before it is reported in any case."),
        ],
        triggering: [
            RuleExample("one address, four names", customers: ["Jansen", "de Vries", "Bakker", "Visser"].map {
                Customer(name: $0, email: "info@fietsenwinkel.nl")
            }, field: "email"),
            RuleExample("one phone, three addresses", customers: [("Jansen", "1011 AB", "1"), ("de Vries", "3511 CD", "20"), ("Bakker", "9711 EF", "3")].map {
                Customer(postcode: $0.1, houseNumber: $0.2, name: $0.0, countryCode: "NL",
                         phoneNumbers: [PhoneNumber(phoneNumberID: "tel", phoneNumber: "0733030050")])
            }, field: "phone_numbers[tel]"),
            RuleExample("one address for eight customers", customers: (1...8).map {
                Customer(postcode: "5388 GM", houseNumber: "\($0)", name: "Jansen", email: "info@jansen.nl")
            }, field: "email"),
        ],
        nonTriggering: [
            RuleExample("a household of three", customers: ["Jansen", "Jansen", "de Vries"].map {
                Customer(name: $0, email: "familie@jansen.nl")
            }),
            RuleExample("a family's landline: five customers, four names, one address", customers: ["Jansen", "de Vries", "Jansen-de Vries", "Bakker", "Jansen"].map {
                Customer(postcode: "5388 GM", houseNumber: "12", name: $0, countryCode: "NL",
                         phoneNumbers: [PhoneNumber(phoneNumberID: "tel", phoneNumber: "0412 123456")])
            }),
            RuleExample("one person entered four times", customers: Array(repeating: Customer(name: "Jansen", email: "jan@jansen.nl"), count: 4)),
            RuleExample("four contacts of one company", customers: ["Jansen", "de Vries", "Bakker", "Visser"].map {
                Customer(customerTypeName: "Zakelijk", companyName: "Fietsfabriek B.V.", name: $0, email: "info@fietsfabriek.nl")
            }),
            RuleExample("twelve contacts of one company", customers: (1...12).map {
                Customer(customerTypeName: "Zakelijk", companyName: "Fietsfabriek B.V.", name: "Contact \($0)", email: "info@fietsfabriek.nl")
            }),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fields = try parameters.fields("fields") ?? fields
        minimumHouseholds = try parameters.int("minimum_households") ?? minimumHouseholds
        implausibleCustomers = try parameters.int("implausible_customers") ?? implausibleCustomers
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

    /// Values used by enough customers to be reported, with their users in input order.
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
        let smallest = max(2, min(minimumHouseholds, implausibleCustomers))
        return shared.values.filter { $0.count >= smallest }.sorted { $0[0].index < $1[0].index }
    }

    private func report(_ groups: [[User]], what: String, _ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        for users in groups {
            let people = Set(users.map(\.index)).count
            let sharing = users.map { customers[$0.index] }
            let households = Self.households(sharing)
            guard households >= minimumHouseholds || Self.parties(sharing) >= implausibleCustomers else { continue }
            for user in users {
                let customer = customers[user.index]
                let (field, raw) = user.slot < 0
                    ? (CustomerField.email.rawValue, customer.customer.email)
                    : (PhoneField.name(customer.phones[user.slot], index: user.slot), customer.phones[user.slot].raw)
                let spread = households == 1 ? "at one address or of one family or company" : "in \(households) households (different addresses and names)"
                sink.report(customerID: customer.id, field: field, value: raw,
                            message: "This \(what) is used by \(people) customers \(spread); check that it is really theirs.")
            }
        }
    }

    /// How many households the customers form: customers at one address (postcode and house
    /// number), with one surname or of one company are one household, and so is a chain of them.
    static func households(_ customers: [NormalizedCustomer]) -> Int {
        var parent = Array(customers.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { parent[index] = parent[parent[index]]; index = parent[index] }
            return index
        }
        var firstByKey: [String: Int] = [:]
        for (index, customer) in customers.enumerated() {
            for key in householdKeys(customer) {
                if let first = firstByKey[key] { parent[root(index)] = root(first) } else { firstByKey[key] = index }
            }
        }
        return Set(customers.indices.map(root)).count
    }

    /// How many parties share a value: a company's contacts share its info@ address and switchboard,
    /// so a company counts once; every private customer counts.
    static func parties(_ customers: [NormalizedCustomer]) -> Int {
        var companies = Set<String>()
        var people = Set<Int>()
        for customer in customers {
            if let company = customer.company.key, !company.isEmpty { companies.insert(company) } else { people.insert(customer.id) }
        }
        return companies.count + people.count
    }

    /// Keys any of which puts two customers in one household.
    static func householdKeys(_ customer: NormalizedCustomer) -> [String] {
        var keys: [String] = []
        if let postcode = customer.address.postcodeKey, !postcode.isEmpty, let number = customer.address.houseNumber {
            keys.append("a:\(postcode) \(number)\(customer.address.houseNumberPostfix ?? "")")
        }
        if let company = customer.company.key, !company.isEmpty { keys.append("c:" + company) }
        if let surname = customer.person.surnameKey, !surname.isEmpty { keys.append("p:" + surname) }
        // A surname key drops particles, so "Jansen-de Vries" and "Jansen" stay apart; a double name
        // also joins the household of each of its parts.
        if let surname = customer.person.surnameKey, surname.contains("-") {
            for part in surname.split(separator: "-") where !part.isEmpty { keys.append("p:" + part) }
        }
        return keys
    }
}
