import AuditSupport
import CustomerModel

/// A postal address as the generator draws it, before it is written into a customer record.
struct Address: Sendable, Hashable {
    var street: String
    var houseNumber: Int
    var postfix: String
    var postcode: String
    var city: String
    var country: Country
    /// The area code of the city, for landlines of the people living here.
    var areaCode: String
}

enum AddressFactory {
    /// Letters used in Dutch postcodes: PostNL leaves out F, I, O, Q, U and Y, and never issues the
    /// pairs SA, SD and SS.
    private static let postcodeLetters = Array("ABCDEGHJKLMNPRSTVWXZ")
    private static let forbiddenPairs: Set<String> = ["SA", "SD", "SS"]
    private static let postfixes = ["A", "B", "C", "a", "b", "1", "2", "3", "bis", "hs", "rd"]

    /// A random address in `country`.
    static func draw<R: RandomNumberGenerator>(in country: Country, using rng: inout R) -> Address {
        let location: StreetLocation
        switch country {
        case .netherlands: location = Places.dutchTable.pick(using: &rng)
        case .belgium: location = Places.belgianTable.pick(using: &rng)
        case .germany: location = Places.germanTable.pick(using: &rng)
        }
        let number = houseNumber(using: &rng)
        let postfix = rng.chance(0.12) ? rng.pick(postfixes) : ""
        return address(at: location, number: number, postfix: postfix)
    }

    /// The address next door or a few doors down: same street and city, another house number.
    static func neighbour<R: RandomNumberGenerator>(of address: Address, using rng: inout R) -> Address {
        var other = address
        // Stay within the run of 20 numbers that shares the letter pair, so the postcode is the same.
        let run = (address.houseNumber / 20) * 20
        repeat {
            other.houseNumber = Int.random(in: max(1, run)...(run + 19), using: &rng)
        } while other.houseNumber == address.houseNumber
        other.postfix = ""
        return other
    }

    /// The same house drawn again in another city (a namesake elsewhere).
    static func elsewhere<R: RandomNumberGenerator>(than address: Address, using rng: inout R) -> Address {
        var other = draw(in: address.country, using: &rng)
        while other.city == address.city { other = draw(in: address.country, using: &rng) }
        return other
    }

    /// House numbers: mostly low, a long tail up to a few hundred.
    private static func houseNumber<R: RandomNumberGenerator>(using rng: inout R) -> Int {
        rng.chance(0.8) ? Int.random(in: 1...80, using: &rng) : Int.random(in: 81...420, using: &rng)
    }

    private static func address(at location: StreetLocation, number: Int, postfix: String) -> Address {
        let country = location.city.country
        let postcode: String
        switch country {
        case .netherlands:
            postcode = self.postcode(at: location, number: number, spaced: location.letterSeed % 3 == 0)
        case .belgium: postcode = String(location.postcodeDigits)
        case .germany: postcode = fiveDigits(location.postcodeDigits)
        }
        return Address(street: location.street, houseNumber: number, postfix: postfix, postcode: postcode,
                       city: location.city.name, country: country, areaCode: location.city.areaCode)
    }

    /// A German postcode keeps its leading zero (01067 Dresden).
    private static func fiveDigits(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// Houses along a street share a letter pair in runs of 20 numbers, as Dutch postcodes do.
    private static func postcode(at location: StreetLocation, number: Int, spaced: Bool) -> String {
        var letterRNG = SplitMix64(seed: location.letterSeed &+ UInt64(number / 20))
        var pair: String
        repeat {
            pair = String(postcodeLetters[Int.random(in: 0..<postcodeLetters.count, using: &letterRNG)])
                + String(postcodeLetters[Int.random(in: 0..<postcodeLetters.count, using: &letterRNG)])
        } while forbiddenPairs.contains(pair)
        return String(location.postcodeDigits) + (spaced ? " " : "") + pair
    }
}
