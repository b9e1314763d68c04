import CustomerModel
import Normalization

/// A phone number libphonenumber does not accept as a number of its country.
public struct PhoneValidRule: RecordRule {
    public static let description = RuleDescription(
        id: "phone.valid",
        summary: "Every phone number is a valid number (checked with libphonenumber, the customer's country as default).",
        defaultSeverity: .error,
        triggering: [
            RuleExample("too short", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "12345")]),
                        field: "phone_numbers[mob]"),
            RuleExample("letters", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "tel", phoneNumber: "bel mij")]),
                        field: "phone_numbers[tel]"),
        ],
        nonTriggering: [
            RuleExample("Dutch mobile, national form", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678")])),
            RuleExample("Serbian mobile", Customer(countryCode: "RS", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "+381 60 2222222")])),
            RuleExample("empty slot", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "tel", phoneNumber: "")])),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for (index, phone) in customer.phones.enumerated() {
            guard case .invalid(let reason) = phone.outcome else { continue }
            sink.report(customerID: customer.id, field: PhoneField.name(phone, index: index), value: phone.raw,
                        message: "The \(PhoneField.slotName(phone)) phone number is not a valid number: \(reason).")
        }
    }
}
