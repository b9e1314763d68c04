#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Matches member keys against the API's field names without making a `String` of every key.
///
/// Records nearly always list fields in the documented order, so the field after the previous
/// match is tried first and one comparison usually suffices.
enum FieldKeys {
    private static let fields: [CustomerField] = CustomerField.allCases
    /// The field names as static (never released) strings, in `CustomerField.allCases` order.
    private static let names: [StaticString] = [
        "customer_id", "customer_type_name", "customer_reference", "postcode", "house_number", "house_number_postfix",
        "company_name", "attn", "title", "initials", "insertion", "first_name", "name", "street", "city",
        "country_code_iso_3166", "email", "vat_number", "coc_number", "discount_percentage", "datetime_created",
        "phone_numbers",
    ]
    private static let phoneNames: [StaticString] = ["phone_number_id", "customer_id", "phone_number", "name"]

    /// The field a key names, or nil for unknown keys. `hint` is the index to try first.
    static func field(for key: MemberKey, in scanner: ByteScanner, hint: inout Int) -> CustomerField? {
        let count = names.count
        for step in 0..<count {
            let index = (hint + step) % count
            if equals(names[index], key, scanner) {
                hint = index + 1
                return fields[index]
            }
        }
        // A key written with escapes ("customer\u005fid") is rare; compare its decoded text.
        if scanner.bytes[key.range].contains(UInt8(ascii: "\\")), let text = try? scanner.keyString(key) {
            return CustomerField(rawValue: text)
        }
        return nil
    }

    /// Index of a phone entry's key: 0 id, 1 customer id, 2 number, 3 name, nil otherwise.
    static func phoneField(for key: MemberKey, in scanner: ByteScanner) -> Int? {
        phoneNames.firstIndex { equals($0, key, scanner) }
    }

    @inline(__always)
    private static func equals(_ name: StaticString, _ key: MemberKey, _ scanner: ByteScanner) -> Bool {
        name.utf8CodeUnitCount == key.range.count
            && memcmp(name.utf8Start, scanner.bytes.baseAddress! + key.range.lowerBound, key.range.count) == 0
    }
}
