import CustomerModel
import Normalization

/// A Dutch postcode and house number name one house, so the customers living there give one street
/// and one city. When most of them agree, a record that says otherwise has a typo in its street or
/// a wrong city (or a wrong postcode), and the majority is the suggestion. No address register is
/// asked: the customer base itself is the evidence, and how many agree is the confidence.
public struct StreetConsensusRule: CrossRecordRule {
    /// Customers that must give the majority's street (or city) before another is reported.
    public var minimumAgreeing = 2
    /// The majority's share of the customers at the address who give a street (or city).
    public var minimumShare = 0.66

    public static let description = RuleDescription(
        id: "address.consensus",
        summary: "Street and city agree with what most customers at the same Dutch postcode and house number give.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("minimum_agreeing", type: "whole number", "Customers that must agree on a street or city before another is reported."),
            RuleParameterDoc("minimum_share", type: "number", "The share of the customers at the address that must agree (0.66: two in three)."),
        ],
        triggering: [
            RuleExample("a typo in the street", customers: [
                at("Raadhuisplein", "Nistelrode"), at("Raadhuisplein", "Nistelrode"), at("Raadhuisplein", "Nistelrode"), at("Raadhuisplien", "Nistelrode"),
            ], field: "street", suggestion: "Raadhuisplein"),
            RuleExample("a wrong city", customers: [at("Raadhuisplein", "Nistelrode"), at("Raadhuisplein", "Nistelrode"), at("Raadhuisplein", "Oss")],
                        field: "city", suggestion: "Nistelrode"),
        ],
        nonTriggering: [
            RuleExample("all agree, written differently", customers: [at("Raadhuisplein", "Nistelrode"), at("raadhuisplein", "NISTELRODE"),
                                                                      at("Raadhuisplein ", "Nistelrode")]),
            RuleExample("one against one is no majority", customers: [at("Raadhuisplein", "Nistelrode"), at("Raadhuisplien", "Nistelrode")]),
            RuleExample("other countries are not compared", customers: [
                Customer(postcode: "1000", houseNumber: "1", street: "Rue Neuve", city: "Bruxelles", countryCode: "BE"),
                Customer(postcode: "1000", houseNumber: "1", street: "Rue Neuve", city: "Bruxelles", countryCode: "BE"),
                Customer(postcode: "1000", houseNumber: "1", street: "Nieuwstraat", city: "Brussel", countryCode: "BE"),
            ]),
        ])

    static func at(_ street: String, _ city: String) -> Customer {
        Customer(postcode: "5388 GM", houseNumber: "1", street: street, city: city, countryCode: "NL")
    }

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        minimumAgreeing = try parameters.int("minimum_agreeing") ?? minimumAgreeing
        minimumShare = try parameters.number("minimum_share") ?? minimumShare
    }

    public func check(_ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        var byAddress: [String: [Int]] = [:]
        for index in customers.indices {
            let address = customers[index].address
            guard customers[index].country.effective == "NL", address.postcodeOutcome == .valid,
                  let postcode = address.postcodeKey, let number = address.houseNumber else { continue }
            byAddress["\(postcode) \(number)", default: []].append(index)
        }
        // Addresses in order of their first customer, so the findings come out the same every run.
        for members in byAddress.values.filter({ $0.count > minimumAgreeing }).sorted(by: { $0[0] < $1[0] }) {
            let first = customers[members[0]]
            let place = "\(first.address.postcode ?? "") \(first.address.houseNumber ?? 0)"
            check(members, customers, field: .street, place: place, into: &sink) { ($0.address.streetKey, $0.address.street) }
            check(members, customers, field: .city, place: place, into: &sink) { ($0.address.cityKey, $0.address.city) }
        }
    }

    private func check(_ members: [Int], _ customers: [NormalizedCustomer], field: CustomerField, place: String,
                       into sink: inout FindingSink, value: (NormalizedCustomer) -> (key: String?, display: String?)) {
        let votes = members.compactMap { index -> (key: String, display: String)? in
            let (key, display) = value(customers[index])
            guard let key, let display else { return nil }
            return (key, display)
        }
        guard let majority = MajorityVote(votes, minimumAgreeing: minimumAgreeing, minimumShare: minimumShare) else { return }
        let label = FieldNames.label(field)
        for index in members {
            guard let key = value(customers[index]).key, key != majority.key else { continue }
            sink.report(customerID: customers[index].id, field: field.rawValue, value: customers[index].customer[field],
                        message: "\(majority.agreeing) of \(majority.voters) customers at \(place) give the \(label) "
                            + "\(majority.display); this one differs. A typo, or a wrong postcode or house number?",
                        suggestion: majority.display)
        }
    }
}
