import AuditSupport
import CustomerModel
import Foundation
import Matching
import Normalization
import Quality

/// Stage results shaped like a real run on a Dutch customer base: customers with realistic
/// field lengths, findings of the shipped rule kinds, clusters of 2–3 members with evidence.
/// Seeded, so every run measures the same data.
struct SyntheticAudit {
    var customers: [NormalizedCustomer] = []
    var findings: [Finding] = []
    var clusters: [DuplicateCluster] = []
    var pairScores: [Double] = []

    static let firstNames = ["Jan", "Piet", "Kees", "Anna", "Sanne", "Daan", "Emma", "Lotte", "Bram", "Fleur", "Sem", "Julia"]
    static let particles = [nil, nil, nil, "van", "de", "van der", "van den", "ter"]
    static let surnames = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker"]
    static let streets = ["Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Industrieweg", "Beukenlaan"]
    static let cities = ["Utrecht", "Nistelrode", "Rotterdam", "Tilburg", "Zwolle", "Groningen", "Arnhem"]
    static let rules: [(rule: String, severity: Severity, field: String, message: String)] = [
        ("postcode.format", .error, "postcode", "Postcode is not written as 1234 AB"),
        ("email.format", .error, "email", "E-mail address has no valid domain"),
        ("phone.format", .warning, "phone_numbers[mob]", "Mobile number is not in international form"),
        ("name.whitespace", .info, "name", "Surname has surrounding spaces"),
        ("email.typo", .warning, "email", "E-mail domain looks like a typo"),
        ("vat.checksum", .error, "vat_number", "VAT number fails its check digits"),
        ("name.case", .info, "first_name", "First name is written in capitals"),
        ("house_number.missing", .warning, "house_number", "House number is missing"),
    ]

    init(customerCount: Int, clusterCount: Int, findingCount: Int, seed: UInt64 = 42) {
        var random = SplitMix64(seed: seed)
        for id in 1...customerCount { customers.append(Self.customer(id, &random)) }
        for index in 0..<findingCount {
            let rule = Self.rules[index % Self.rules.count]
            let id = Int.random(in: 1...customerCount, using: &random)
            let customer = customers[id - 1].customer
            let (value, suggestion) = Self.problem(rule.rule, customer)
            findings.append(Finding(customerID: id, rule: rule.rule, severity: rule.severity, field: rule.field, value: value,
                                    message: rule.message, suggestion: suggestion))
        }
        var next = 1
        for _ in 0..<clusterCount {
            let size = Int.random(in: 0..<5, using: &random) == 0 ? 3 : 2
            guard next + size <= customerCount else { break }
            let ids = Array(next..<(next + size))
            next += size + Int.random(in: 0...2, using: &random)
            for id in ids.dropFirst() { customers[id - 1] = Self.variant(of: customers[ids[0] - 1], id: id, &random) }
            clusters.append(Self.cluster(ids, customers: customers, &random))
        }
        pairScores = (0..<(clusterCount * 20)).map { _ in pow(Double.random(in: 0...1, using: &random), 3) }
            + clusters.flatMap { $0.pairs.map(\.score) }
    }

    static func customer(_ id: Int, _ random: inout SplitMix64) -> NormalizedCustomer {
        let first = firstNames.randomElement(using: &random)!
        let particle = particles.randomElement(using: &random)!
        let surname = surnames.randomElement(using: &random)!
        let street = streets.randomElement(using: &random)!
        let house = String(Int.random(in: 1...250, using: &random))
        let postcode = "\(Int.random(in: 1000...9999, using: &random)) \(["AB", "GM", "KL", "XZ"].randomElement(using: &random)!)"
        let email = "\(first.lowercased()).\(surname.lowercased().replacingOccurrences(of: " ", with: ""))\(id)@example.nl"
        let mobile = "06-\(Int.random(in: 10_000_000...99_999_999, using: &random))"
        let raw = Customer(customerID: id, customerTypeName: "Particulier", postcode: postcode, houseNumber: house, insertion: particle,
                           firstName: first, name: surname, street: street, city: cities.randomElement(using: &random)!,
                           countryCode: "NL", email: email, datetimeCreated: "2024-03-0\(id % 9 + 1) 10:00:00",
                           phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: id, phoneNumber: mobile)])
        let display = [first, particle, surname].compactMap { $0 }.joined(separator: " ")
        return NormalizedCustomer(id: id, customer: raw,
                                  person: PersonNameResult(firstName: first, particle: particle, surname: surname, displayName: display),
                                  company: CompanyResult(), address: AddressResult(postcode: postcode, street: street),
                                  phones: [], email: EmailResult(raw: email), vat: VATResult(), kvk: KvKResult(), country: CountryResult(code: "NL"))
    }

    /// The value a rule would flag on this customer and the fix it would suggest.
    static func problem(_ rule: String, _ customer: Customer) -> (String?, String?) {
        let first = customer.firstName ?? "", name = customer.name ?? "", postcode = customer.postcode ?? ""
        let mobile = customer.phoneNumbers.first?.phoneNumber ?? ""
        let local = (customer.email ?? "").split(separator: "@").first.map(String.init) ?? ""
        switch rule {
        case "postcode.format": return (postcode.replacingOccurrences(of: " ", with: "").lowercased(), postcode)
        case "email.format": return ("\(local)@example", nil)
        case "phone.format": return (mobile, "+31 6 " + mobile.filter(\.isNumber).dropFirst(2))
        case "name.whitespace": return ("  \(name) ", name)
        case "email.typo": return ("\(local)@gmial.com", "\(local)@gmail.com")
        case "vat.checksum": return ("NL\(String(mobile.filter(\.isNumber).suffix(8)))1B01", nil)
        case "name.case": return (first.uppercased(), first)
        default: return (nil, nil)
        }
    }

    /// The same person entered again: initials for the first name, a postcode without space,
    /// sometimes another e-mail or mobile number, as happens at a shop counter.
    static func variant(of original: NormalizedCustomer, id: Int, _ random: inout SplitMix64) -> NormalizedCustomer {
        var copy = original
        var raw = original.customer
        raw.customerID = id
        if Bool.random(using: &random), let first = raw.firstName?.first { raw.firstName = "\(first)." }
        if Bool.random(using: &random) { raw.postcode = raw.postcode?.replacingOccurrences(of: " ", with: "") }
        if Int.random(in: 0..<3, using: &random) == 0 { raw.email = raw.email?.replacingOccurrences(of: "example.nl", with: "gmail.com") }
        if Int.random(in: 0..<3, using: &random) == 0 {
            raw.phoneNumbers = [PhoneNumber(phoneNumberID: "mob", customerID: id, phoneNumber: "06\(Int.random(in: 10_000_000...99_999_999, using: &random))")]
        }
        raw.datetimeCreated = "2025-0\(id % 9 + 1)-12 16:30:00"
        copy.id = id
        copy.customer = raw
        copy.person.firstName = raw.firstName
        copy.person.displayName = [raw.firstName, raw.insertion, raw.name].compactMap { $0 }.joined(separator: " ")
        return copy
    }

    /// A comparison of one field: exact, close, or different, with weights of typical size.
    static func compare(_ field: String, _ left: String?, _ right: String?) -> Evidence {
        guard let left, let right, !left.isEmpty, !right.isEmpty else {
            return Evidence(field: field, outcome: "null", label: "\(field) missing on one side", weight: 0, left: left, right: right)
        }
        let strength: [String: Double] = ["surname": 4.2, "first_name": 3.1, "postcode": 6.4, "house_number": 2.3, "email": 7.9, "phone": 8.6]
        let base = strength[field] ?? 3
        if left == right { return Evidence(field: field, outcome: "exact", label: "Exact match on \(field)", weight: base, left: left, right: right) }
        let l = left.lowercased().filter { $0.isLetter || $0.isNumber }, r = right.lowercased().filter { $0.isLetter || $0.isNumber }
        if l == r { return Evidence(field: field, outcome: "normalized", label: "Same \(field) after normalizing", weight: base * 0.9, left: left, right: right) }
        if l.first == r.first, field == "first_name" {
            return Evidence(field: field, outcome: "initial", label: "Initial matches first name", weight: 1.2, left: left, right: right)
        }
        return Evidence(field: field, outcome: "else", label: "Different \(field)", weight: -base * 0.45, left: left, right: right)
    }

    /// Fields whose members disagree in a way no rule settles.
    static func conflicts(_ ids: [Int], _ customers: [NormalizedCustomer]) -> [FieldConflict] {
        let phones = ids.map { customers[$0 - 1].customer.phoneNumbers.first?.phoneNumber ?? "" }
        return Set(phones).count > 1 ? [FieldConflict(field: "phone_numbers[mob]", values: phones)] : []
    }

    static func cluster(_ ids: [Int], customers: [NormalizedCustomer], _ random: inout SplitMix64) -> DuplicateCluster {
        var pairs: [ScoredPair] = []
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] {
                let x = customers[a - 1].customer, y = customers[b - 1].customer
                let evidence = [
                    compare("surname", x.name, y.name), compare("first_name", x.firstName, y.firstName),
                    compare("postcode", x.postcode, y.postcode), compare("house_number", x.houseNumber, y.houseNumber),
                    compare("email", x.email, y.email),
                    compare("phone", x.phoneNumbers.first?.phoneNumber, y.phoneNumbers.first?.phoneNumber),
                ]
                let weight = evidence.reduce(-17.5) { $0 + $1.weight }
                pairs.append(ScoredPair(a: a, b: b, score: 1 / (1 + pow(2, -weight)), weight: weight, evidence: evidence))
            }
        }
        let confidence = pairs.map(\.score).min() ?? 0
        let band: Band = confidence >= 0.95 ? .certain : confidence >= 0.8 ? .likely : .possible
        let survivor = ids[0]
        return DuplicateCluster(
            id: "c-\(ids[0])", customerIDs: ids, confidence: confidence, band: band, survivorID: survivor, pairs: pairs,
            merged: [MergedValue(field: "email", value: customers[survivor - 1].customer.email ?? "", reason: "most_recent", fromCustomer: survivor),
                     MergedValue(field: "postcode", value: customers[survivor - 1].customer.postcode ?? "", reason: "valid", fromCustomer: survivor)],
            conflicts: conflicts(ids, customers))
    }
}
