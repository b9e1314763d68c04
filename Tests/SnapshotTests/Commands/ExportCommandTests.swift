import CustomerModel
import Foundation
import Testing
@testable import Snapshot

@Suite struct ExportCommandTests {
    static let texts = [
        #"{"customer_id": 8, "name": "Name 235238848",  "loyalty": {"tier": "gold"}, "coc_number": "",   "x": null}"#,
        #"{"customer_id":"11","first_name":"Zoë","name":"O’Brien <b>bold</b>","city":"Zürich 🚲","postcode":"5388gm"}"#,
        "{\n    \"customer_id\": 12,\r\n    \"name\": \"Pretty\\nPrinted\",\n    \"email\": \"JAN@Example.NL \"\n}",
        #"{"name": "no id at all", "phone_numbers": [{"phone_number_id": "mob", "phone_number": "06-12345678"}]}"#,
    ]

    func populatedStore() async throws -> String {
        let path = Fixtures.temporaryStorePath()
        let source = InMemoryPageSource(Self.texts.map(Fixtures.customer), modified: Date(), pageSize: 2)
        _ = try await Synchronizer(store: try SnapshotStore.open(path: path), source: source).run(full: false)
        return path
    }

    @Test func writesEachRawRecordOnOneLine() async throws {
        let path = try await populatedStore()
        let result = try await BinaryRunner.run(["export", "--store", path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Ordered by id, id-less last; byte for byte, except line breaks between tokens.
        #expect(lines == [Self.texts[0], Self.texts[1], Self.texts[2].replacingOccurrences(of: "\r\n", with: "  ")
                    .replacingOccurrences(of: "\n", with: " "), Self.texts[3], ""])
        for (line, text) in zip(lines, [Self.texts[0], Self.texts[1], Self.texts[2], Self.texts[3]]) {
            #expect(try parse(line) == parse(text))
        }
    }

    @Test func addsNormalizedValuesWithTheRawRecord() async throws {
        let path = try await populatedStore()
        let result = try await BinaryRunner.run(["export", "--store", path, "--normalized"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        for (object, text) in zip(objects, [Self.texts[0], Self.texts[1], Self.texts[2], Self.texts[3]]) {
            #expect(Set(object.keys) == ["customer", "normalized"])
            #expect(try NSDictionary(dictionary: object["customer"] as! [String: Any]) == parse(text))
            let normalized = try #require(object["normalized"] as? [String: Any])
            #expect(Set(normalized.keys) == ["id", "person", "company", "address", "phones", "email", "vat", "kvk", "country"])
        }
        #expect(objects.map { ($0["normalized"] as! [String: Any])["id"] as? Int } == [8, 11, 12, -4])
        let address = (objects[1]["normalized"] as! [String: Any])["address"] as! [String: Any]
        #expect(address["postcode_key"] as? String == "5388gm")
        let phones = (objects[3]["normalized"] as! [String: Any])["phones"] as! [[String: Any]]
        #expect(phones.first?["e164"] as? String == "+31612345678")
        #expect(phones.first?["outcome"] as? String == "valid")
    }

    @Test func unreadableOrMissingStoreExitsWithFour() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let garbage = folder.appendingPathComponent("store.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: garbage)
        for path in [garbage.path, folder.appendingPathComponent("missing.sqlite").path] {
            let result = try await BinaryRunner.run(["export", "--store", path])
            #expect(result.status == 4)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing.sqlite").path))
    }

    private func parse(_ text: String) throws -> NSDictionary {
        NSDictionary(dictionary: try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]))
    }
}
