import Foundation
import Matching
import Quality
import Testing
@testable import Reporting

@Suite struct ReportBuilderTests {
    @Test func summaryCountsFindingsClustersAndMembers() {
        let report = ReportFixture.report()
        #expect(report.schemaVersion == 1)
        #expect(report.source == ReportSource(kind: .file, customers: 8))
        #expect(report.summary.customers == 8)
        #expect(report.summary.findings == SeverityCounts(error: 3, warning: 3, info: 1))
        #expect(report.summary.clusters == 3)
        #expect(report.summary.customersInClusters == 7)
        #expect(report.summary.clustersByBand == ["certain": 1, "likely": 1, "possible": 1])
        #expect(report.summary.findingsByRule["postcode.format"] == 3)
    }

    @Test func findingsAreInReportOrderWithStableIDs() {
        let report = ReportFixture.report()
        #expect(report.findings.map(\.id) == [
            "-:dataset.duplicate_ids:-", "6:postcode.format:postcode", "8:email.freemail:email",
            "20:street.abbreviation:street", "31:postcode.format:postcode", "1006:phone.format:phone_numbers[mob]",
            "1006:postcode.format:postcode",
        ])
        // The input order of the findings must not matter.
        let shuffled = ReportFixture.report(findings: ReportFixture.findings.reversed())
        #expect(shuffled.findings == report.findings)
    }

    @Test func repeatedFindingsOnOneFieldGetNumberedIDs() {
        let twice = [
            Finding(customerID: 5, rule: "name.whitespace", severity: .info, field: "name", value: "a  b", message: "double space"),
            Finding(customerID: 5, rule: "name.whitespace", severity: .info, field: "name", value: "a  b", message: "trailing space"),
        ]
        let report = ReportFixture.report(findings: twice)
        #expect(report.findings.map(\.id) == ["5:name.whitespace:name", "5:name.whitespace:name#2"])
        #expect(report.findings.map(\.message) == ["double space", "trailing space"])
    }

    @Test func clustersAreOrderedByBandThenConfidenceWithMembersAndPlan() throws {
        let report = ReportFixture.report()
        #expect(report.clusters.map(\.id) == ["c-8", "c-30", "c-20"])
        let certain = try #require(report.clusters.first)
        #expect(certain.customerIDs == [8, 1006])
        #expect(certain.members.map(\.customerID) == [8, 1006])
        #expect(certain.members[0].displayName == "Jan van der Berg")
        #expect(certain.members[0].fields["phone_numbers[mob]"] == "06-11112222")
        #expect(certain.members[1].fields["postcode"] == "1234AB")
        #expect(certain.merged["email"] == "jan.vdberg@example.nl" && certain.merged["first_name"] == "Jan")
        #expect(certain.merged["city"] == "", "every writable field is present, empty when no member has it")
        #expect(Set(certain.merged.fields.keys) == Set(ReportMergedRecord.scalarFields.map(\.rawValue)))
        #expect(certain.merged.phoneNumbers.map(\.phoneNumber) == ["06-11112222", "", "0611112223"])
        #expect(certain.mergePlan.map(\.field) == ["email", "first_name", "postcode"])
        let likely = report.clusters[1]
        #expect(likely.pairs.map { [$0.a, $0.b] } == [[30, 31], [30, 32]])
        #expect(likely.members.map(\.displayName) == ["Fietsen Jansen B.V.", "Jansen Fietsen BV", "Karel Jansen (Jansen Fietsen)"])
    }

    @Test func memberMissingFromCustomersStillGetsACard() {
        let report = ReportFixture.report(customers: [])
        #expect(report.clusters[0].members.map(\.displayName) == ["customer 8", "customer 1006"])
    }

    @Test func histogramCountsEveryScoreAndThresholdsAreKept() {
        let report = ReportFixture.report()
        #expect(report.model.pairScores.count == 10)
        #expect(report.model.pairScores.bins.reduce(0, +) == 10)
        #expect(report.model.pairScores.bins[0] == 1)   // 0.0
        #expect(report.model.pairScores.bins[1] == 2)   // 0.05 twice: a bin includes its lower edge
        #expect(report.model.pairScores.bins[19] == 2)  // 0.97 and 1.0: the last bin includes 1
        #expect(report.model.bandThresholds == ["certain": 0.95, "likely": 0.8, "possible": 0.5])
    }

    @Test(arguments: [
        ([0.0, 0.049, 0.05, 0.999, 1.0, 1.5, -0.2, Double.nan], [4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]),
    ])
    func histogramBinsClampOutliers(scores: [Double], bins: [Int]) {
        #expect(ScoreHistogram(scores: scores).bins == bins)
        #expect(ScoreHistogram(scores: scores).count == scores.count)
    }

    @Test func trendKeepsEarlierRunsOldestFirst() {
        let points = (1...15).map { day in
            TrendPoint(generatedAt: ReportFixture.generatedAt.addingTimeInterval(Double(-day) * 86_400), customers: 8,
                       errors: day, warnings: 0, infos: 0, clusters: 1)
        } + [TrendPoint(generatedAt: ReportFixture.generatedAt.addingTimeInterval(60), customers: 8, errors: 0, warnings: 0, infos: 0, clusters: 0)]
        let report = ReportFixture.report(trend: points.shuffled())
        #expect(report.trend.count == ReportBuilder.trendLength)
        #expect(report.trend.map(\.errors) == Array((1...12).reversed()))
    }

    @Test func trendPointOfAReportCarriesItsSummary() {
        let point = TrendPoint(report: ReportFixture.report())
        #expect(point == TrendPoint(generatedAt: ReportFixture.generatedAt, customers: 8, errors: 3, warnings: 3, infos: 1, clusters: 3))
    }
}
