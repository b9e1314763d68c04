import CustomerModel
import Foundation
import Testing
@testable import CustomerGenerator

@Suite struct GroundTruthTests {
    static let configuration = GeneratorConfiguration(seed: 21, customers: 12_000)
    static let dataset = DutchCustomerGenerator.generate(configuration)

    var customers: [Customer] { Self.dataset.customers }
    var truth: GroundTruth { Self.dataset.truth }

    @Test func everyGroupPairAndProblemRefersToAnExistingCustomer() {
        let ids = Set(customers.compactMap(\.customerID))
        #expect(truth.duplicateGroups.allSatisfy { $0.count >= 2 && $0.allSatisfy(ids.contains) && $0 == $0.sorted() })
        #expect(truth.hardNegatives.allSatisfy { ids.contains($0.a) && ids.contains($0.b) && $0.a < $0.b })
        #expect(truth.plantedProblems.allSatisfy { ids.contains($0.customerID) })
        #expect(truth.plantedProblems.allSatisfy { CustomerField(rawValue: $0.field) != nil }, "fields are API field names")
    }

    @Test func aCustomerIsInOneDuplicateGroupAtMostAndNeverBothDuplicateAndHardNegative() {
        let grouped = truth.duplicateGroups.flatMap { $0 }
        #expect(grouped.count == Set(grouped).count)
        let sameCustomer = Set(truth.duplicatePairs.map { "\($0.0)-\($0.1)" })
        #expect(truth.hardNegatives.allSatisfy { !sameCustomer.contains("\($0.a)-\($0.b)") })
    }

    @Test func ratesAreRoughlyHonoured() {
        let records = Double(customers.count)
        let groupedEntities = Double(truth.duplicateGroups.count)
        let entities = records - Double(truth.duplicateGroups.reduce(0) { $0 + $1.count - 1 })
        #expect(abs(groupedEntities / entities - Self.configuration.duplicateRate) < 0.015)
        let inHardNegatives = Set(truth.hardNegatives.flatMap { [$0.a, $0.b] }).count
        #expect(abs(Double(inHardNegatives) / records - Self.configuration.hardNegativeRate) < 0.015)
        let withProblems = Double(truth.customersWithProblems.count) / records
        #expect(withProblems >= Self.configuration.problemRate - 0.01 && withProblems < Self.configuration.problemRate + 0.025)
        #expect(Set(truth.hardNegatives.map(\.kind)) == Set(HardNegative.Kind.allCases))
    }

    @Test func duplicatesShareSomethingAMatcherCanFind() {
        let byID = Dictionary(uniqueKeysWithValues: customers.map { ($0.customerID!, $0) })
        let broken = truth.customersWithProblems
        for group in truth.duplicateGroups where group.allSatisfy({ !broken.contains($0) }) {
            let members = group.compactMap { byID[$0] }
            func linked(_ first: Customer, _ other: Customer) -> Bool {
                let sharesPhone = !Set(digits(first)).isDisjoint(with: digits(other))
                let sharesEmail = !(first.email ?? "").isEmpty && first.email == other.email
                let sharesAddress = first.street == other.street && first.city?.lowercased() == other.city?.lowercased()
                let sharesKvK = !(first.cocNumber ?? "").isEmpty && first.cocNumber == other.cocNumber
                return sharesPhone || sharesEmail || sharesAddress || sharesKvK
            }
            // Each copy keeps a link to the original; two copies may share nothing but it.
            for (index, member) in members.enumerated() {
                #expect(members.indices.contains { $0 != index && linked(member, members[$0]) }, "group \(group)")
            }
        }
    }

    @Test func hardNegativesAreTheCasesTheyClaimToBe() {
        let byID = Dictionary(uniqueKeysWithValues: customers.map { ($0.customerID!, $0) })
        let broken = truth.customersWithProblems
        for pair in truth.hardNegatives where !broken.contains(pair.a) && !broken.contains(pair.b) {
            let a = byID[pair.a]!, b = byID[pair.b]!
            switch pair.kind {
            case .household:
                #expect(a.street == b.street && a.houseNumber == b.houseNumber && a.firstName != b.firstName)
            case .fatherAndSon:
                #expect(a.street == b.street && a.houseNumber == b.houseNumber)
                #expect(a.phoneNumbers[0].phoneNumber != b.phoneNumbers[0].phoneNumber || a.phoneNumbers[0].phoneNumber == "")
            case .twins:
                #expect(a.street == b.street && a.houseNumber == b.houseNumber && a.name == b.name)
                #expect(a.firstName != b.firstName || a.firstName == "" || b.firstName == "")
            case .neighbours:
                #expect(a.street == b.street && a.houseNumber != b.houseNumber)
            case .sameNameElsewhere:
                #expect(a.city != b.city)
            }
        }
    }

    @Test func groundTruthRoundTripsThroughJSON() throws {
        let data = try truth.jsonData()
        #expect(try GroundTruth.decode(data) == truth)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"duplicate_groups\"") && text.contains("\"planted_problems\"") && text.contains("\"customer_id\""))
    }

    private func digits(_ customer: Customer) -> [String] {
        customer.phoneNumbers.compactMap { phone in
            let digits = (phone.phoneNumber ?? "").filter(\.isNumber)
            return digits.count >= 9 ? String(digits.suffix(9)) : nil
        }
    }
}
