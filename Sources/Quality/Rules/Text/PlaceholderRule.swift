import CustomerModel
import Foundation
import Normalization

/// Values someone typed to get past a required field: `test`, `xxx`, `onbekend`, `asdf`, `-`,
/// a phone number of one repeated digit, an address at example.com.
public struct PlaceholderRule: RecordRule {
    public var fields: [CustomerField] = [.firstName, .name, .companyName, .street, .houseNumber, .city, .postcode, .email]
    /// Compared without case, after trimming; for emails also the part before the @.
    public var words: [String] = PlaceholderRule.shippedWords {
        didSet {
            wordSet = Self.keys(words)
            longestWord = words.map(\.utf8.count).max() ?? 0
        }
    }
    static let shippedWords = [
        "test", "testen", "tester", "xxx", "xx", "x", "onbekend", "unknown", "asdf", "qwerty", "-", "--", ".", "?",
        "nvt", "n.v.t.", "n/a", "geen", "none", "null", "leeg", "dummy", "abc",
    ]
    /// `words` lower-cased, for lookups; kept in step with `words`.
    private var wordSet: Set<String> = PlaceholderRule.keys(PlaceholderRule.shippedWords)
    private static func keys(_ words: [String]) -> Set<String> { Set(words.map { $0.lowercased() }) }
    /// The longest word in bytes: longer values cannot be one, and need no lower-cased copy.
    private var longestWord = PlaceholderRule.shippedWords.map(\.utf8.count).max() ?? 0
    public var emailDomains: [String] = PlaceholderRule.shippedDomains {
        didSet { domainSet = Self.keys(emailDomains) }
    }
    static let shippedDomains = ["example.com", "example.org", "example.net", "example.nl", "test.com", "test.nl"]
    /// `emailDomains` lower-cased, for lookups; kept in step with `emailDomains`.
    private var domainSet: Set<String> = PlaceholderRule.keys(PlaceholderRule.shippedDomains)
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
        for field in fields {
            guard let value = customer.customer[field] else { continue }
            let trimmed = TextInspection.trimmed(value)
            guard !trimmed.isEmpty else { continue }
            var placeholder = Self.isOneRepeatedCharacter(trimmed)
            // Placeholder words are short; longer values need no lower-cased copy.
            if !placeholder && trimmed.utf8.count <= longestWord {
                placeholder = wordSet.contains(TextInspection.collapsed(String(trimmed)).lowercased())
            }
            // '@' is ASCII, so its UTF-8 position is a valid place to cut the text.
            if !placeholder && field == .email, let at = trimmed.utf8.lastIndex(of: UInt8(ascii: "@")) {
                let local = trimmed[..<at]
                // An ASCII local part keeps its length lower-cased: longer than every word, it is none.
                let couldBeWord = local.utf8.count <= longestWord || local.utf8.contains { $0 >= 0x80 }
                placeholder = (couldBeWord && wordSet.contains(local.lowercased()))
                    || domainSet.contains(trimmed[trimmed.index(after: at)...].lowercased())
            }
            if placeholder {
                sink.report(customerID: customer.id, field: field.rawValue, value: value,
                            message: "The \(FieldNames.label(field)) looks like a placeholder, not real data.")
            }
        }
        for (index, phone) in customer.customer.phoneNumbers.enumerated() {
            guard Self.isOneRepeatedDigit(phone.phoneNumber ?? "", minimum: repeatedDigitMinimum) else { continue }
            let id = phone.phoneNumberID.flatMap { TextInspection.isBlank($0) ? nil : $0 } ?? String(index)
            sink.report(customerID: customer.id, field: "phone_numbers[\(id)]", value: phone.phoneNumber,
                        message: "The phone number is one digit repeated, a placeholder.")
        }
    }

    /// `aaaa`, `....`: three or more of one character. Not digits: `111` is a real house number.
    /// `0000000000`, `06-66666666` is not: every digit the same, at least `minimum` of them.
    static func isOneRepeatedDigit(_ text: String, minimum: Int) -> Bool {
        var digit: UInt8 = 0
        var count = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 {
            if count > 0 && byte != digit { return false }
            digit = byte
            count += 1
        }
        return count >= minimum
    }

    private static func isOneRepeatedCharacter(_ key: Substring) -> Bool {
        // Most values differ in their first two bytes; decide those without grapheme breaking.
        let bytes = key.utf8
        if bytes.count >= 2, let first = bytes.first, first < 0x80 {
            let second = bytes[bytes.index(after: bytes.startIndex)]
            if second < 0x80 && (first | 0x20) != (second | 0x20) { return false }
        }
        guard let first = key.first, !first.isNumber, !first.isWhitespace else { return false }
        var count = 0
        for character in key {
            guard character == first || (character.isLetter && character.lowercased() == first.lowercased()) else { return false }
            count += 1
        }
        return count >= 3
    }
}
