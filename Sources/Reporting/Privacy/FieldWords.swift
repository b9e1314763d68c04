import Foundation

/// The words in a field name that make it personal: `email`, `phone_numbers[mob]`, `house_number`,
/// `street`, `billing_address` … (any case).
enum FieldWords {
    /// The mask for a printable ASCII field name.
    static func kind(_ name: UnsafeBufferPointer<UInt8>) -> PIIMasker.Kind? {
        if PrintableASCII.contains(email, in: name) || PrintableASCII.contains(eHyphenMail, in: name) { return .email }
        if PrintableASCII.contains(phone, in: name) || PrintableASCII.equals(tel, name) || PrintableASCII.equals(mob, name) { return .phone }
        if PrintableASCII.matches(houseNumber, in: name, at: 0) || PrintableASCII.equals(housenumber, name) { return .houseNumber }
        if PrintableASCII.contains(street, in: name) || PrintableASCII.contains(address, in: name) { return .street }
        return nil
    }

    /// The same test for any other name, by characters.
    static func kind(ofUnicode name: String) -> PIIMasker.Kind? {
        let field = name.lowercased()
        if field.contains("email") || field.contains("e-mail") { return .email }
        if field.contains("phone") || field == "tel" || field == "mob" { return .phone }
        if field.hasPrefix("house_number") || field == "housenumber" { return .houseNumber }
        if field.contains("street") || field.contains("address") { return .street }
        return nil
    }

    private static let email = Array("email".utf8), eHyphenMail = Array("e-mail".utf8)
    private static let phone = Array("phone".utf8), tel = Array("tel".utf8), mob = Array("mob".utf8)
    private static let houseNumber = Array("house_number".utf8), housenumber = Array("housenumber".utf8)
    private static let street = Array("street".utf8), address = Array("address".utf8)
}
