import ArgumentParser
import CustomerModel
import Foundation
import Normalization
import Snapshot

/// `customer-audit export`: the snapshot as JSON Lines on standard output, one customer a line.
///
/// Each line is the raw record exactly as the API sent it (every field and value, unknown fields
/// included; only line breaks between JSON tokens become spaces, so a pretty-printed record still
/// fits on one line). With `--normalized` each line is `{"customer": <raw>, "normalized": {...}}`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the snapshot to standard output as JSON Lines, one customer a line.",
        discussion: """
            Reads the snapshot of the last completed sync. Without --normalized each line is the raw \
            record as the API sent it; with it, {"customer": <raw record>, "normalized": {...}} where \
            "normalized" holds the canonical values, match keys and a parse outcome per field.
            """)

    @Option(help: "The snapshot written by sync.")
    var store: String = SnapshotStore.defaultPath

    @Flag(help: "Add each record's normalized values and match keys.")
    var normalized = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: store) else {
            fail("there is no snapshot at \(store); run `customer-audit sync` first (or pass --store PATH)")
        }
        do {
            let snapshot = try SnapshotStore.open(path: store)
            if try snapshot.lastCompletedSync() == nil {
                FileHandle.standardError.write(Data("note: the snapshot at \(store) holds no completed sync yet\n".utf8))
            }
            var output = LineWriter()
            if normalized {
                let normalizer = Normalizer()
                var position = 0
                try snapshot.forEachCustomerBatch { batch in
                    for var record in normalizer.normalize(batch) {
                        position += 1
                        // The batch numbered its id-less records from 1; number them across the snapshot.
                        if record.customer.customerID == nil { record.id = -position }
                        output.write("{\"customer\":\(Self.oneLine(record.customer.raw)),\"normalized\":\(NormalizedJSON.encode(record))}")
                    }
                }
            } else {
                try snapshot.forEachRawCustomer { _, raw in output.write(Self.oneLine(raw)) }
            }
            output.flush()
        } catch {
            fail("\(error)")
        }
    }

    /// Literal line breaks cannot occur inside JSON strings, so in valid JSON they separate tokens
    /// and a space does the same job.
    static func oneLine(_ raw: String) -> String {
        guard raw.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return raw }
        return String(String.UnicodeScalarView(raw.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }

    private func fail(_ message: String) -> Never {
        Console.shared.error(message)
        Foundation.exit(AuditExitCode.unreadableInput.rawValue)
    }
}

/// Buffered writes to standard output, one line each.
private struct LineWriter {
    private var buffer: [UInt8] = []

    mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A `NormalizedCustomer` as a JSON object for `export --normalized`: every value under a stable
/// snake_case key (null when absent, so spreadsheet columns line up), keys sorted. Outcomes are
/// `valid`, `missing`, `unchecked` or `invalid`, with the reason in the `problem` beside them.
enum NormalizedJSON {
    indirect enum Value {
        case null, bool(Bool), number(Int), text(String), array([Value]), object([String: Value])
    }

    static func encode(_ record: NormalizedCustomer) -> String {
        let person = record.person, company = record.company, address = record.address
        let email = record.email, vat = record.vat, kvk = record.kvk, country = record.country
        return render(.object([
            "id": .number(record.id),
            "person": object([
                "title": text(person.title), "first_name": text(person.firstName), "first_name_key": text(person.firstNameKey),
                "first_name_canonical_key": text(person.firstNameCanonicalKey), "initials": .text(person.initials),
                "particle": text(person.particle), "surname": text(person.surname), "surname_key": text(person.surnameKey),
                "surname_phonetic": text(person.surnamePhonetic), "display_name": .text(person.displayName),
            ]),
            "company": object(["display": text(company.display), "key": text(company.key), "legal_form": text(company.legalForm)]),
            "address": object([
                "postcode": text(address.postcode), "postcode_key": text(address.postcodeKey),
                "house_number": address.houseNumber.map(Value.number) ?? .null,
                "house_number_postfix": text(address.houseNumberPostfix), "street": text(address.street),
                "street_key": text(address.streetKey), "city": text(address.city), "city_key": text(address.cityKey),
            ], outcomes: ["postcode_": address.postcodeOutcome, "house_number_": address.houseNumberOutcome]),
            "phones": .array(record.phones.map { phone in
                object([
                    "slot": .text(phone.slot.rawValue), "slot_id": text(phone.slotID), "raw": text(phone.raw),
                    "e164": text(phone.e164), "kind": .text(phone.kind.rawValue), "region": text(phone.region),
                ], outcomes: ["": phone.outcome])
            }),
            "email": object([
                "raw": text(email.raw), "key": text(email.key), "canonical_key": text(email.canonicalKey),
                "local_part": text(email.localPart), "domain": text(email.domain), "suggestion": text(email.suggestion),
            ], outcomes: ["": email.outcome]),
            "vat": object(["raw": text(vat.raw), "canonical": text(vat.canonical), "scheme": text(vat.scheme?.rawValue)],
                          outcomes: ["": vat.outcome]),
            "kvk": object(["raw": text(kvk.raw), "canonical": text(kvk.canonical), "is_branch_number": .bool(kvk.isBranchNumber)],
                          outcomes: ["": kvk.outcome]),
            "country": object(["raw": text(country.raw), "code": text(country.code), "effective": .text(country.effective)],
                              outcomes: ["": country.outcome]),
        ]))
    }

    private static func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }

    /// Members plus `<prefix>outcome` and `<prefix>problem` for each outcome.
    private static func object(_ members: [String: Value], outcomes: [String: FieldOutcome] = [:]) -> Value {
        var members = members
        for (prefix, outcome) in outcomes {
            let (name, problem): (String, String?) = switch outcome {
            case .missing: ("missing", nil)
            case .valid: ("valid", nil)
            case .unchecked: ("unchecked", nil)
            case let .invalid(reason): ("invalid", reason)
            }
            members[prefix + "outcome"] = .text(name)
            members[prefix + "problem"] = text(problem)
        }
        return .object(members)
    }

    static func render(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case let .bool(flag): return flag ? "true" : "false"
        case let .number(number): return String(number)
        case let .text(text): return CustomerJSON.quoted(text)
        case let .array(values): return "[" + values.map(render).joined(separator: ",") + "]"
        case let .object(members):
            return "{" + members.keys.sorted().map { CustomerJSON.quoted($0) + ":" + render(members[$0]!) }.joined(separator: ",") + "}"
        }
    }
}
