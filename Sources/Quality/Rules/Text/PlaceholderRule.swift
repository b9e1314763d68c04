import CustomerModel
import Foundation
import Normalization

/// Values someone typed to get past a required field: `test`, `xxx`, `onbekend`, `asdf`, `-`,
/// a phone number of one repeated digit, an address at example.com.
public struct PlaceholderRule: RecordRule {
    public var fields: [CustomerField] = [.firstName, .name, .companyName, .street, .houseNumber, .city, .postcode, .email]
    /// Compared without case, after trimming; for emails also the part before the @.
    public var words: [String] = [
        "test", "testen", "tester", "xxx", "xx", "x", "onbekend", "unknown", "asdf", "qwerty", "-", "--", ".", "?",
        "nvt", "n.v.t.", "n/a", "geen", "none", "null", "leeg", "dummy", "abc",
    ]
    public var emailDomains: [String] = ["example.com", "example.org", "example.net", "example.nl", "test.com", "test.nl"]
    /// Phone numbers whose digits are all one digit, with at least this many digits, are placeholders.
    public var repeatedDigitMinimum = 6

    public static let description = RuleDescription(
        id: "value.placeholder",
        summary: "No placeholder values (test, xxx, onbekend, asdf, -), phones of one repeated digit or addresses at example.com.",
        defaultSeverity: .warning,
        parameters: [
            RuleParameterDoc("fields", type: "list of fields", "The text fields checked (phone numbers are always checked)."),
            RuleParameterDoc("words", type: "list of texts", "Values that are placeholders, compared without case."),
            RuleParameterDoc("email_domains", type: "list of texts", "Email domains that are placeholders."),
            RuleParameterDoc("repeated_digit_minimum", type: "whole number", "Shortest phone number of one repeated digit that is reported."),
        ],
        triggering: [
            RuleExample("onbekend as street", Customer(street: "Onbekend"), field: "street"),
            RuleExample("xxx as last name", Customer(name: "xxx"), field: "name"),
            RuleExample("example.com address", Customer(email: "gielwijgergangs@example.com"), field: "email"),
            RuleExample("one repeated digit", Customer(phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "0000000000")]), field: "phone_numbers[mob]"),
            RuleExample("a dash as city", Customer(city: "-"), field: "city"),
        ],
        nonTriggering: [
            RuleExample("real values", Customer(name: "Testers", street: "Raadhuisplein", city: "Nistelrode", email: "name@domain.nl")),
            RuleExample("real phone", Customer(phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678")])),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fields = try parameters.fields("fields") ?? fields
        words = try parameters.strings("words") ?? words
        emailDomains = try parameters.strings("email_domains") ?? emailDomains
        repeatedDigitMinimum = try parameters.int("repeated_digit_minimum") ?? repeatedDigitMinimum
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        let wordSet = Set(words.map { $0.lowercased() })
        for field in fields {
            guard let value = customer.customer[field] else { continue }
            let key = TextInspection.collapsed(value).lowercased()
            guard !key.isEmpty else { continue }
            var placeholder = wordSet.contains(key) || Self.isOneRepeatedCharacter(key)
            if field == .email, let at = key.lastIndex(of: "@") {
                placeholder = placeholder || wordSet.contains(String(key[..<at]))
                    || emailDomains.contains { $0.lowercased() == key[key.index(after: at)...] }
            }
            if placeholder {
                sink.report(customerID: customer.id, field: field.rawValue, value: value,
                            message: "The \(FieldNames.label(field)) looks like a placeholder, not real data.")
            }
        }
        for (index, phone) in customer.customer.phoneNumbers.enumerated() {
            let digits = (phone.phoneNumber ?? "").filter(\.isNumber)
            guard digits.count >= repeatedDigitMinimum, Set(digits).count == 1 else { continue }
            let id = phone.phoneNumberID.flatMap { TextInspection.isBlank($0) ? nil : $0 } ?? String(index)
            sink.report(customerID: customer.id, field: "phone_numbers[\(id)]", value: phone.phoneNumber,
                        message: "The phone number is one digit repeated, a placeholder.")
        }
    }

    /// `aaaa`, `....`: three or more of one character. Not digits: `111` is a real house number.
    private static func isOneRepeatedCharacter(_ key: String) -> Bool {
        key.count >= 3 && Set(key).count == 1 && !(key.first?.isNumber ?? true)
    }
}
