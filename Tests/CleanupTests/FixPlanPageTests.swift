import Audit
import CustomerGenerator
import Foundation
import Matching
import Testing
@testable import Cleanup

/// The plan's page as a pure function of the plan: every change readable, customer data inert,
/// differences a person can see, merges with their cluster and survivor.
@Suite struct FixPlanPageTests {
    static let hostile = "<script>alert(1)</script> & Zn \"quoted\" 'single' <img src=x onerror=alert(2)>"

    static let plan = FixPlan(id: "page-1", createdAt: "2026-12-06T10:00:00Z", customers: [
        CustomerChanges(customerID: 6, changes: [
            FieldChange(field: "city", before: " NISTELRODE ", after: "Nistelrode", kind: .normalization, reason: "text.whitespace: x; text.casing: y"),
            FieldChange(field: "name", before: hostile, after: "Bakker\u{200B} & Zn", kind: .normalization, reason: "reason with " + hostile),
            FieldChange(field: "email", before: nil, after: "a@b.nl", kind: .merge,
                        reason: MergeReason(clusterID: "c-6", why: "confirmed by a reviewer", role: .survivor(detail: "merged value")).text),
        ]),
        CustomerChanges(customerID: 9, changes: [
            FieldChange(field: "customer_reference", before: "Jan  Jansen\t", after: "DUPLICATE OF 6", kind: .duplicateMarker,
                        reason: MergeReason(clusterID: "c-6", why: "confirmed by a reviewer", role: .duplicate(survivorID: 6)).text),
        ]),
    ])

    static func expectedRows(_ plan: FixPlan) -> [PlanPageReader.Row] {
        FieldChange.Kind.allCases.flatMap { kind in
            plan.customers.flatMap { customer in
                customer.changes.filter { $0.kind == kind }.map {
                    PlanPageReader.Row(kind: kind.rawValue, customerID: customer.customerID,
                                       cells: [$0.field, PlanPageReader.expected($0.before), $0.after, $0.reason])
                }
            }
        }
    }

    @Test func everyChangeReadsBackWithItsBeforeAfterAndReason() throws {
        #expect(try PlanPageReader.rows(FixPlanPage.render(Self.plan)) == Self.expectedRows(Self.plan))
    }

    /// A plan made by the real analysis of generated customers (normalizations, merges, markers).
    @Test func aRealPlanReadsBackChangeForChange() throws {
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 11, customers: 400))
        let plan = FixPlanAnalysis(settings: AuditSettings(), fix: .default, includeCertain: true).plan(dataset.customers, id: "real")
        for kind in FieldChange.Kind.allCases {
            #expect(plan.customers.contains { $0.changes.contains { $0.kind == kind } }, "the generated base plans no \(kind)")
        }
        let rows = try PlanPageReader.rows(FixPlanPage.render(plan))
        #expect(rows.count == plan.changeCount)
        #expect(rows == Self.expectedRows(plan))
    }

    @Test func customerDataIsEscapedAndInert() {
        let page = FixPlanPage.render(Self.plan, planFile: "<b>plan</b>.json")
        // The page's one script is its own, carrying the nonce the policy names.
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(page.contains("<script nonce=\""))
        #expect(!page.contains("<img") && !page.contains("<b>plan"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Zn &quot;quoted&quot; &#39;single&#39; &lt;img src=x onerror=alert(2)&gt;"))
        #expect(page.contains("&lt;b&gt;plan&lt;/b&gt;.json"))
        // Every ampersand between the head and the page's own script starts a reference the escaping wrote.
        let body = String(page[page.range(of: "<body>")!.upperBound..<page.range(of: "<script nonce=")!.lowerBound])
        let stray = body.ranges(of: "&").filter { range in
            !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains { body[range.lowerBound...].hasPrefix($0) }
        }
        #expect(stray.isEmpty, "\(stray.map { String(body[$0.lowerBound...].prefix(40)) })")
    }

    @Test func theStrictPolicyOfTheReportGuardsThePage() throws {
        let page = FixPlanPage.render(Self.plan)
        let nonce = try #require(page.firstMatch(of: #/<script nonce="([0-9a-z]+)">/#)?.1)
        #expect(page.contains("content=\"default-src 'none'; script-src 'nonce-\(nonce)'; style-src 'unsafe-inline';"))
        #expect(page.contains("connect-src 'none'"))
        #expect(page.contains(".plan-mark {"), "the page carries the report's style sheet with the plan's rules")
        #expect(FixPlanPage.render(Self.plan) == page, "the same plan gives the same page")
    }

    @Test func whitespaceAndInvisibleCharactersAreMarkedAndAMissingValueSaysSo() {
        #expect(FixPlanValueMarkup.html(nil).contains("(none)"))
        #expect(FixPlanValueMarkup.html("").contains("(empty)"))
        let ends = PlanPageReader.shown(FixPlanValueMarkup.html(" NISTELRODE "))
        #expect(FixPlanValueMarkup.html(" NISTELRODE ").components(separatedBy: "class=\"plan-mark\"").count == 3)
        #expect(ends == " NISTELRODE ")
        // A single space between words is just a space; doubled ones and a tab are marked.
        #expect(!FixPlanValueMarkup.html("Jan Jansen").contains("plan-mark"))
        #expect(FixPlanValueMarkup.html("Jan  Jansen\t").components(separatedBy: "class=\"plan-mark\"").count == 4)
        #expect(FixPlanValueMarkup.html("Bakker\u{200B}").contains("⟦U+200B⟧"))
        #expect(FixPlanValueMarkup.html("a\u{202E}b").contains("⟦U+202E⟧"))
    }

    @Test func mergesAreHeadedWithTheirClusterAndLinkSurvivorAndMarkedMember() {
        let page = FixPlanPage.render(Self.plan)
        #expect(page.contains("survivor of cluster <span class=\"v\">c-6</span>, confirmed by a reviewer; marks <a href=\"#duplicate_marker-9\">customer 9</a>"))
        #expect(page.contains("duplicate of <a href=\"#merge-6\">customer 6</a> in cluster <span class=\"v\">c-6</span>"))
        #expect(page.contains("<div class=\"plan-group\" id=\"merge-6\"") && page.contains("<div class=\"plan-group\" id=\"duplicate_marker-9\""))
        #expect(page.contains(FixPlanText.totals(Self.plan)))
    }

    @Test(arguments: [
        MergeReason(clusterID: "c-8", why: "band certain", role: .survivor(detail: "merged value (most_complete, from customer 1006)")),
        MergeReason(clusterID: "c-8", why: "confirmed by a reviewer", role: .duplicate(survivorID: 8)),
    ])
    func aMergeReasonReadsBackAsWritten(reason: MergeReason) {
        #expect(MergeReason(parsing: reason.text) == reason)
    }

    @Test func otherReasonsAreNotReadAsMerges() {
        #expect(MergeReason(parsing: "text.casing: NISTELRODE is written in capitals") == nil)
        #expect(MergeReason(parsing: "duplicate of customer x in cluster c-1, band certain") == nil)
    }

    @Test(arguments: [("plan.json", "plan.html"), ("out/plan", "out/plan.html"), ("a.b/plan", "a.b/plan.html"),
                      ("/x/.plan", "/x/.plan.html"), ("plan.v2.json", "plan.v2.html")])
    func thePageGoesBesideThePlan(plan: String, page: String) {
        #expect(FixPlanPage.path(besidePlan: plan) == page)
    }

    @Test func aPlanNamedLikeItsPageOrNamingNoFileHasNoPage() {
        #expect(FixPlanPage.path(besidePlan: "plan.html") == nil)
        #expect(FixPlanPage.path(besidePlan: "out/") == nil)
    }
}
