import CustomerGenerator
import CustomerModel
import Foundation
import Reporting
import Testing
import TestSupport
@testable import Audit

@Suite struct AuditPipelineTests {
    static let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 5, customers: 1_500))

    static func run(_ customers: [Customer], at date: Date = Date(timeIntervalSince1970: 1_800_000_000)) async -> AuditOutcome {
        await TestSupport.offThePool {
            AuditPipeline(settings: AuditSettings()).run(
                customers: customers, source: ReportSource(kind: .file, customers: customers.count), generatedAt: date)
        }
    }

    @Test func theReportAddsUp() async {
        let outcome = await Self.run(Self.dataset.customers)
        let report = outcome.report
        #expect(report.summary.customers == Self.dataset.customers.count)
        #expect(report.summary.findings.error == report.findings.filter { $0.severity == .error }.count)
        #expect(report.summary.findings.warning == report.findings.filter { $0.severity == .warning }.count)
        #expect(report.summary.clusters == report.clusters.count)
        let members = report.clusters.flatMap(\.customerIDs)
        #expect(report.summary.customersInClusters == members.count)
        #expect(Set(members).count == members.count, "each customer is in at most one cluster")
        #expect(report.clusters.allSatisfy { $0.customerIDs.count >= 2 && $0.customerIDs.contains($0.survivorID) })
    }

    @Test func findsMostPlantedDuplicatesAndProblems() async {
        let outcome = await Self.run(Self.dataset.customers)
        let clustered = Dictionary(outcome.report.clusters.flatMap { cluster in cluster.customerIDs.map { ($0, cluster.id) } },
                                   uniquingKeysWith: { first, _ in first })
        let groups = Self.dataset.truth.duplicateGroups
        let found = groups.filter { group in Set(group.map { clustered[$0] }).count == 1 && clustered[group[0]] != nil }
        #expect(Double(found.count) >= 0.8 * Double(groups.count), "\(found.count) of \(groups.count) planted groups found whole")

        let flagged = Set(outcome.report.findings.compactMap { $0.customerID })
        let problemCustomers = Set(Self.dataset.truth.plantedProblems.filter { !$0.kind.hasPrefix("payload") }.map(\.customerID))
        #expect(Double(problemCustomers.intersection(flagged).count) >= 0.9 * Double(problemCustomers.count))
    }

    @Test func sameInputGivesTheSameReportAndOrderDoesNotChangeTheAnswer() async throws {
        let first = await Self.run(Self.dataset.customers).report
        let again = await Self.run(Self.dataset.customers).report
        #expect(first == again, "the same input gives the same report")

        // Another input order may move a confidence in the last digits (sums run in another
        // order) but never the answer: the same findings and the same clusters.
        let shuffled = await Self.run(Self.dataset.customers.shuffled()).report
        #expect(first.findings == shuffled.findings)
        #expect(Set(first.clusters.map(\.customerIDs)) == Set(shuffled.clusters.map(\.customerIDs)))
        #expect(first.summary == shuffled.summary)
    }
}
