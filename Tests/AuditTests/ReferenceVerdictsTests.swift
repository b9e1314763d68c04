import CustomerModel
import Foundation
import Matching
import Quality
import Reporting
import Testing
import TestSupport
@testable import Audit

/// A shared customer reference reads differently when the two records are one customer (merge) than
/// when they are two (a reference reused by mistake).
@Suite struct ReferenceVerdictsTests {
    static func finding(_ id: Int, _ reference: String) -> Finding {
        Finding(customerID: id, rule: "customer_reference.duplicate", severity: .warning, field: "customer_reference",
                value: reference, message: "This customer reference is also used by another customer.")
    }

    static func cluster(_ ids: [Int], band: Band = .likely) -> DuplicateCluster {
        DuplicateCluster(id: "c-\(ids.min()!)", customerIDs: ids.sorted(), confidence: 0.9, band: band, survivorID: ids.min()!, pairs: [])
    }

    @Test func sameClusterSaysMerge() {
        let annotated = ReferenceVerdicts.annotate([Self.finding(8, "REF46"), Self.finding(1006, "ref46 ")], clusters: [Self.cluster([8, 1006])])
        #expect(annotated.allSatisfy { $0.message.contains("the same customer (cluster c-8)") })
        #expect(annotated.allSatisfy { !$0.message.contains("reused by mistake") })
        #expect(annotated[0].message.contains("customer 1006"))
    }

    @Test func differentPeopleSayReusedByMistake() {
        let annotated = ReferenceVerdicts.annotate([Self.finding(8, "REF46"), Self.finding(9, "REF46")], clusters: [Self.cluster([9, 12])])
        #expect(annotated[0].message.contains("takes customer 9 for a different customer"))
        #expect(annotated[0].message.contains("reused by mistake"))
        #expect(annotated[1].message.contains("takes customer 8 for a different customer"))
    }

    @Test func mixedGroupSaysBoth() {
        let findings = [8, 9, 10].map { Self.finding($0, "REF46") }
        let annotated = ReferenceVerdicts.annotate(findings, clusters: [Self.cluster([8, 9], band: .possible)])
        #expect(annotated[0].message.contains("customer 9 possibly the same customer"))
        #expect(annotated[0].message.contains("takes customer 10 for a different customer"))
        #expect(annotated[2].message.contains("takes customer 8 and customer 9 for different customers"))
    }

    @Test func otherFindingsAreUntouched() {
        let other = Finding(customerID: 8, rule: "postcode.valid", severity: .error, field: "postcode", value: "REF46", message: "x")
        #expect(ReferenceVerdicts.annotate([other], clusters: [Self.cluster([8, 9])]) == [other])
    }

    /// Through the pipeline: two records of one person sharing a reference, and two strangers sharing another.
    @Test func pipelineTiesFindingsToClusters() async {
        let jan = Customer(customerID: 1, customerTypeName: "Klant", customerReference: "K-100", postcode: "5388 GM", houseNumber: "12",
                           firstName: "Jan", name: "Jansen", street: "Raadhuisplein", city: "Nistelrode", countryCode: "NL",
                           email: "jan.jansen@ziggo.nl", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678")])
        var janAgain = jan
        janAgain.customerID = 2
        let piet = Customer(customerID: 3, customerTypeName: "Klant", customerReference: "K-200", postcode: "9711 AB", houseNumber: "3",
                            firstName: "Piet", name: "Bakker", street: "Herestraat", city: "Groningen", countryCode: "NL",
                            email: "piet.bakker@gmail.com")
        let anna = Customer(customerID: 4, customerTypeName: "Klant", customerReference: "K-200", postcode: "3511 CD", houseNumber: "40",
                            firstName: "Anna", name: "Visser", street: "Oudegracht", city: "Utrecht", countryCode: "NL",
                            email: "anna.visser@outlook.com")
        let outcome = await TestSupport.offThePool {
            AuditPipeline(settings: AuditSettings()).run(customers: [jan, janAgain, piet, anna],
                                                         source: ReportSource(kind: .file, customers: 4))
        }
        let messages = Dictionary(outcome.report.findings.filter { $0.rule == "customer_reference.duplicate" }.map { ($0.customerID!, $0.message) },
                                  uniquingKeysWith: { first, _ in first })
        #expect(messages[1]?.contains("the same customer") == true, "\(messages)")
        #expect(messages[3]?.contains("reused by mistake") == true, "\(messages)")
    }
}
