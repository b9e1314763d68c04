import AuditSupport
import CustomerModel
import Foundation
import Testing
import TestSupport
@testable import Normalization

struct FirstNameTableTests {
    @Test func builtInEqualsShippedFile() throws {
        let url = TestSupport.packageRoot.appendingPathComponent("rules/first-names.yml")
        let shipped = try FirstNameTable.load(from: url)
        #expect(shipped == FirstNameTable.builtIn)
        #expect(shipped.officialByShort.count > 100)
    }

    @Test(arguments: [("kees", "cornelis"), ("jan", "johannes"), ("hans", "johannes"), ("piet", "petrus"), ("wim", "willem"),
                      ("bram", "abraham"), ("joop", "johannes"), ("mien", "wilhelmina"), ("jan peter", "johannes")])
    func knownPairs(short: String, official: String) {
        #expect(FirstNameTable.builtIn.official(for: short) == official)
    }

    @Test func unknownNameHasNoOfficialForm() {
        #expect(FirstNameTable.builtIn.official(for: "cornelis") == nil)
        #expect(FirstNameTable.builtIn.official(for: "zzz") == nil)
    }

    @Test(arguments: [
        ("version: 1\nofficial_names:\n  cornelis: [kees]\n  johannes: [kees]\n", 4, "official_names.johannes[0]"),
        ("version: 1\nofficial_names:\n  cornelis: kees\n", 3, "official_names.cornelis"),
        ("version: 1\nofficial_names:\n  Cornelis: [kees]\n", 3, "official_names.Cornelis"),
        ("version: 1\nofficial_names:\n  cornelis: [Kees]\n", 3, "official_names.cornelis[0]"),
        ("version: 1\nnames:\n  cornelis: [kees]\n", 2, "names"),
        ("version: 2\nofficial_names: {}\n", 1, "version"),
        ("version: 1\nofficial_names: [a, b]\n", 2, "official_names"),
    ] as [(String, Int, String)])
    func badFilesNameLineAndKey(yaml: String, line: Int, key: String) {
        do {
            _ = try FirstNameTable.parse(yaml: yaml, file: "first-names.yml")
            Issue.record("expected a ConfigurationError")
        } catch let error as ConfigurationError {
            #expect(error.file == "first-names.yml")
            #expect(error.line == line)
            #expect(error.key == key)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unreadableAndInvalidYAML() {
        #expect(throws: ConfigurationError.self) { try FirstNameTable.load(from: URL(fileURLWithPath: "/nonexistent/first-names.yml")) }
        #expect(throws: ConfigurationError.self) { try FirstNameTable.parse(yaml: "official_names: [unclosed", file: "x.yml") }
    }
}
