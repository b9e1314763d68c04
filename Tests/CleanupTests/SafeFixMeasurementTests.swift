import Audit
import CustomerGenerator
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Normalization
import Quality
import Sandbox
import Snapshot
import Testing
@testable import Cleanup

/// The point of the safe normalizations, measured: plan, apply, sync again, check again.
@Suite(.serialized) struct SafeFixMeasurementTests {
    /// Warnings that carry a suggestion of a rule marked safe to apply: what `fix plan` can fix.
    static func fixableWarnings(_ customers: [Customer]) -> [Finding] {
        QualityChecker(configuration: .default).findings(for: Normalizer().normalize(customers)).filter {
            $0.severity == .warning && $0.suggestion != nil && FixPlanner.safeRules.contains($0.rule)
        }
    }

    @Test func applyingTheSafeNormalizationsRemovesNineInTenFixableWarningsAndTouchesNothingElse() async throws {
        let generated = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 21, customers: 2_000)).customers
        let sandbox = try await Sandbox.start(customers: generated, configuration: SandboxConfiguration(
            username: FixApplyLiveTests.username, password: FixApplyLiveTests.password, pageSize: 500, minutelyLimit: nil, dailyLimit: nil))
        let client = try FixApplyLiveTests.client(sandbox)
        defer { Task { try? await client.shutdown(); await sandbox.stop() } }
        let store = try SnapshotStore.open(path: FixApplyLiveTests.storePath())

        _ = try await Synchronizer(store: store, source: client).run(full: false)
        let before = try store.customers()
        let plan = FixPlanAnalysis(settings: AuditSettings(), fix: .default, includeCertain: false).plan(before, id: "measure")
        #expect(plan.customers.allSatisfy { $0.changes.allSatisfy { $0.kind == .normalization } })
        let summary = try await FixApplier(api: client, journal: store, direction: .apply).run(plan)
        try await Task.sleep(for: .seconds(1))
        _ = try await Synchronizer(store: store, source: client).run(full: true)
        let after = try store.customers()

        let fixableBefore = Self.fixableWarnings(before).count
        let fixableAfter = Self.fixableWarnings(after).count
        let reduction = 1 - Double(fixableAfter) / Double(fixableBefore)
        print("safe fixes on 2,000 generated customers: \(plan.changeCount) changes to \(plan.customers.count) customers; "
              + summary.describe(verb: "applied").split(separator: "\n")[0]
              + "; fixable warnings \(fixableBefore) → \(fixableAfter) (\(String(format: "%.1f", reduction * 100)) % fewer)")
        #expect(fixableBefore > 50)
        #expect(reduction >= 0.9)

        // Nothing outside the plan changed: every other field and phone list is as before.
        let planned = Dictionary(uniqueKeysWithValues: plan.customers.map { ($0.customerID, Set($0.changes.map(\.field))) })
        let afterByID = Dictionary(uniqueKeysWithValues: after.map { ($0.customerID!, $0) })
        var outside = 0
        for old in before {
            let new = try #require(afterByID[old.customerID!])
            let fields = planned[old.customerID!] ?? []
            for field in CustomerField.allCases where field != .phoneNumbers && field != .customerID && !fields.contains(field.rawValue) {
                if !FieldPath.same(old[field], new[field]) { outside += 1 }
            }
            let phonesPlanned = fields.contains { $0.hasPrefix("phone_numbers") }
            if !phonesPlanned && FieldPath.phoneListText(old.phoneNumbers) != FieldPath.phoneListText(new.phoneNumbers) { outside += 1 }
        }
        #expect(outside == 0)
    }
}
