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
    /// `customer_reference` as a key (upper-case letters and digits only).
    public var reference: UInt32 = 0
    /// Surname and first name as an unordered pair: equal for two records whose names are
    /// swapped, so they can meet in a block.
    public var nameSet: UInt32 = 0
    /// E.164 numbers, distinct, packed from slot 0; 0 pads.
    public var phones: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    /// Lower-case first initial (from the first name, else the initials), 0 when missing.
    public var firstInitial: UInt8 = 0
    /// Bit i set when phone slot i is a mobile number.
    public var mobileMask: UInt8 = 0
    /// Bytes of the e-mail local part, capped at 255.
    public var emailLocalLength: UInt8 = 0
    /// Whether the e-mail address is well formed at a real domain: a mailbox someone reads. A
    /// record whose address cannot receive mail ("sophie627@icloud") does not show a mailbox of
    /// its own, so it cannot tell two people apart by their mailboxes.
    public var emailDeliverable: Bool = false
    /// The first four initials as given, upper-case ASCII from the top byte down ("JH" is
    /// 0x4A48_0000); 0 when none were given (the normalizer then takes the first name's initial,
    /// which says nothing about the other initials).
    public var initials: UInt32 = 0
    /// Lower-case first letter of the official form of the first name (c for Kees, Cornelis), else of the first name.
    public var canonicalInitial: UInt8 = 0
    /// A generation marker after the surname: 1 for jr., 2 for sr., 0 for none.
    public var generation: UInt8 = 0

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

    /// Whether both records give initials and they differ ("J.H." and "J.P.", or "J." and "J.H."):
    /// what a father and his son of the same name often show.
    @inline(__always)
    public func initialsConflict(with other: MatchRow) -> Bool {
        initials != 0 && other.initials != 0 && initials != other.initials
    }

    /// The initials of `text` packed as in `initials`: its first four ASCII letters, upper-cased.
    static func packInitials(_ text: String) -> UInt32 {
        var packed: UInt32 = 0, taken = 0
        for byte in text.utf8 where taken < 4 {
            let upper = byte >= 97 && byte <= 122 ? byte - 32 : byte
            guard upper >= 65 && upper <= 90 else { continue }
            packed |= UInt32(upper) << UInt32(8 * (3 - taken))
            taken += 1
        }
        return packed
    }

    /// Both records show a mailbox of their own (deliverable addresses) and they are not one.
    @inline(__always)
    public func hasOtherMailbox(than other: MatchRow) -> Bool {
        emailDeliverable && other.emailDeliverable && emailCanonical != other.emailCanonical
    }

    /// Same postcode and house number (both present): what a household shares.
    @inline(__always)
    public func sharesAddress(with other: MatchRow) -> Bool {
        postcode != 0 && postcode == other.postcode && houseNumber >= 0 && houseNumber == other.houseNumber
    }

    /// Nothing tells the two addresses apart: the same address, the same postcode where one record
    /// lacks a usable house number, or the same street, number and city under a mistyped postcode.
    /// A landline or mailbox shared there may be a household's, so it proves no more than the
    /// address does. (Counted as evidence of its own wherever the house number was missing or the
    /// postcode mistyped, a family's shared landline and mailbox outweighed two first names:
    /// 200,000 generated customers, most of the households wrongly merged.)
    @inline(__always)
    public func mayShareAddress(with other: MatchRow) -> Bool {
        if postcode != 0 && postcode == other.postcode {
            return houseNumber < 0 || other.houseNumber < 0 || houseNumber == other.houseNumber
        }
        return street != 0 && street == other.street && houseNumber >= 0 && houseNumber == other.houseNumber
            && city != 0 && city == other.city
    }
}
