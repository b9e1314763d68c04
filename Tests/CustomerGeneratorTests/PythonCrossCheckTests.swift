import CustomerModel
import Foundation
import Testing
import TestSupport
@testable import CustomerGenerator

/// Checks the generated phones and VAT numbers with the reference implementations: Google's
/// libphonenumber (python `phonenumbers`, the same 8.12.57 metadata as the system library) and
/// `python-stdnum`. `make test` installs both (Tests/requirements.txt) and sets
/// CUSTOMER_AUDIT_PYTHON; then this check must run and pass.
@Suite struct PythonCrossCheckTests {
    static let python = ProcessInfo.processInfo.environment["CUSTOMER_AUDIT_PYTHON"] ?? "/usr/bin/python3"
    static let required = ProcessInfo.processInfo.environment["CUSTOMER_AUDIT_PYTHON"] != nil
    static let available = required || run(["-c", "import phonenumbers, stdnum"]).status == 0

    static let script = #"""
    import json, sys, phonenumbers
    from stdnum.nl import btw
    from stdnum.be import vat as bevat
    data = json.load(open(sys.argv[1])); truth = json.load(open(sys.argv[2]))
    broken = {}
    for p in truth["planted_problems"]: broken.setdefault(p["customer_id"], set()).add(p["kind"])
    wrong = []
    MOBILE = phonenumbers.PhoneNumberType.MOBILE
    FIXED = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    checked = 0
    for c in data:
        kinds = broken.get(c["customer_id"], set())
        region = c["country_code_iso_3166"]
        for p in c["phone_numbers"]:
            n = p["phone_number"]
            if not n: continue
            try: parsed = phonenumbers.parse(n, region if len(region) == 2 and region.isupper() else "NL")
            except Exception: parsed = None
            valid = parsed is not None and phonenumbers.is_valid_number(parsed)
            if not kinds:
                checked += 1
                kind = phonenumbers.number_type(parsed) if valid else None
                if not valid: wrong.append(("invalid phone", c["customer_id"], n))
                elif p["phone_number_id"] == "mob" and kind != MOBILE: wrong.append(("mob not mobile", c["customer_id"], n))
                elif p["phone_number_id"] == "tel" and kind not in FIXED: wrong.append(("tel not fixed", c["customer_id"], n))
        v = c["vat_number"]
        if v and not kinds:
            checked += 1
            if not (btw.is_valid(v) if v.startswith("NL") else bevat.is_valid(v)): wrong.append(("invalid vat", c["customer_id"], v))
        if v and "vat_number.checksum" in kinds:
            if btw.is_valid(v) or bevat.is_valid(v): wrong.append(("planted vat still valid", c["customer_id"], v))
        if "phone.invalid" in kinds or "phone.landline_in_mobile_slot" in kinds:
            mob = [p["phone_number"] for p in c["phone_numbers"] if p["phone_number_id"] == "mob" and p["phone_number"]]
            ok = []
            for n in [p["phone_number"] for p in c["phone_numbers"] if p["phone_number"]]:
                try:
                    parsed = phonenumbers.parse(n, "NL"); ok.append(phonenumbers.is_valid_number(parsed) and (n not in mob or phonenumbers.number_type(parsed) == MOBILE))
                except Exception: ok.append(False)
            if all(ok): wrong.append(("planted phone problem not visible", c["customer_id"], c["phone_numbers"]))
    print(json.dumps({"checked": checked, "wrong": wrong[:20], "wrong_count": len(wrong)}))
    """#

    @Test(.enabled(if: available, "needs python phonenumbers + python-stdnum (make test installs them)"))
    func phonesAndVATNumbersAreValidUnderTheReferenceLibraries() async throws {
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 2024, customers: 8_000))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generator-crosscheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataURL = folder.appendingPathComponent("customers.json"), truthURL = folder.appendingPathComponent("truth.json")
        try Data(("[" + dataset.customers.map(\.raw).joined(separator: ",\n") + "]").utf8).write(to: dataURL)
        try dataset.truth.jsonData().write(to: truthURL)
        let result = await TestSupport.offThePool { Self.run(["-c", Self.script, dataURL.path, truthURL.path]) }
        #expect(result.status == 0, "\(result.error)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((report["checked"] as? Int ?? 0) > 8_000)
        #expect(report["wrong_count"] as? Int == 0, "\(report["wrong"] ?? "")")
    }

    static func run(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return (-1, "", "\(python): \(error)") }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }
}
