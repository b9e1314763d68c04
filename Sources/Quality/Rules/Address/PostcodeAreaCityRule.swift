import CustomerModel
import Normalization

/// The four digits of a Dutch postcode name an area within one town (5388 is Nistelrode). When most
/// customers with those digits give one city, a customer giving a city hardly anyone there gives
/// has a mistyped postcode or a wrong city. The customer base itself is the evidence: how many
/// agree is the confidence, and a place several customers give is taken as a real village there.
public struct PostcodeAreaCityRule: CrossRecordRule {
    /// Customers of the area that must give the majority's city.
    public var minimumAgreeing = 5
    /// The majority's share of the area's customers that give a city.
    public var minimumShare = 0.8
    /// A city this many customers of the area give is a real place there, not a mistake.
    public var realPlaceCustomers = 3

    public static let description = RuleDescription(
        id: "postcode.area_city",
        summary: "A Dutch postcode's four digits fit the city most customers with those digits give.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("minimum_agreeing", type: "whole number", "Customers of a postcode area that must agree on its city."),
            RuleParameterDoc("minimum_share", type: "number", "The share of the area's customers that must agree (0.8: four in five)."),
            RuleParameterDoc("real_place_customers", type: "whole number",
                             "A city given by this many customers of the area is taken as a real place in it and not reported."),
        ],
        triggering: [
            RuleExample("5388 is Nistelrode, not Oss", customers: Array(repeating: living("5388 GM", "Nistelrode"), count: 5) + [living("5388 GN", "Oss")],
                        field: "postcode"),
        ],
        nonTriggering: [
            RuleExample("all agree", customers: Array(repeating: living("5388 GM", "Nistelrode"), count: 6)),
            RuleExample("too few customers to tell", customers: Array(repeating: living("5388 GM", "Nistelrode"), count: 3) + [living("5388 GN", "Oss")]),
            RuleExample("a village inside the area", customers: Array(repeating: living("5388 GM", "Nistelrode"), count: 12)
                + Array(repeating: living("5388 KL", "Vorstenbosch"), count: 3)),
        ])

    static func living(_ postcode: String, _ city: String) -> Customer {
        Customer(postcode: postcode, houseNumber: "1", street: "Kerkstraat", city: city, countryCode: "NL")
    }

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        minimumAgreeing = try parameters.int("minimum_agreeing") ?? minimumAgreeing
        minimumShare = try parameters.number("minimum_share") ?? minimumShare
        realPlaceCustomers = try parameters.int("real_place_customers") ?? realPlaceCustomers
    }

    public func check(_ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        var byArea: [Substring: [Int]] = [:]
        for index in customers.indices {
            let address = customers[index].address
            guard customers[index].country.effective == "NL", address.postcodeOutcome == .valid,
                  let postcode = address.postcodeKey, postcode.count >= 4, address.cityKey != nil else { continue }
            byArea[postcode.prefix(4), default: []].append(index)
        }
        for (area, members) in byArea.sorted(by: { $0.key < $1.key }) where members.count > minimumAgreeing {
            let votes = members.map { (key: customers[$0].address.cityKey!, display: customers[$0].address.city ?? "") }
            guard let majority = MajorityVote(votes, minimumAgreeing: minimumAgreeing, minimumShare: minimumShare) else { continue }
            var perCity: [String: Int] = [:]
            for vote in votes { perCity[vote.key, default: 0] += 1 }
            for (index, vote) in zip(members, votes) where vote.key != majority.key && perCity[vote.key, default: 0] < realPlaceCustomers {
                sink.report(customerID: customers[index].id, field: CustomerField.postcode.rawValue, value: customers[index].customer.postcode,
                            message: "\(majority.agreeing) of \(majority.voters) customers with a postcode \(area) live in \(majority.display), "
                                + "this one in \(vote.display): the postcode or the city is probably wrong.")
            }
        }
    }
}
