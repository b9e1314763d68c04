import CustomerModel
import Foundation
import Testing
@testable import CustomerGenerator

/// Records without a planted problem must be clean, or the quality rules' false-positive rate
/// cannot be measured on them.
@Suite struct CleanRecordTests {
    static let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 77, customers: 10_000, nonLatinRate: 0.02))
    static var clean: [Customer] {
        let broken = dataset.truth.customersWithProblems
        return dataset.customers.filter { !broken.contains($0.customerID!) }
    }

    @Test func postcodesAreValidForTheirCountry() {
        for customer in Self.clean {
            let postcode = customer.postcode ?? ""
            switch customer.countryCode {
            case "NL": #expect(matches(postcode, #"^[1-9][0-9]{3} ?[A-Z]{2}$"#) && !["SA", "SD", "SS"].contains(String(postcode.suffix(2))), "\(postcode)")
            case "BE": #expect(matches(postcode, #"^[1-9][0-9]{3}$"#), "\(postcode)")
            case "DE": #expect(matches(postcode, #"^[0-9]{5}$"#), "\(postcode)")
            default: Issue.record("unexpected country \(customer.countryCode ?? "nil")")
            }
            #expect(matches(customer.houseNumber ?? "", #"^[1-9][0-9]*$"#))
        }
    }

    @Test func phonesHaveTheRightShapeForTheirSlot() {
        for customer in Self.clean where customer.countryCode == "NL" {
            for phone in customer.phoneNumbers where phone.phoneNumber?.isEmpty == false {
                let national = nationalDigits(phone.phoneNumber!, countryCode: "31")
                #expect(national.count == 10, "\(phone.phoneNumber!)")
                if phone.slot == .mobile { #expect(matches(national, #"^06[1-5][0-9]{7}$"#), "\(phone.phoneNumber!)") }
                if phone.slot == .landline { #expect(matches(national, #"^0[1-57-9][0-9]{8}$"#), "\(phone.phoneNumber!)") }
            }
            #expect(customer.phoneNumbers.contains { $0.phoneNumber?.isEmpty == false }, "every customer can be called")
        }
    }

    @Test func companyIdentifiersPassTheirChecksums() {
        var schemes = (old: 0, new: 0, belgian: 0)
        for customer in Self.clean where customer.customerTypeName == "Zakelijk" {
            #expect(customer.companyName?.isEmpty == false)
            let vat = customer.vatNumber ?? ""
            if vat.hasPrefix("NL") {
                #expect(matches(vat, #"^NL[0-9]{9}B[0-9]{2}$"#) && !vat.hasSuffix("B00"), "\(vat)")
                let nine = String(vat.dropFirst(2).prefix(9))
                if Identifiers.isElevenTestValid(nine) { schemes.old += 1 } else {
                    #expect(Identifiers.mod97Alphanumeric(vat) == 1, "\(vat) passes neither scheme")
                    schemes.new += 1
                }
                #expect(matches(customer.cocNumber ?? "", #"^[1-9][0-9]{7}$"#))
            } else {
                #expect(matches(vat, #"^BE0[0-9]{9}$"#), "\(vat)")
                let body = Int(vat.dropFirst(2).prefix(8))!, check = Int(vat.suffix(2))!
                #expect(97 - body % 97 == check, "\(vat)")
                schemes.belgian += 1
            }
        }
        #expect(schemes.old > 0 && schemes.new > 0 && schemes.belgian > 0)
    }

    @Test func textFieldsAreTidy() {
        let allowedTypes: Set<String> = ["Klant", "Zakelijk", "E-commerce"]
        let placeholders: Set<String> = ["test", "xxx", "onbekend", "asdf", "-"]
        for customer in Self.clean {
            #expect(allowedTypes.contains(customer.customerTypeName ?? ""))
            #expect(customer.discountValue.map { (0...100).contains($0) } == true)
            #expect(customer.countryCode.map { matches($0, "^[A-Z]{2}$") } == true)
            if let email = customer.email, !email.isEmpty {
                #expect(matches(email, #"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$"#), "\(email)")
                #expect(!email.hasSuffix("example.com"))
            }
            for field in [CustomerField.name, .firstName, .city, .street, .companyName, .insertion, .initials, .title, .attn] {
                let value = customer[field] ?? ""
                #expect(value == value.trimmingCharacters(in: .whitespaces) && !value.contains("  "), "\(field): '\(value)'")
                #expect(!placeholders.contains(value.lowercased()), "\(field): '\(value)'")
                #expect(!value.contains("<") && !value.unicodeScalars.contains("\u{202E}"))
            }
            for field in [CustomerField.name, .firstName, .city] {
                let value = customer[field] ?? ""
                guard value.count > 1, value.lowercased() != value.uppercased() else { continue }
                #expect(value != value.uppercased() && value != value.lowercased(), "\(field): '\(value)'")
            }
        }
    }

    @Test func theMixReflectsARealCustomerBase() {
        let customers = Self.dataset.customers
        let countries = Dictionary(grouping: customers, by: { $0.countryCode ?? "" }).mapValues(\.count)
        #expect(Double(countries["NL", default: 0]) / Double(customers.count) > 0.85)
        #expect(countries["BE", default: 0] > 0 && countries["DE", default: 0] > 0)
        let types = Set(customers.compactMap(\.customerTypeName))
        #expect(types.isSuperset(of: ["Klant", "Zakelijk", "E-commerce"]))
        let nonLatin = customers.filter { ($0.name ?? "").unicodeScalars.contains { $0.value >= 0x0370 && $0.value < 0x3000 || $0.value >= 0x4E00 } }
        #expect(!nonLatin.isEmpty)
        let common = customers.filter { $0.name == "Jong" || $0.name == "de Jong" }.count
        #expect(common > customers.count / 200, "common surnames are frequent")
        let dated = customers.filter { $0.datetimeCreated != nil }.count
        #expect(Double(dated) / Double(customers.count) > 0.9)
        #expect(customers.contains { $0.insertion?.isEmpty == false } && customers.contains { ($0.name ?? "").hasPrefix("van ") })
    }

    private func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    /// `+31 6 1234 5678`, `0031612345678`, `06-12345678` → `0612345678`.
    private func nationalDigits(_ phone: String, countryCode: String) -> String {
        let digits = phone.filter(\.isNumber)
        if phone.hasPrefix("+") { return "0" + digits.dropFirst(countryCode.count) }
        if digits.hasPrefix("00" + countryCode) { return "0" + digits.dropFirst(2 + countryCode.count) }
        return digits
    }
}
