import AuditSupport
import CustomerModel
import Foundation
import Testing
@testable import CustomerGenerator

@Suite struct PlantedProblemTests {
    static let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 3, customers: 15_000, problemRate: 0.15))

    @Test func everyKindOfTheCatalogueIsPlanted() {
        let planted = Set(Self.dataset.truth.plantedProblems.map { "\($0.kind)@\($0.field)" })
        for kind in ProblemCatalogue.all + ProblemCatalogue.payloads {
            #expect(planted.contains("\(kind.kind)@\(kind.field.rawValue)"), "\(kind.kind) in \(kind.field.rawValue) never planted")
        }
    }

    @Test func aPlantedProblemIsVisibleInItsField() throws {
        let byID = Dictionary(uniqueKeysWithValues: Self.dataset.customers.map { ($0.customerID!, $0) })
        for problem in Self.dataset.truth.plantedProblems {
            let customer = try #require(byID[problem.customerID])
            let field = try #require(CustomerField(rawValue: problem.field))
            let value = customer[field] ?? ""
            switch problem.kind {
            case "postcode.invalid":
                #expect(value.range(of: #"^[1-9][0-9]{3} ?[A-RT-Z][A-Z]$|^[1-9][0-9]{3} ?S[B-CE-RT-Z]$"#, options: .regularExpression) == nil, "\(value)")
            case "postcode.not_canonical":
                #expect(value != value.uppercased() || value.contains("  "), "\(value)")
            case "house_number.unparseable": #expect(Int(value) == nil)
            case "email.domain_typo":
                let domain = String(value.split(separator: "@").last ?? "")
                #expect(!EmailFactory.providers.map(\.0).contains(domain), "\(value)")
            case "email.syntax":
                #expect(value.range(of: #"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$"#, options: .regularExpression) == nil, "\(value)")
            case "country_code.lowercase": #expect(value == value.lowercased())
            case "country_code.not_iso": #expect(!["NL", "BE", "DE"].contains(value))
            case "casing.all_caps": #expect(value == value.uppercased())
            case "casing.all_lower": #expect(value == value.lowercased())
            case "whitespace.leading", "whitespace.trailing", "whitespace.doubled":
                #expect(value != value.trimmingCharacters(in: .whitespaces) || value.contains("  "))
            case "vat_number.checksum":
                if value.hasPrefix("NL") {
                    #expect(!Identifiers.isElevenTestValid(String(value.dropFirst(2).prefix(9))) && Identifiers.mod97Alphanumeric(value) != 1)
                }
            case "coc_number.length": #expect(value.count != 8)
            case "discount_percentage.range": #expect(!(0...100).contains(customer.discountValue ?? 0))
            case "company_name.missing": #expect(value.isEmpty && customer.customerTypeName == "Zakelijk")
            case "customer_type_name.unknown": #expect(!["Klant", "Zakelijk", "E-commerce"].contains(value))
            case "payload.script": #expect(value.contains("<script>"))
            default: break
            }
        }
    }

    @Test func reportPayloadsAreAmongTheProblems() {
        let kinds = Set(Self.dataset.truth.plantedProblems.map(\.kind))
        #expect(kinds.isSuperset(of: ["payload.script", "payload.html", "payload.rtl_override", "payload.emoji"]))
    }

    @Test func someRecordsSendNumbersAsStringsAndTheOtherWayRound() {
        let raws = Self.dataset.customers.map(\.raw)
        #expect(raws.contains { $0.contains("\"house_number\":1") || $0.contains("\"house_number\":2") })
        #expect(raws.contains { $0.contains("\"discount_percentage\":\"") })
    }

    @Test(arguments: [("Jansen", true), ("Bos", false), ("Wijgergangs", true)])
    func aSurnameTypoIsOneEdit(_ surname: String, _ possible: Bool) {
        var rng = SplitMix64(seed: 1)
        var produced = 0
        for _ in 0..<50 {
            guard let typo = DuplicateVariants.oneEdit(surname, using: &rng) else { continue }
            produced += 1
            #expect(typo != surname && typo.first == surname.first && abs(typo.count - surname.count) <= 1)
        }
        #expect((produced > 0) == possible)
    }
}
