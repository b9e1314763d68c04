import AuditSupport
import CustomerModel
import Foundation
import TestSupport
import Testing
import Yams
@testable import Quality

@Suite struct QualityConfigurationTests {
    static let shippedFile = TestSupport.packageRoot.appendingPathComponent("rules/quality.yml")

    @Test func shippedFileEqualsDefault() throws {
        let loaded = try QualityConfiguration.load(from: Self.shippedFile)
        #expect(loaded == QualityConfiguration.default)
    }

    /// Equality alone would pass for an empty file; the shipped file spells out every rule and
    /// every parameter, so users see what they can change.
    @Test func shippedFileListsEveryRuleAndParameter() throws {
        let text = try String(contentsOf: Self.shippedFile, encoding: .utf8)
        let rules = try #require(try Yams.compose(yaml: text)?["rules"]?.mapping)
        for description in RuleCatalog.descriptions {
            let entry = try #require(rules[description.id]?.mapping, "\(description.id) missing from quality.yml")
            for key in ["enabled", "severity"] + description.parameters.map(\.name) {
                #expect(entry[key] != nil, "\(description.id).\(key) missing from quality.yml")
            }
        }
    }

    @Test func overridesAreRead() throws {
        let configuration = try QualityConfiguration.parse("""
            rules:
              text.casing:
                severity: info
                fields: [city]
                minimum_letters: 4
              numeric.range:
                ranges:
                  discount_percentage: {min: 0, max: 50}
              postcode.format:
                enabled: false
                customer_types: [Klant]
            """)
        #expect(configuration["text.casing"]?.severity == .info)
        #expect(configuration["text.casing"]?.rule as? CasingRule == {
            var rule = CasingRule()
            rule.fields = [.city]
            rule.minimumLetters = 4
            return rule
        }())
        #expect((configuration["numeric.range"]?.rule as? NumericRangeRule)?.ranges[.discountPercentage]?.maximum == 50)
        #expect(configuration["postcode.format"]?.enabled == false)
        #expect(configuration["postcode.format"]?.customerTypes == ["Klant"])
        #expect(configuration["email.valid"] == QualityConfiguration.default["email.valid"])
        #expect(configuration != QualityConfiguration.default)
    }

    @Test func emptyFileIsTheDefault() throws {
        #expect(try QualityConfiguration.parse("") == .default)
        #expect(try QualityConfiguration.parse("rules:\n") == .default)
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: Int?
        var key: String?
        var testDescription: String { key ?? "line \(line ?? 0)" }
    }

    static let badFiles: [BadFile] = [
        BadFile(yaml: "rules:\n  postcode.vaild:\n    enabled: true\n", line: 2, key: "rules.postcode.vaild"),
        BadFile(yaml: "rules:\n  postcode.valid:\n    severity: fatal\n", line: 3, key: "rules.postcode.valid.severity"),
        BadFile(yaml: "rules:\n  postcode.valid:\n    enabled: sometimes\n", line: 3, key: "rules.postcode.valid.enabled"),
        BadFile(yaml: "rules:\n  postcode.valid:\n    colour: red\n", line: 3, key: "rules.postcode.valid.colour"),
        BadFile(yaml: "version: 1\nrule:\n  postcode.valid: {}\n", line: 2, key: "rule"),
        BadFile(yaml: "version: 2\n", line: 1, key: "version"),
        BadFile(yaml: "rules:\n  text.casing:\n    minimum_letters: three\n", line: 3, key: "rules.text.casing.minimum_letters"),
        BadFile(yaml: "rules:\n  text.casing:\n    fields: [city,\n             town]\n", line: 4, key: "rules.text.casing.fields"),
        BadFile(yaml: "rules:\n  text.casing:\n    fields: city\n", line: 3, key: "rules.text.casing.fields"),
        BadFile(yaml: "rules:\n  numeric.range:\n    ranges:\n      discount_percentage: {min: 0, maximum: 9}\n", line: 4,
                key: "rules.numeric.range.ranges.discount_percentage.maximum"),
        BadFile(yaml: "rules:\n  numeric.range:\n    ranges:\n      discount_percentage: {min: 10, max: 9}\n", line: 4,
                key: "rules.numeric.range.ranges.discount_percentage"),
        BadFile(yaml: "rules:\n  allowed_values:\n    values:\n      kleur: [rood]\n", line: 4, key: "rules.allowed_values.values"),
        BadFile(yaml: "rules:\n  contact.shared:\n    fields: [city]\n", line: 3, key: "rules.contact.shared.fields"),
        BadFile(yaml: "rules: [postcode.valid]\n", line: 1, key: "rules"),
        BadFile(yaml: "rules:\n  postcode.valid: [on]\n", line: 2, key: "rules.postcode.valid"),
        BadFile(yaml: "rules:\n  postcode.valid:\n    severity: error\n   enabled: true\n", line: 4, key: nil),
    ]

    @Test(arguments: badFiles)
    func badFileNamesFileLineAndKey(_ bad: BadFile) {
        do {
            _ = try QualityConfiguration.parse(bad.yaml, file: "rules/quality.yml")
            Issue.record("accepted: \(bad.yaml)")
        } catch let error as ConfigurationError {
            #expect(error.file == "rules/quality.yml")
            #expect(error.line == bad.line, "\(error)")
            #expect(error.key == bad.key, "\(error)")
            #expect(error.description.hasPrefix("rules/quality.yml:\(bad.line ?? 0)"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unreadableFileIsAConfigurationError() {
        let missing = URL(fileURLWithPath: "/nonexistent/quality.yml")
        #expect(throws: ConfigurationError.self) { try QualityConfiguration.load(from: missing) }
    }
}
