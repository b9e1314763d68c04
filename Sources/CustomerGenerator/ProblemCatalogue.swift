import AuditSupport
import CustomerModel

/// One kind of planted quality problem: the API field it lives in and how to plant it into a clean
/// record. `plant` returns false when the record has nothing to break (no VAT on a consumer).
struct ProblemKind: Sendable {
    let kind: String
    let field: CustomerField
    let weight: Double
    let plant: @Sendable (inout Customer, inout SplitMix64) -> Bool
}

/// Every kind of problem the quality rules (issue 4) are measured against, with examples of the
/// values real customer bases contain.
enum ProblemCatalogue {
    static let all: [ProblemKind] = addressProblems + contactProblems + companyProblems + nameProblems
    static let payloads: [ProblemKind] = payloadProblems

    static func named(_ kind: String, field: CustomerField) -> ProblemKind? {
        (all + payloads).first { $0.kind == kind && $0.field == field }
    }

    private static let addressProblems: [ProblemKind] = [
        ProblemKind(kind: "postcode.invalid", field: .postcode, weight: 4) { customer, rng in
            guard customer.countryCode == "NL", let code = customer.postcode?.filter({ $0 != " " }), code.count == 6 else { return false }
            let digits = String(code.prefix(4)), letters = String(code.suffix(2))
            let shortDigits: String = String(digits.dropLast()) + " " + letters
            let leadingZero: String = "0" + String(digits.dropFirst()) + letters
            let fiveDigits: String = digits + "9 " + letters
            let oneLetter: String = digits + " " + String(letters.prefix(1))
            let forbidden: [String] = [digits + " SA", digits + "SS", digits + "SD"]
            customer.postcode = rng.pick([shortDigits, leadingZero, fiveDigits, oneLetter] + forbidden)
            return true
        },
        ProblemKind(kind: "postcode.not_canonical", field: .postcode, weight: 3) { customer, rng in
            guard customer.countryCode == "NL", let code = customer.postcode?.filter({ $0 != " " }), code.count == 6 else { return false }
            let digits = String(code.prefix(4)), letters = String(code.suffix(2))
            customer.postcode = rng.pick([digits + letters.lowercased(), digits + " " + letters.lowercased(), digits + "  " + letters])
            return true
        },
        ProblemKind(kind: "house_number.unparseable", field: .houseNumber, weight: 3) { customer, rng in
            guard customer.street?.isEmpty == false else { return false }
            customer.houseNumber = rng.pick(["abc", "", "twaalf", "?", "nvt"])
            customer.houseNumberPostfix = ""
            return true
        },
        ProblemKind(kind: "country_code.lowercase", field: .countryCode, weight: 2) { customer, _ in
            guard let code = customer.countryCode, !code.isEmpty else { return false }
            customer.countryCode = code.lowercased()
            return true
        },
        ProblemKind(kind: "country_code.not_iso", field: .countryCode, weight: 2) { customer, rng in
            customer.countryCode = rng.pick(["XX", "Holland", "NLD", "Nederland", "N.L."])
            return true
        },
        ProblemKind(kind: "casing.all_caps", field: .city, weight: 1.5) { customer, _ in upper(&customer.city) },
        ProblemKind(kind: "casing.all_lower", field: .city, weight: 1.5) { customer, _ in lower(&customer.city) },
        ProblemKind(kind: "whitespace.trailing", field: .street, weight: 1) { customer, _ in pad(&customer.street, "", " ") },
        ProblemKind(kind: "whitespace.doubled", field: .street, weight: 1) { customer, _ in doubleSpace(&customer.street) },
        ProblemKind(kind: "placeholder.value", field: .city, weight: 1) { customer, rng in
            customer.city = rng.pick(["onbekend", "xxx", "-", "test"])
            return true
        },
    ]

    private static let contactProblems: [ProblemKind] = [
        ProblemKind(kind: "phone.invalid", field: .phoneNumbers, weight: 3) { customer, rng in
            let slot = customer.phoneNumbers.firstIndex { $0.phoneNumber?.isEmpty == false } ?? 0
            guard customer.phoneNumbers.indices.contains(slot) else { return false }
            customer.phoneNumbers[slot].phoneNumber = rng.pick(["12345", "06-1234", "061234567890123", "+31 6 123", "0612-34-56-78-90-1"])
            return true
        },
        ProblemKind(kind: "phone.landline_in_mobile_slot", field: .phoneNumbers, weight: 2) { customer, rng in
            guard customer.countryCode == "NL", let mob = customer.phoneNumbers.firstIndex(where: { $0.phoneNumberID == "mob" }) else { return false }
            let landline = PhoneFactory.landline(areaCode: rng.pick(["010", "020", "030", "040", "050", "070", "073", "076"]),
                                                 country: .netherlands, using: &rng)
            customer.phoneNumbers[mob].phoneNumber = PhoneFactory.format(landline, country: .netherlands, using: &rng)
            if let tel = customer.phoneNumbers.firstIndex(where: { $0.phoneNumberID == "tel" }) { customer.phoneNumbers[tel].phoneNumber = "" }
            return true
        },
        ProblemKind(kind: "phone.placeholder", field: .phoneNumbers, weight: 1) { customer, rng in
            guard let slot = customer.phoneNumbers.indices.first else { return false }
            customer.phoneNumbers[slot].phoneNumber = rng.pick(["0000000000", "0600000000", "1111111111"])
            return true
        },
        ProblemKind(kind: "email.syntax", field: .email, weight: 3) { customer, rng in
            guard let email = customer.email, let at = email.firstIndex(of: "@") else { return false }
            let local = String(email[..<at]), domain = String(email[email.index(after: at)...])
            customer.email = rng.pick([local + "@", local + "." + domain, local + " @" + domain, local + "@@" + domain,
                                       local + "@" + domain.split(separator: ".").dropLast().joined(separator: "."), local + "@" + domain + " "])
            return true
        },
        ProblemKind(kind: "email.domain_typo", field: .email, weight: 4) { customer, rng in
            guard let email = customer.email, let at = email.firstIndex(of: "@"),
                  let typos = domainTypos[String(email[email.index(after: at)...])] else { return false }
            customer.email = String(email[...at]) + rng.pick(typos)
            return true
        },
        ProblemKind(kind: "placeholder.email", field: .email, weight: 1) { customer, rng in
            let local = customer.email?.split(separator: "@").first.map(String.init) ?? "klant"
            customer.email = rng.pick([local + "@example.com", "test@test.nl", "geen@email.nl", "noreply@example.com"])
            return true
        },
        ProblemKind(kind: "discount_percentage.range", field: .discountPercentage, weight: 2) { customer, rng in
            customer.discountPercentage = rng.pick(["-5", "150", "110", "250", "-10"])
            return true
        },
        ProblemKind(kind: "customer_type_name.unknown", field: .customerTypeName, weight: 2) { customer, rng in
            customer.customerTypeName = rng.pick(["Particulier", "Dealer", "Prive", "Onbekend type", "Groothandel"])
            return true
        },
    ]

    private static let companyProblems: [ProblemKind] = [
        ProblemKind(kind: "vat_number.checksum", field: .vatNumber, weight: 3) { customer, _ in
            guard let vat = customer.vatNumber, vat.count >= 12 else { return false }
            customer.vatNumber = brokenVAT(vat)
            return customer.vatNumber != vat
        },
        ProblemKind(kind: "coc_number.length", field: .cocNumber, weight: 3) { customer, rng in
            guard let kvk = customer.cocNumber, kvk.count == 8 else { return false }
            customer.cocNumber = rng.chance(0.5) ? String(kvk.dropLast()) : kvk + String(Int.random(in: 0...9, using: &rng))
            return true
        },
        ProblemKind(kind: "company_name.missing", field: .companyName, weight: 3) { customer, _ in
            guard customer.customerTypeName == "Zakelijk", customer.companyName?.isEmpty == false else { return false }
            customer.companyName = ""
            return true
        },
    ]

    private static let nameProblems: [ProblemKind] = [
        ProblemKind(kind: "casing.all_caps", field: .name, weight: 2) { customer, _ in upper(&customer.name) },
        ProblemKind(kind: "casing.all_lower", field: .name, weight: 2) { customer, _ in lower(&customer.name) },
        ProblemKind(kind: "casing.all_caps", field: .firstName, weight: 1) { customer, _ in upper(&customer.firstName) },
        ProblemKind(kind: "casing.all_lower", field: .firstName, weight: 1) { customer, _ in lower(&customer.firstName) },
        ProblemKind(kind: "whitespace.leading", field: .name, weight: 1) { customer, _ in pad(&customer.name, " ", "") },
        ProblemKind(kind: "whitespace.trailing", field: .firstName, weight: 1) { customer, _ in pad(&customer.firstName, "", " ") },
        ProblemKind(kind: "whitespace.doubled", field: .name, weight: 1) { customer, _ in doubleSpace(&customer.name) },
        ProblemKind(kind: "placeholder.value", field: .name, weight: 2) { customer, rng in
            customer.name = rng.pick(["test", "xxx", "onbekend", "asdf", "-", "Test"])
            customer.insertion = ""
            return true
        },
        ProblemKind(kind: "placeholder.value", field: .firstName, weight: 1) { customer, rng in
            customer.firstName = rng.pick(["test", "xxx", "asdf", "-"])
            return true
        },
    ]

    private static let payloadProblems: [ProblemKind] = [
        ProblemKind(kind: "payload.script", field: .name, weight: 1) { customer, _ in
            customer.name = "<script>window.__pwned=1</script>"
            return true
        },
        ProblemKind(kind: "payload.html", field: .firstName, weight: 1) { customer, _ in
            customer.firstName = "\"><img src=x onerror=alert(1)>"
            return true
        },
        ProblemKind(kind: "payload.rtl_override", field: .name, weight: 1) { customer, _ in
            customer.name = (customer.name ?? "") + "\u{202E}fdp.exe"
            return true
        },
        ProblemKind(kind: "payload.emoji", field: .firstName, weight: 1) { customer, _ in
            customer.firstName = (customer.firstName ?? "") + " 🚲😀"
            return true
        },
        ProblemKind(kind: "payload.html", field: .companyName, weight: 1) { customer, _ in
            customer.companyName = "Fietsen & Zo <b>B.V.</b> \"quoted\" 'single'"
            return true
        },
    ]

    static let domainTypos: [String: [String]] = [
        "gmail.com": ["gmial.com", "gmail.nl", "gmal.com", "gmail.co", "gamil.com"],
        "hotmail.com": ["hotmial.com", "hotmail.con", "hotmai.com", "hotmal.com"],
        "hotmail.nl": ["hotmial.nl", "hotmail.nll"],
        "ziggo.nl": ["ziggo.nll", "zigo.nl", "ziggo.com"],
        "kpnmail.nl": ["kpnmail.nll", "kpnmial.nl", "kpmail.nl"],
        "outlook.com": ["outlok.com", "outlook.con", "outloo.com"],
        "live.nl": ["live.nll", "lve.nl"],
        "icloud.com": ["icloud.con", "icoud.com"],
        "planet.nl": ["planet.nll", "plant.nl"],
    ]

    private static func upper(_ value: inout String?) -> Bool {
        guard let text = value, text.uppercased() != text, text.count >= 2 else { return false }
        value = text.uppercased()
        return true
    }

    private static func lower(_ value: inout String?) -> Bool {
        guard let text = value, text.lowercased() != text, text.count >= 2 else { return false }
        value = text.lowercased()
        return true
    }

    private static func pad(_ value: inout String?, _ before: String, _ after: String) -> Bool {
        guard let text = value, !text.isEmpty else { return false }
        value = before + text + after
        return true
    }

    private static func doubleSpace(_ value: inout String?) -> Bool {
        guard let text = value, let space = text.firstIndex(of: " ") else { return false }
        value = text[..<space] + " " + text[space...]
        return true
    }

    /// The VAT number with its checksum broken, checked against both Dutch schemes.
    private static func brokenVAT(_ vat: String) -> String {
        var characters = Array(vat)
        let position = vat.hasPrefix("BE") ? characters.count - 1 : 10
        for bump in 1...9 {
            guard let digit = characters[position].wholeNumberValue else { return vat }
            characters[position] = Character(String((digit + bump) % 10))
            let candidate = String(characters)
            if vat.hasPrefix("BE") { return candidate }
            let nine = String(candidate.dropFirst(2).prefix(9))
            if !Identifiers.isElevenTestValid(nine) && Identifiers.mod97Alphanumeric(candidate) != 1 { return candidate }
            characters = Array(vat)
        }
        return vat
    }
}
