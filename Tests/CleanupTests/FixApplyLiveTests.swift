import Audit
import CustomerGenerator
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Sandbox
import Snapshot
import Testing
import TestSupport
@testable import Cleanup

/// `fix apply` and `fix undo` over real HTTP against a sandbox that fails 5 % of requests with 5xx,
/// resets and truncates answers, and allows few requests a (shortened) minute.
@Suite(.serialized) struct FixApplyLiveTests {
    static let username = "fix-test"
    static let password = "fix-Pa55word"

    static func storePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("fix-tests-\(UUID().uuidString)/store.sqlite").path
    }

    static func faults(seed: UInt64) -> SandboxFaults {
        SandboxFaults(serverErrorRate: 0.05, resetRate: 0.03, truncateRate: 0.03, seed: seed)
    }

    static func client(_ sandbox: RunningSandbox) throws -> CustomersClient {
        var configuration = try ClientConfiguration(baseURL: sandbox.baseURL, credentials: Credentials(username: username, password: password),
                                                    retry: RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(5)),
                                                    requestTimeout: .seconds(5))
        configuration.rateLimitWindow = .milliseconds(500)
        return CustomersClient(configuration: configuration)
    }

    /// Every planned value as the sandbox now holds it.
    static func values(_ plan: FixPlan, in sandbox: RunningSandbox) async -> [Int: [String: String?]] {
        var result: [Int: [String: String?]] = [:]
        for customer in plan.customers {
            let stored = await sandbox.store.customer(id: customer.customerID)
            for change in customer.changes {
                result[customer.customerID, default: [:]][change.field] = stored.flatMap { FieldPath(change.field)?.value(in: $0) }
            }
        }
        return result
    }

    @Test func appliesEachChangeOnceKeepsACounterEditRepeatsNothingAndUndoes() async throws {
        let customers = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 15, customers: 400)).customers
        let plan = FixPlanAnalysis(settings: AuditSettings(), fix: .default, includeCertain: true).plan(customers, id: "live")
        #expect(plan.customers.count >= 20, "the generated data should need fixes")

        let sandbox = try await Sandbox.start(customers: customers, configuration: SandboxConfiguration(
            username: Self.username, password: Self.password, pageSize: 100, minutelyLimit: 10, dailyLimit: nil,
            minuteLength: .milliseconds(500), faults: Self.faults(seed: 3)))
        let client = try Self.client(sandbox)
        defer { Task { try? await client.shutdown(); await sandbox.stop() } }
        let journal = try SnapshotStore.open(path: Self.storePath())

        // A colleague edits a planned field at the counter between plan and apply.
        let edited = try #require(plan.customers.dropFirst(3).first { CustomerField(rawValue: $0.changes[0].field) != nil })
        let editedField = try #require(FieldPath(edited.changes[0].field))
        _ = await sandbox.store.modify(id: edited.customerID) { _ = editedField.set("Typed at the counter", in: &$0) }

        let first = try await FixApplier(api: client, journal: journal, direction: .apply).run(plan)
        let traffic = sandbox.store.traffic.summary
        print("fix apply under faults: \(plan.changeCount) changes to \(plan.customers.count) customers; "
              + first.describe(verb: "applied").split(separator: "\n")[0]
              + "; \(traffic.requests) requests, faults \(traffic.faults.sorted { $0.key < $1.key }), \(traffic.rateLimited) rate-limited")
        #expect(traffic.faults.values.reduce(0, +) > 0, "faults were injected: \(traffic.faults)")
        #expect(first.skippedChanged.map(\.customerID) == [edited.customerID])
        // A record the API would not take back as it is (a postfix typed into house_number, a country
        // name for a code) is refused with 422: reported, nothing written.
        #expect(first.failed.allSatisfy { $0.reason.contains("must be") }, "\(first.failed)")
        #expect(first.failed.count * 10 < plan.customers.count)
        #expect(first.applied.count + first.alreadyDone.count + first.failed.count + 1 == plan.customers.count)
        let failedIDs = Set(first.failed.map(\.customerID))
        // Exactly once: one changing write per applied customer, none for the skipped one.
        #expect(traffic.changingWrites == Dictionary(uniqueKeysWithValues: first.applied.map { ($0, 1) }))
        let now = await Self.values(plan, in: sandbox)
        for customer in plan.customers where customer.customerID != edited.customerID {
            for change in customer.changes {
                #expect(now[customer.customerID]?[change.field] == (failedIDs.contains(customer.customerID) ? change.before : change.after))
            }
        }
        #expect(now[edited.customerID]?[editedField.text] == "Typed at the counter")

        // A second apply finds everything done and writes nothing.
        let putsBefore = sandbox.store.traffic.summary.puts
        let second = try await FixApplier(api: client, journal: journal, direction: .apply).run(plan)
        #expect(sandbox.store.traffic.summary.puts == putsBefore)
        #expect(second.applied.isEmpty && second.alreadyDone.count == first.applied.count + first.alreadyDone.count)
        #expect(Set(second.failed.map(\.customerID)) == failedIDs)

        // Undo restores the before values, and again leaves the counter edit alone.
        let undo = try await FixApplier(api: client, journal: journal, direction: .undo).run(plan)
        #expect(undo.applied.sorted() == first.applied.sorted() && undo.skippedChanged.isEmpty && undo.failed.isEmpty)
        let restored = await Self.values(plan, in: sandbox)
        for customer in plan.customers where first.applied.contains(customer.customerID) {
            for change in customer.changes { #expect(FieldPath.same(restored[customer.customerID]?[change.field] ?? nil, change.before)) }
        }
        #expect(restored[edited.customerID]?[editedField.text] == "Typed at the counter")
    }
}
