import CustomerModel
import Foundation
import Testing
import TestSupport
@testable import Normalization

/// Our phone, VAT and postcode answers against libphonenumber's Python port and python-stdnum, on
/// the seeded corpora of `Tests/crosscheck/*.py`. The committed JSON is always checked; when the
/// Python packages are installed (`make test` installs them) the scripts are also run afresh, so a
/// corpus cannot drift from what the libraries say. Under `make test` missing packages fail the test.
struct CrossCheckTests {
    struct PhoneCorpus: Decodable {
        struct Case: Decodable {
            var input: String, region: String, e164: String?, valid: Bool, kind: String, number_region: String?
        }
        var cases: [Case]
    }

    struct StdnumCorpus: Decodable {
        struct VAT: Decodable { var input: String, country: String, valid: Bool, scheme: String?, canonical: String? }
        struct Postcode: Decodable { var input: String, valid: Bool, display: String? }
        var vat: [VAT]
        var postcodes: [Postcode]
    }

    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/crosscheck")

    @Test func phonesAgreeWithCommittedCorpus() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("phones.json"))
        try checkPhones(data)
    }

    @Test func vatAndPostcodesAgreeWithCommittedCorpus() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("vat_postcode.json"))
        try checkStdnum(data)
    }

    @Test func phonesAgreeWithLivePhonenumbers() async throws {
        guard let data = try await TestSupport.offThePool({ try runScript("phones.py", modules: ["phonenumbers"]) }) else { return }
        try checkPhones(data)
    }

    @Test func vatAndPostcodesAgreeWithLiveStdnum() async throws {
        guard let data = try await TestSupport.offThePool({ try runScript("vat_postcode.py", modules: ["stdnum"]) }) else { return }
        try checkStdnum(data)
    }

    func checkPhones(_ data: Data) throws {
        let corpus = try JSONDecoder().decode(PhoneCorpus.self, from: data)
        #expect(corpus.cases.count >= 1_000)
        // Through the whole normalizer, so cleaning, the default region and the cache are covered too.
        let customers = corpus.cases.enumerated().map { index, item in
            Customer(customerID: index, countryCode: item.region, phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: item.input)])
        }
        let normalized = Normalizer().normalize(customers, workers: 2)
        var disagreements: [String] = []
        for (item, result) in zip(corpus.cases, normalized) {
            let phone = result.phones[0]
            let ours = "\(phone.e164 ?? "-") \(phone.outcome == .valid) \(phone.kind.rawValue) \(phone.region ?? "-")"
            let theirs = "\(item.e164 ?? "-") \(item.valid) \(item.kind) \(item.number_region ?? "-")"
            if ours != theirs && !(item.input.trimmingCharacters(in: .whitespaces).isEmpty && phone.outcome == .missing && !item.valid) {
                disagreements.append("\(item.input.debugDescription) [\(item.region)]: ours \(ours), phonenumbers \(theirs)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(corpus.cases.count) disagree; first: \(disagreements.prefix(8).joined(separator: "; "))")
    }

    func checkStdnum(_ data: Data) throws {
        let corpus = try JSONDecoder().decode(StdnumCorpus.self, from: data)
        #expect(corpus.vat.count >= 1_000 && corpus.postcodes.count >= 1_000)
        var disagreements: [String] = []
        for item in corpus.vat {
            let result = VATValidator.parse(item.input, country: item.country)
            let ours = "\(result.outcome == .valid) \(result.outcome == .valid ? result.scheme?.rawValue ?? "-" : "-") \(result.outcome == .valid ? result.canonical ?? "-" : "-")"
            let theirs = "\(item.valid) \(item.valid ? item.scheme ?? "-" : "-") \(item.canonical ?? "-")"
            if ours != theirs { disagreements.append("VAT \(item.input.debugDescription): ours \(ours), stdnum \(theirs)") }
        }
        for item in corpus.postcodes {
            let result = PostcodeParser.parse(item.input, country: "NL")
            let ours = "\(result.outcome == .valid) \(result.display ?? "-")"
            let theirs = "\(item.valid) \(item.display ?? "-")"
            if ours != theirs { disagreements.append("postcode \(item.input.debugDescription): ours \(ours), stdnum \(theirs)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagree; first: \(disagreements.prefix(8).joined(separator: "; "))")
    }

    /// Runs a corpus script with the project's Python; nil when the packages are absent outside `make test`.
    func runScript(_ name: String, modules: [String]) throws -> Data? {
        let configured = ProcessInfo.processInfo.environment["CUSTOMER_AUDIT_PYTHON"]
        let venv = TestSupport.packageRoot.appendingPathComponent(".build/venv/bin/python").path
        let python = configured ?? (FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/env")
        let prefix = python == "/usr/bin/env" ? ["python3"] : []
        let probe = try run(python, prefix + ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])
        guard probe.status == 0 else {
            // `make test` promises the packages; elsewhere the committed corpus still carries the check.
            #expect(configured == nil, "\(python) lacks \(modules.joined(separator: ", ")): run `make python-deps`")
            return nil
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try run(python, prefix + [Self.folder.appendingPathComponent(name).path, output.path])
        #expect(result.status == 0, "\(name) failed: \(result.error)")
        return try Data(contentsOf: output)
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errorData, as: UTF8.self))
    }
}
