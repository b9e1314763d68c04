import CustomerModel
import Normalization

/// A landline in the `mob` slot, or a mobile number in `tel` while `mob` is empty.
public struct PhoneSlotRule: RecordRule {
    /// Also report a mobile number kept in the `tel` slot while the `mob` slot is empty.
    public var checkLandlineSlot = true

    public static let description = RuleDescription(
        id: "phone.mobile_slot",
        summary: "The mob slot holds a mobile number, and a mobile number is not kept in the tel slot while mob is empty.",
        defaultSeverity: .warning,
        parameters: [RuleParameterDoc("check_landline_slot", type: "true/false", "Also report a mobile number in tel while mob is empty.")],
        triggering: [
            RuleExample("landline in mob", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "0733030050")]),
                        field: "phone_numbers[mob]"),
            RuleExample("mobile in tel, mob empty",
                        Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: ""),
                                                                  PhoneNumber(phoneNumberID: "tel", phoneNumber: "06-12345678")]),
                        field: "phone_numbers[tel]", suggestion: "+31612345678"),
        ],
        nonTriggering: [
            RuleExample("mobile in mob", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678")])),
            RuleExample("landline in tel", Customer(countryCode: "NL", phoneNumbers: [PhoneNumber(phoneNumberID: "tel", phoneNumber: "073 303 0050")])),
            RuleExample("second mobile in tel", Customer(countryCode: "NL", phoneNumbers: [
                PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678"), PhoneNumber(phoneNumberID: "tel", phoneNumber: "06-87654321")])),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        checkLandlineSlot = try parameters.bool("check_landline_slot") ?? checkLandlineSlot
    }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        let mobileSlotUsed = customer.phones.contains { $0.slot == .mobile && $0.outcome != .missing }
        for (index, phone) in customer.phones.enumerated() where phone.outcome == .valid {
            if phone.slot == .mobile && phone.kind == .fixedLine {
                sink.report(customerID: customer.id, field: PhoneField.name(phone, index: index), value: phone.raw,
                            message: "The mobile (mob) slot holds a landline number; move it to tel.", suggestion: phone.e164)
            } else if checkLandlineSlot && phone.slot == .landline && phone.kind == .mobile && !mobileSlotUsed {
                sink.report(customerID: customer.id, field: PhoneField.name(phone, index: index), value: phone.raw,
                            message: "The landline (tel) slot holds a mobile number while mob is empty; move it to mob.",
                            suggestion: phone.e164)
            }
        }
    }
}
