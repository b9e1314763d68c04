import CustomerModel
import Foundation
import Snapshot
import Testing
import TestSupport
@testable import Cleanup

/// The built binaries as a shop runs them: `customer-audit sandbox` in one process, `fix apply --yes`
/// in another, killed with SIGKILL mid-run, then run again.
@Suite(.serialized) struct FixApplyKillTests {
    static let environment = ["CYCLESOFTWARE_USERNAME": "kill-test", "CYCLESOFTWARE_PASSWORD": "kill-Pa55word"]

    /// Starts `customer-audit sandbox` on a free port and returns it with its base URL.
    static func startSandbox(customers: URL) async throws -> (Process, String) {
        let (process, out, _) = try CustomerAuditBinary.start(
            ["sandbox", "--customers", customers.path, "--port", "0", "--minutely-limit", "600"], environment: environment)
        let url = await TestSupport.offThePool { () -> String? in
            var text = ""
            while process.isRunning {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { return nil }
                text += String(decoding: data, as: UTF8.self)
                if let range = text.range(of: #"http://[0-9.]+:[0-9]+"#, options: .regularExpression) { return String(text[range]) }
            }
            return nil
        }
        return (process, try #require(url, "the sandbox printed no URL"))
    }

    /// The counts of the summary line `applied 12, already done 3, skipped because changed 0, failed 1 (of 16 customers)`.
    static func counts(_ output: String) throws -> [Int] {
        let line = try #require(output.split(separator: "\n").first { $0.hasPrefix("applied ") })
        return line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    @Test func aKilledApplyResumesWithoutWritingAnythingTwice() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fix-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let customers = folder.appendingPathComponent("customers.json")
        let generated = try await CustomerAuditBinary.run(["generate", "--customers", "300", "--seed", "9", "--out", customers.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        let (sandbox, url) = try await Self.startSandbox(customers: customers)
        defer { sandbox.terminate() }
        let environment = Self.environment.merging(["CYCLESOFTWARE_BASE_URL": url]) { $1 }
        let store = folder.appendingPathComponent("store.sqlite").path
        let planFile = folder.appendingPathComponent("plan.json").path

        #expect(try await CustomerAuditBinary.run(["sync", "--store", store], environment: environment).status == 0)
        let planned = try await CustomerAuditBinary.run(["fix", "plan", "--store", store, "--out", planFile, "--include-certain"])
        #expect(planned.status == 0, "\(planned.stderr)")
        let plan = try FixPlanFile.read(from: URL(fileURLWithPath: planFile))
        #expect(plan.customers.count >= 30)

        let (apply, _, _) = try CustomerAuditBinary.start(["fix", "apply", planFile, "--store", store, "--yes"], environment: environment)
        let journal = try SnapshotStore.open(path: store)
        let deadline = Date().addingTimeInterval(120)
        // Killed while a customer is started (its PUT about to go out or under way), the hardest moment.
        while apply.isRunning, Date() < deadline {
            let states = try journal.journalEntries(planID: plan.id, direction: .apply).values.map(\.state)
            if states.count(where: { $0 == .done }) >= 8, states.contains(.started) { break }
            try await Task.sleep(for: .milliseconds(2))
        }
        kill(apply.processIdentifier, SIGKILL)
        await TestSupport.offThePool { apply.waitUntilExit() }
        #expect(apply.terminationReason == .uncaughtSignal, "the apply finished before it could be killed")

        // Which customers already hold every planned value, as the API serves them now.
        let check = folder.appendingPathComponent("check.sqlite").path
        #expect(try await CustomerAuditBinary.run(["sync", "--store", check], environment: environment).status == 0)
        let served = Dictionary(uniqueKeysWithValues: try SnapshotStore.open(path: check).customers().map { ($0.customerID!, $0) })
        let doneAtKill = plan.customers.filter { customer in
            customer.changes.allSatisfy { change in
                served[customer.customerID].map { FieldPath.same(FieldPath(change.field)!.value(in: $0), change.after) } ?? false
            }
        }.count
        #expect(doneAtKill >= 8 && doneAtKill < plan.customers.count)
        let atKill = try journal.journalEntries(planID: plan.id, direction: .apply).values

        let resumed = try await CustomerAuditBinary.run(["fix", "apply", planFile, "--store", store, "--yes"], environment: environment)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let counts = try Self.counts(resumed.stdout)
        print("fix apply killed with SIGKILL: \(plan.customers.count) planned customers, journal at the kill: "
              + "\(atKill.count { $0.state == .done }) done, \(atKill.count { $0.state == .started }) started; "
              + "\(doneAtKill) held their planned values; resumed run: \(resumed.stdout.split(separator: "\n").first { $0.hasPrefix("applied") } ?? "")")
        let (applied, alreadyDone, skipped, failed, total) = (counts[0], counts[1], counts[2], counts[3], counts[4])
        // Nothing twice: what was in place at the kill (the customer in flight included) counts as
        // done; only the others are written.
        #expect(total == plan.customers.count && skipped == 0)
        #expect(alreadyDone == doneAtKill && applied == total - doneAtKill - failed, "\(resumed.stdout)")

        let again = try await CustomerAuditBinary.run(["fix", "apply", planFile, "--store", store, "--yes"], environment: environment)
        #expect(try Self.counts(again.stdout)[0] == 0, "\(again.stdout)")
    }
}
