import AuditSupport
import CustomerModel

/// The record's JSON as the API would send it. Real responses mix types: house numbers arrive as
/// numbers, discounts as strings. That is not a problem to report, so some records do it on purpose.
enum RawEncoding {
    static func encode(_ customer: Customer, using rng: inout SplitMix64) -> String {
        var json = CustomerJSON.encode(customer)
        if let number = customer.houseNumber, !number.isEmpty, number.allSatisfy(\.isASCII), Int(number) != nil,
           number.first != "0", rng.chance(0.1) {
            json = replacingFirst(in: json, "\"house_number\":\"\(number)\"", with: "\"house_number\":\(number)")
        }
        if let discount = customer.discountPercentage, Int(discount) != nil, rng.chance(0.1) {
            json = replacingFirst(in: json, "\"discount_percentage\":\(discount)", with: "\"discount_percentage\":\"\(discount)\"")
        }
        return json
    }

    private static func replacingFirst(in text: String, _ target: String, with replacement: String) -> String {
        guard let range = text.firstRange(of: target) else { return text }
        var result = text
        result.replaceSubrange(range, with: replacement)
        return result
    }
}
