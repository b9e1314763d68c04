import CustomerModel
import Normalization

/// A `NormalizedCustomer` as a JSON object for `export --normalized`: every value under a stable
/// snake_case key (null when absent, so spreadsheet columns line up), keys sorted. Outcomes are
/// `valid`, `missing`, `unchecked` or `invalid`, with the reason in the `problem` beside them.
public enum NormalizedJSON {
    indirect enum Value {
        case null, bool(Bool), number(Int), text(String), array([Value]), object([String: Value])
    }

    public static func encode(_ record: NormalizedCustomer) -> String {
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
