import Foundation
import Normalization

/// The API field name of one phone entry: `phone_numbers[mob]`, `phone_numbers[tel]`,
/// `phone_numbers[714253]`, or the position when the entry has no id.
enum PhoneField {
    static func name(_ phone: PhoneResult, index: Int) -> String {
        let id = phone.slotID?.trimmingCharacters(in: .whitespaces) ?? ""
        return "phone_numbers[\(id.isEmpty ? String(index) : id)]"
    }

    /// The slot as people say it in a message.
    static func slotName(_ phone: PhoneResult) -> String {
        switch phone.slot {
        case .mobile: return "mobile (mob)"
        case .landline: return "landline (tel)"
        case .extra: return "extra"
        }
    }
}
