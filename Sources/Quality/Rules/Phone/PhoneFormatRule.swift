import CustomerModel
import Normalization

/// A valid phone number not written in international E.164 form (`06-12345678` → `+31612345678`).
public struct PhoneFormatRule: RecordRule {
    public static let description = RuleDescription(
        id: "phone.format",
        summary: "Valid phone numbers are written in international form (+31612345678). Off by default: national forms are common and fine.",
        defaultSeverity: .info,
        enabledByDefault: false,
        safeToApply: true,
        triggering: [
            RuleExample("national form", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678")]),
                        field: "phone_numbers[mob]", suggestion: "+31612345678"),
            RuleExample("international with spaces", Customer(countryCode: "RS", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "+381 60 2222222")]),
                        field: "phone_numbers[mob]", suggestion: "+381602222222"),
        ],
        nonTriggering: [
            RuleExample("E.164", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "+31612345678")])),
            RuleExample("invalid is a matter for phone.valid", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "12345")])),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        for (index, phone) in customer.phones.enumerated() where phone.outcome == .valid {
            guard let e164 = phone.e164, phone.raw != e164 else { continue }
            sink.report(customerID: customer.id, field: PhoneField.name(phone, index: index), value: phone.raw,
                        message: "The phone number is valid; in international form it is \(e164).", suggestion: e164)
        }
    }
}
