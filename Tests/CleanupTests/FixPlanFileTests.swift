import AuditSupport
import CustomerModel
import Foundation
import Testing
import TestSupport
@testable import Cleanup

@Suite struct FixPlanFileTests {
    static let plan = FixPlan(id: "p-1", createdAt: "2026-12-06T10:00:00Z", customers: [
        CustomerChanges(customerID: 6, changes: [
            FieldChange(field: "postcode", before: "5388gm", after: "5388 GM", kind: .normalization, reason: "postcode.format: \"x\""),
            FieldChange(field: "email", before: nil, after: "a@b.nl", kind: .merge, reason: "merge of cluster c-6"),
            FieldChange(field: "phone_numbers[mob]", before: "06-12345678", after: "+31612345678", kind: .normalization, reason: "phone.format"),
        ]),
    ])

    @Test func aPlanReadsBackAsWritten() throws {
        #expect(try FixPlanFile.decode(FixPlanFile.encode(Self.plan), file: "plan.json") == Self.plan)
    }

    @Test func theFileIsOwnerOnly() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try FixPlanFile.write(Self.plan, to: url)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FixPlanFile.read(from: url) == Self.plan)
    }

    /// Each mistake names the file, the line and the key.
    @Test(arguments: [
        ("\"kind\": \"normalization\"", "\"kind\": \"rewrite\"", "customers[0].changes[0].kind"),
        ("\"field\": \"postcode\"", "\"field\": \"customer_id\"", "customers[0].changes[0].field"),
        ("\"version\": 1", "\"version\": 7", "version"),
        ("\"after\": \"5388 GM\",", "\"after\": \"5388 GM\", \"color\": \"red\",", "customers[0].changes[0].color"),
    ])
    func aBadPlanNamesFileLineAndKey(original: String, broken: String, key: String) throws {
        // Foundation writes `"key" : value` on Linux and `"key": value` elsewhere; both are JSON.
        let text = FixPlanFile.encode(Self.plan).replacingOccurrences(of: "\" : ", with: "\": ")
        #expect(text.contains(original))
        let error = try #require(throws: ConfigurationError.self) {
            try FixPlanFile.decode(text.replacingOccurrences(of: original, with: broken), file: "plan.json")
        }
        #expect(error.file == "plan.json" && error.key == key && error.line != nil)
    }

    @Test func fixSettingsReadTheirFileStrictly() throws {
        let settings = try FixSettings.parse("duplicate_marker:\n  field: attn\n  value: \"zie {survivor}\"\n", file: "fix.yml")
        #expect(settings.markerField == .attn && settings.marker(survivor: 9) == "zie 9")
        let error = try #require(throws: ConfigurationError.self) {
            try FixSettings.parse("duplicate_marker:\n  field: customer_id\n", file: "fix.yml")
        }
        #expect(error.line == 2 && error.key == "duplicate_marker.field")
        #expect(throws: ConfigurationError.self) { try FixSettings.parse("duplicate_marker:\n  value: DUPLICATE\n", file: "fix.yml") }
    }
}

@Suite struct ShippedFixSettingsTests {
    @Test func theShippedFileEqualsTheBuiltInDefaults() throws {
        let rules = TestSupport.packageRoot.appendingPathComponent("rules", isDirectory: true)
        #expect(try FixSettings.load(rulesDirectory: rules) == .default)
        #expect(FixSettings.default.marker(survivor: 8) == "DUPLICATE OF 8")
    }
}
