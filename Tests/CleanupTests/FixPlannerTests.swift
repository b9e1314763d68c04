import Audit
import CustomerModel
import Matching
import Quality
import Testing
@testable import Cleanup

/// The planner as a pure function: which suggestions become changes, how merges are planned.
@Suite struct FixPlannerTests {
    static func plan(_ customers: [Customer], clusters: [DuplicateCluster] = [], decisions: Decisions = .none,
                     includeCertain: Bool = false, settings: FixSettings = .default) -> FixPlan {
        let analysis = FixPlanAnalysis(settings: AuditSettings(decisions: decisions), fix: settings, includeCertain: includeCertain)
        let checker = QualityChecker(configuration: .default)
        let findings = checker.findings(for: analysis.settings.normalizer.normalize(customers))
        let inputs = FixPlanInputs(customers: customers, findings: findings, clusters: clusters, decisions: decisions,
                                   settings: settings, includeCertain: includeCertain)
        return FixPlanner.plan(inputs, id: "test", createdAt: "2026-12-06T00:00:00Z") { changed in
            checker.findings(for: analysis.settings.normalizer.normalize(changed))
        }
    }

    static func change(_ plan: FixPlan, _ id: Int, _ field: String) -> FieldChange? {
        plan.customers.first { $0.customerID == id }?.changes.first { $0.field == field }
    }

    @Test func safeSuggestionsOfTwoRulesOnOneValueCompose() throws {
        let plan = Self.plan([Customer(customerID: 7, postcode: "5388gm", city: " NISTELRODE ", countryCode: "nl")])
        let city = try #require(Self.change(plan, 7, "city"))
        #expect(city.before == " NISTELRODE " && city.after == "Nistelrode" && city.kind == .normalization)
        #expect(city.reason.contains("text.whitespace") && city.reason.contains("text.casing"))
        #expect(Self.change(plan, 7, "postcode")?.after == "5388 GM")
        #expect(Self.change(plan, 7, "country_code_iso_3166")?.after == "NL")
    }

    @Test func anAddressWrittenWithCapitalsAndSpacesIsPlannedTrimmedAndInLowerCase() throws {
        let plan = Self.plan([Customer(customerID: 5, name: "Jansen", countryCode: "NL", email: " Jan.Jansen@Ziggo.NL ")])
        let email = try #require(Self.change(plan, 5, "email"))
        #expect(email.before == " Jan.Jansen@Ziggo.NL " && email.after == "jan.jansen@ziggo.nl" && email.kind == .normalization)
        #expect(email.reason.contains("text.whitespace") && email.reason.contains("email.format"))
    }

    @Test func suggestionsOfRulesNotMarkedSafeAreNotPlanned() {
        // A domain typo changes where mail goes: a person decides, the plan does not.
        let plan = Self.plan([Customer(customerID: 3, name: "Jansen", countryCode: "NL", email: "jan@gmial.com")])
        #expect(Self.change(plan, 3, "email") == nil)
        #expect(!FixPlanner.safeRules.contains("email.domain_typo"))
        #expect(FixPlanner.safeRules.isSuperset(of: ["text.whitespace", "text.casing", "email.format", "postcode.format", "phone.format"]))
    }

    static let members = [
        Customer(customerID: 8, customerReference: "", name: "Jansen", city: "Nistelrode", countryCode: "NL", email: "",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "0612345678")]),
        Customer(customerID: 1006, customerReference: "OLD", name: "Jansen", city: "Nistelrode", countryCode: "NL", email: "jan@ziggo.nl"),
    ]

    static func cluster(band: Band, confirmed: Bool) -> DuplicateCluster {
        var merged = members[0]
        merged.email = "jan@ziggo.nl"
        return DuplicateCluster(id: "c-8", customerIDs: [8, 1006], confidence: 0.995, band: band, survivorID: 8, pairs: [],
                                merged: [MergedValue(field: "email", value: "jan@ziggo.nl", reason: "most_complete", fromCustomer: 1006)],
                                mergedRecord: merged, confirmed: confirmed)
    }

    @Test func aConfirmedClusterGivesTheSurvivorTheMergedRecordAndMarksTheOthers() throws {
        let plan = Self.plan(Self.members, clusters: [Self.cluster(band: .likely, confirmed: true)])
        let email = try #require(Self.change(plan, 8, "email"))
        #expect(email.before == "" && email.after == "jan@ziggo.nl" && email.kind == .merge && email.reason.contains("from customer 1006"))
        let marker = try #require(Self.change(plan, 1006, "customer_reference"))
        #expect(marker.before == "OLD" && marker.after == "DUPLICATE OF 8" && marker.kind == .duplicateMarker)
        #expect(plan.customers.first { $0.customerID == 1006 }?.changes.count == 1)
    }

    @Test func certainClustersOnlyWithTheFlagAndNeverAgainstADistinctDecision() {
        let certain = Self.cluster(band: .certain, confirmed: false)
        #expect(Self.plan(Self.members, clusters: [certain]).customers.isEmpty)
        #expect(Self.change(Self.plan(Self.members, clusters: [certain], includeCertain: true), 1006, "customer_reference") != nil)
        let distinct = Decisions(decisions: [Decision(customerIDs: [8, 1006], kind: .distinct)])
        #expect(Self.plan(Self.members, clusters: [certain], decisions: distinct, includeCertain: true).customers.isEmpty)
    }

    @Test func theMarkerFieldAndTextComeFromTheSettings() throws {
        let settings = FixSettings(markerField: .attn, markerTemplate: "zie klant {survivor}")
        let plan = Self.plan(Self.members, clusters: [Self.cluster(band: .likely, confirmed: true)], settings: settings)
        #expect(Self.change(plan, 1006, "attn")?.after == "zie klant 8")
        #expect(Self.change(plan, 1006, "customer_reference") == nil)
    }

    @Test func aRecordWhoseIDAppearsTwiceIsLeftAlone() {
        let twins = [Customer(customerID: 5, city: "DEN HAAG"), Customer(customerID: 5, city: "UTRECHT")]
        #expect(Self.plan(twins).customers.isEmpty)
    }
}

@Suite struct PhoneFormatPlanTests {
    /// phone.format is off in the shipped rules; switched on, its E.164 suggestion is planned per slot.
    @Test func aSwitchedOnPhoneFormatIsPlannedForItsSlotOnly() throws {
        var settings = AuditSettings()
        settings.quality["phone.format"]?.enabled = true
        let customer = Customer(customerID: 4, name: "Jansen", countryCode: "NL", phoneNumbers: [
            PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678"), PhoneNumber(phoneNumberID: "tel", phoneNumber: "+31733030050"),
        ])
        let plan = FixPlanAnalysis(settings: settings, fix: .default, includeCertain: false).plan([customer], id: "phones")
        let changes = try #require(plan.customers.first?.changes)
        #expect(changes.map(\.field) == ["phone_numbers[mob]"])
        #expect(changes.first?.before == "06-12345678" && changes.first?.after == "+31612345678")
        #expect(FixPlanAnalysis(settings: AuditSettings(), fix: .default, includeCertain: false).plan([customer], id: "off").customers.isEmpty)
    }
}
