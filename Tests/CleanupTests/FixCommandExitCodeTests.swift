import Foundation
import Testing
import TestSupport
@testable import Cleanup

/// The exit codes of `fix apply` as a CI job or a script sees them.
@Suite struct FixCommandExitCodeTests {
    static func planFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fix-exit-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        return url
    }

    static let plan = FixPlan(id: "exit", createdAt: "2026-12-06T10:00:00Z", customers: [
        CustomerChanges(customerID: 6, changes: [FieldChange(field: "city", before: "NISTELRODE", after: "Nistelrode",
                                                             kind: .normalization, reason: "text.casing")]),
    ])

    @Test func aBadPlanIsExitTwoNamingFileLineAndKey() async throws {
        let text = FixPlanFile.encode(Self.plan).replacingOccurrences(of: "\" : ", with: "\": ")
            .replacingOccurrences(of: "\"field\": \"city\"", with: "\"field\": \"customer_id\"")
        let url = try Self.planFile(text)
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("fix-exit-\(UUID().uuidString).sqlite").path
        let result = try await CustomerAuditBinary.run(["fix", "apply", url.path, "--store", store, "--yes"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(url.path):") && result.stderr.contains("customers[0].changes[0].field"), "\(result.stderr)")
    }

    @Test func aDryRunWritesNothingAndAnUnusableAPIIsExitThree() async throws {
        let url = try Self.planFile(FixPlanFile.encode(Self.plan))
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("fix-exit-\(UUID().uuidString).sqlite").path
        let dryRun = try await CustomerAuditBinary.run(["fix", "apply", url.path, "--store", store])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("city: \"NISTELRODE\" → \"Nistelrode\"") && dryRun.stdout.contains("dry run: nothing written"))
        // Nothing listens on port 9 of loopback: the API cannot be reached.
        let unreachable = try await CustomerAuditBinary.run(["fix", "apply", url.path, "--store", store, "--yes", "--base-url", "http://127.0.0.1:9"],
                                                           environment: ["CYCLESOFTWARE_USERNAME": "u", "CYCLESOFTWARE_PASSWORD": "p"])
        #expect(unreachable.status == 3, "\(unreachable.stderr)")
        let missing = try await CustomerAuditBinary.run(["fix", "apply", url.path, "--store", store, "--yes"])
        #expect(missing.status == 3 && missing.stderr.contains("CYCLESOFTWARE_USERNAME"))
    }
}
