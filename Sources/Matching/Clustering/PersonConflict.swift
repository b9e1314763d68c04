/// Whether two records name different people in what only one person has:
/// - both have a mobile number and they share none, and they do not share a mailbox either
///   (different addresses, or one record without e-mail: a son living at home often leaves none);
/// - at one address, both have a mailbox and they are not one, and only one shows a mobile: a
///   father and his son named alike, where the son left a mailbox of his own and no mobile. A
///   copy of one person keeps the mobile it had, or the mailbox; one that changed e-mail and
///   left out the mobile as well is a reviewer's call. (Without a mobile on either side two
///   mailboxes are what a copy with a new address looks like as often: 20,000 generated
///   customers, 31 true pairs lost against 2 fathers and sons.)
/// A person who changed mobile and kept the mailbox is no conflict, nor is one who moved and
/// changed e-mail. The same local part at another domain is another mailbox: addresses are
/// built from names, so a father and son called Leo Schaapkamp are `leo_schaapkamp@` at two providers.
///
/// Name and address are shared by a father and his son, and by a household; the weights of a
/// shared rare surname and address can outvote two different mobiles and mailboxes. Such a pair
/// is therefore never more than a `possible` duplicate: a reviewer decides.
enum PersonConflict {
    static func between(_ a: Int, _ b: Int, _ table: FeatureTable) -> Bool {
        let x = table.rows[a], y = table.rows[b]
        // Two records of one company may name two contact persons.
        if ContactPerson.ofOneCompany(x, y) { return false }
        let bothMailboxes = x.email != 0 && y.email != 0
        if bothMailboxes && (x.email == y.email || x.emailCanonical == y.emailCanonical) { return false }
        if sharesMobile(x, y) { return false }
        if x.mobileMask != 0 && y.mobileMask != 0 { return true }
        let oneMobile = (x.mobileMask != 0) != (y.mobileMask != 0)
        return x.hasOtherMailbox(than: y) && oneMobile && x.sharesAddress(with: y)
    }

    /// Whether any two of `members` name different people (see `between`), unless a third member
    /// ties them: one record carrying the mailbox of one and the mobile of the other says that
    /// one person uses both (a copy that kept the old mailbox and gave the new mobile), which
    /// a father and his son, each with only his own, never show.
    static func within(_ members: [Int], _ table: FeatureTable) -> Bool {
        for (i, a) in members.enumerated() {
            for b in members[(i + 1)...] where between(a, b, table) {
                let tied = members.contains { c in c != a && c != b && ties(c, a, table) && ties(c, b, table) }
                if !tied { return true }
            }
        }
        return false
    }

    /// Records `a` and `b` share a mailbox or a mobile number: what one person has.
    static func ties(_ a: Int, _ b: Int, _ table: FeatureTable) -> Bool {
        let x = table.rows[a], y = table.rows[b]
        if x.email != 0 && y.email != 0 && (x.email == y.email || x.emailCanonical == y.emailCanonical) { return true }
        return sharesMobile(x, y)
    }

    @inline(__always)
    static func sharesMobile(_ x: MatchRow, _ y: MatchRow) -> Bool {
        for i in 0..<FeatureTable.phoneSlots where x.mobileMask & (1 << UInt8(i)) != 0 {
            for j in 0..<FeatureTable.phoneSlots where y.mobileMask & (1 << UInt8(j)) != 0 {
                if x.phone(i) == y.phone(j) { return true }
            }
        }
        return false
    }
}
