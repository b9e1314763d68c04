import CustomerModel
import Foundation
import Matching
import Normalization
import Quality
@testable import Reporting

/// Hand-made stage results for reporting tests: a few Dutch customers, findings of each
/// severity and clusters of each band, built as the quality and matching stages would.
enum ReportFixture {
    static let generatedAt = Date(timeIntervalSince1970: 1_795_946_400) // 2026-11-29T10:00:00Z
    static let thresholds: [Band: Double] = [.certain: 0.95, .likely: 0.8, .possible: 0.5]

    static func customer(_ id: Int, first: String?, insertion: String? = nil, name: String?, company: String? = nil,
                         street: String? = "Dorpsstraat", house: String? = "12", postcode: String? = "5388 GM",
                         city: String? = "Nistelrode", email: String? = nil, mobile: String? = nil) -> NormalizedCustomer {
        let raw = Customer(customerID: id, postcode: postcode, houseNumber: house, companyName: company, insertion: insertion,
                           firstName: first, name: name, street: street, city: city, countryCode: "NL", email: email,
                           phoneNumbers: mobile.map { [PhoneNumber(phoneNumberID: "mob", customerID: id, phoneNumber: $0)] } ?? [])
        let display = [first, insertion, name].compactMap { $0 }.joined(separator: " ")
        return NormalizedCustomer(
            id: id, customer: raw,
            person: PersonNameResult(firstName: first, particle: insertion, surname: name, displayName: display),
            company: CompanyResult(display: company), address: AddressResult(postcode: postcode, street: street, city: city),
            phones: [], email: EmailResult(raw: email), vat: VATResult(), kvk: KvKResult(), country: CountryResult(raw: "NL", code: "NL"))
    }

    static var customers: [NormalizedCustomer] {
        [
            customer(6, first: "Piet", name: "Jansen", postcode: "5388gm", email: "piet@jansen.nl", mobile: "06-12345678"),
            customer(8, first: "Jan", insertion: "van der", name: "Berg", street: "Kerkstraat", house: "4", postcode: "1234 AB",
                     city: "Utrecht", email: "jan.vdberg@example.nl", mobile: "06-11112222"),
            customer(1006, first: "J.", insertion: "v.d.", name: "Berg", street: "Kerkstr.", house: "4", postcode: "1234AB",
                     city: "Utrecht", email: "jan.vdberg@example.nl", mobile: "0611112223"),
            customer(20, first: "Anna", name: "de Vries", street: "Molenweg", house: "7", postcode: "3011 AA", city: "Rotterdam",
                     email: "anna@devries.nl"),
            customer(21, first: "Anne", name: "de Vries", street: "Molenweg", house: "7", postcode: "3011 AA", city: "Rotterdam",
                     email: "anne@devries.nl"),
            customer(30, first: nil, name: nil, company: "Fietsen Jansen B.V.", street: "Industrieweg", house: "3", postcode: "5000 AA",
                     city: "Tilburg", email: "info@fietsenjansen.nl"),
            customer(31, first: nil, name: nil, company: "Jansen Fietsen BV", street: "Industrieweg", house: "3", postcode: "5000AA",
                     city: "Tilburg", email: "info@fietsenjansen.nl"),
            customer(32, first: "Karel", name: "Jansen", company: "Jansen Fietsen", street: "Industrieweg", house: "3a",
                     postcode: "5000 AA", city: "Tilburg"),
        ]
    }

    static var findings: [Finding] {
        [
            Finding(customerID: 6, rule: "postcode.format", severity: .error, field: "postcode", value: "5388gm",
                    message: "Postcode 5388gm is not written as 1234 AB", suggestion: "5388 GM"),
            Finding(customerID: 1006, rule: "postcode.format", severity: .error, field: "postcode", value: "1234AB",
                    message: "Postcode 1234AB is not written as 1234 AB", suggestion: "1234 AB"),
            Finding(customerID: 1006, rule: "phone.format", severity: .warning, field: "phone_numbers[mob]", value: "0611112223",
                    message: "Mobile number 0611112223 is not in international form", suggestion: "+31 6 11112223"),
            Finding(customerID: 8, rule: "email.freemail", severity: .info, field: "email", value: "jan.vdberg@example.nl",
                    message: "Uses a shared mailbox domain"),
            Finding(customerID: 20, rule: "street.abbreviation", severity: .warning, field: "street", value: "Molenweg",
                    message: "Street looks fine but was flagged"),
            Finding(customerID: nil, rule: "dataset.duplicate_ids", severity: .warning, message: "2 records share customer_id 99"),
            Finding(customerID: 31, rule: "postcode.format", severity: .error, field: "postcode", value: "5000AA",
                    message: "Postcode 5000AA is not written as 1234 AB", suggestion: "5000 AA"),
        ]
    }

    static func evidence(_ field: String, _ outcome: String, _ label: String, _ weight: Double, _ left: String?, _ right: String?) -> Evidence {
        Evidence(field: field, outcome: outcome, label: label, weight: weight, left: left, right: right)
    }

    static var clusters: [DuplicateCluster] {
        [
            DuplicateCluster(
                id: "c-20", customerIDs: [20, 21], confidence: 0.62, band: .possible, survivorID: 20,
                pairs: [ScoredPair(a: 20, b: 21, score: 0.62, weight: 0.7, evidence: [
                    evidence("surname", "exact", "Exact match on surname", 4.1, "de Vries", "de Vries"),
                    evidence("first_name", "jaro_winkler_88", "Jaro-Winkler ≥ 0.88", -1.2, "Anna", "Anne"),
                    evidence("email", "else", "Different e-mail", -3.5, "anna@devries.nl", "anne@devries.nl"),
                    evidence("postcode", "exact", "Exact match on postcode", 6.3, "3011 AA", "3011 AA"),
                ])],
                merged: [], conflicts: [FieldConflict(field: "first_name", values: ["Anna", "Anne"])]),
            DuplicateCluster(
                id: "c-8", customerIDs: [8, 1006], confidence: 0.97, band: .certain, survivorID: 8,
                pairs: [ScoredPair(a: 8, b: 1006, score: 0.97, weight: 5.0, evidence: [
                    evidence("email", "exact", "Exact match on e-mail", 6.1, "jan.vdberg@example.nl", "jan.vdberg@example.nl"),
                    evidence("surname", "exact", "Exact match on surname", 3.2, "Berg", "Berg"),
                    evidence("postcode", "exact", "Exact match on postcode", 5.9, "1234 AB", "1234 AB"),
                    evidence("phone", "else", "Different phone", -2.4, "+31611112222", "+31611112223"),
                ])],
                merged: [MergedValue(field: "first_name", value: "Jan", reason: "most_complete", fromCustomer: 8),
                         MergedValue(field: "email", value: "jan.vdberg@example.nl", reason: "majority", fromCustomer: 8),
                         MergedValue(field: "postcode", value: "1234 AB", reason: "valid", fromCustomer: 8)],
                mergedRecord: Customer(customerID: 8, postcode: "1234 AB", houseNumber: "12", firstName: "Jan",
                                       email: "jan.vdberg@example.nl", discountPercentage: "12.5",
                                       phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-11112222", name: "Jan"),
                                                      PhoneNumber(phoneNumberID: "tel", phoneNumber: "", name: ""),
                                                      PhoneNumber(phoneNumberID: nil, phoneNumber: "0611112223", name: "Jan")]),
                conflicts: [FieldConflict(field: "phone_numbers[mob]", values: ["06-11112222", "0611112223"])]),
            DuplicateCluster(
                id: "c-30", customerIDs: [30, 31, 32], confidence: 0.86, band: .likely, survivorID: 30,
                pairs: [
                    ScoredPair(a: 30, b: 31, score: 0.9, weight: 3.2, evidence: [
                        evidence("company", "exact", "Same company name without legal form", 5.0, "fietsen jansen", "fietsen jansen"),
                        evidence("email", "exact", "Exact match on e-mail", 6.1, "info@fietsenjansen.nl", "info@fietsenjansen.nl"),
                    ]),
                    ScoredPair(a: 30, b: 32, score: 0.81, weight: 2.1, evidence: [
                        evidence("company", "jaro_winkler_92", "Jaro-Winkler ≥ 0.92", 3.0, "fietsen jansen", "jansen fietsen"),
                        evidence("house_number", "else", "Different house number", -1.5, "3", "3a"),
                    ]),
                ],
                merged: [MergedValue(field: "company_name", value: "Fietsen Jansen B.V.", reason: "valid", fromCustomer: 30)]),
        ]
    }

    static var pairScores: [Double] { [0.97, 0.9, 0.81, 0.62, 0.31, 0.12, 0.05, 0.05, 1.0, 0.0] }

    static func report(source: ReportSource.Kind = .file, previous: Report? = nil, trend: [TrendPoint] = [],
                       generatedAt: Date = generatedAt, customers: [NormalizedCustomer] = customers,
                       findings: [Finding] = findings, clusters: [DuplicateCluster] = clusters) -> Report {
        ReportBuilder.build(source: ReportSource(kind: source, customers: customers.count), customers: customers,
                            findings: findings, clusters: clusters, pairScores: pairScores, bandThresholds: thresholds,
                            generatedAt: generatedAt, previous: previous, trend: trend)
    }

    /// A fresh private temporary folder, removed by the caller.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reporting-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
