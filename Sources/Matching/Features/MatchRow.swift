/// The match keys of one customer as interned ids: 0 is "missing", equal ids are equal keys.
///
/// A pair's comparison vector reads every key of both records. Kept as one column per key, a
/// million customers spread one pair over some twenty-five cache misses (the second record of a
/// pair is anywhere in the table); packed into one ~88-byte row it is two.
public struct MatchRow: Sendable {
    public var surname: UInt32 = 0
    public var surnamePhonetic: UInt32 = 0
    public var firstName: UInt32 = 0
    /// The canonical (official) first name when known, else the first name's own id.
    public var firstNameCanonical: UInt32 = 0
    public var postcode: UInt32 = 0
    /// The digit part of the postcode ("5388" of 5388 GM).
    public var postcodeDigits: UInt32 = 0
    /// The first two characters of the postcode when they are digits (the region).
    public var postcodeRegion: UInt32 = 0
    /// -1 when missing.
    public var houseNumber: Int32 = -1
    public var houseNumberPostfix: UInt32 = 0
    public var street: UInt32 = 0
    public var city: UInt32 = 0
    public var email: UInt32 = 0
    /// The mailbox with Gmail dots and +tags removed, else the address itself.
    public var emailCanonical: UInt32 = 0
    public var emailLocal: UInt32 = 0
    public var company: UInt32 = 0
    public var kvk: UInt32 = 0
    public var vat: UInt32 = 0
    /// E.164 numbers, distinct, packed from slot 0; 0 pads.
    public var phones: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    /// Lower-case first initial (from the first name, else the initials), 0 when missing.
    public var firstInitial: UInt8 = 0
    /// Bit i set when phone slot i is a mobile number.
    public var mobileMask: UInt8 = 0
    /// Bytes of the e-mail local part, capped at 255.
    public var emailLocalLength: UInt8 = 0

    public init() {}

    @inline(__always)
    public func phone(_ slot: Int) -> UInt32 {
        switch slot {
        case 0: return phones.0
        case 1: return phones.1
        case 2: return phones.2
        default: return phones.3
        }
    }

    @inline(__always)
    mutating func setPhone(_ slot: Int, _ id: UInt32) {
        switch slot {
        case 0: phones.0 = id
        case 1: phones.1 = id
        case 2: phones.2 = id
        default: phones.3 = id
        }
    }

    /// Same postcode and house number (both present): what a household shares.
    @inline(__always)
    public func sharesAddress(with other: MatchRow) -> Bool {
        postcode != 0 && postcode == other.postcode && houseNumber >= 0 && houseNumber == other.houseNumber
    }
}
