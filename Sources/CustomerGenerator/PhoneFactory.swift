/// Telephone numbers that libphonenumber accepts as valid for their country, written the many
/// ways people write them.
enum PhoneFactory {
    /// A Dutch mobile number as national digits: 06, then 1–5, then seven digits.
    static func dutchMobile<R: RandomNumberGenerator>(using rng: inout R) -> String {
        "06" + rng.digits(8, firstFrom: 1...5)
    }

    /// A landline in the area of `areaCode` as national digits (ten in total).
    static func landline<R: RandomNumberGenerator>(areaCode: String, country: Country, using rng: inout R) -> String {
        switch country {
        case .netherlands: return areaCode + rng.digits(10 - areaCode.count, firstFrom: 2...9)
        // Brussels, Antwerp and Ghent numbers start with 2–4 after the area code (libphonenumber rejects 9xx in 02).
        case .belgium: return areaCode + rng.digits(areaCode.count == 2 ? 7 : 6, firstFrom: 2...4)
        case .germany: return areaCode + rng.digits(areaCode.count <= 4 ? 7 : 6, firstFrom: 2...9)
        }
    }

    /// A mobile number of `country` as national digits.
    static func mobile<R: RandomNumberGenerator>(country: Country, using rng: inout R) -> String {
        switch country {
        case .netherlands: return dutchMobile(using: &rng)
        case .belgium: return "04" + rng.pick(["6", "7", "8", "9"]) + rng.digits(7, firstFrom: 0...9)
        case .germany: return "0" + rng.pick(["151", "160", "170", "171", "172", "175", "176"]) + rng.digits(8, firstFrom: 1...9)
        }
    }

    /// National digits (`0612345678`) written in one of the common ways; all parse to one E.164 value.
    static func format<R: RandomNumberGenerator>(_ national: String, country: Country, using rng: inout R) -> String {
        let style = Int.random(in: 0..<10, using: &rng)
        return format(national, country: country, style: style)
    }

    /// Style 0–9; the duplicates pick a style different from the original's.
    static func format(_ national: String, country: Country, style: Int) -> String {
        let digits = Array(national)
        let trunkless = String(digits.dropFirst())
        let code = country == .netherlands ? "31" : country == .belgium ? "32" : "49"
        let split = splitPoint(national, country: country)
        let area = String(digits[0..<split]), rest = String(digits[split...])
        switch style {
        case 0, 1, 2: return area + "-" + rest
        case 3, 4: return area + " " + rest
        case 5, 6: return national
        case 7: return "+" + code + " " + String(area.dropFirst()) + " " + rest
        case 8: return "+" + code + trunkless
        default: return "00" + code + trunkless
        }
    }

    private static func splitPoint(_ national: String, country: Country) -> Int {
        switch country {
        case .netherlands:
            if national.hasPrefix("06") { return 2 }
            return ["010", "020", "030", "040", "050", "070", "013", "015", "023", "024", "026", "033", "035", "036",
                    "038", "043", "045", "046", "053", "055", "058", "071", "072", "073", "074", "075", "076", "077",
                    "078", "079"].contains(String(national.prefix(3))) ? 3 : 4
        case .belgium: return national.hasPrefix("04") ? 4 : (["02", "03", "09"].contains(String(national.prefix(2))) ? 2 : 3)
        case .germany: return national.hasPrefix("01") ? 4 : (national.hasPrefix("030") || national.hasPrefix("040") ? 3 : 4)
        }
    }
}
