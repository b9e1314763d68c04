/// Whether two records name different people in what only one person has: both have a mobile
/// number and they share none, and they do not share a mailbox either (different addresses, or
/// one record without e-mail: a son living at home often leaves none). A person who changed
/// mobile and kept the mailbox is no conflict.
/// The same local part at another domain is another mailbox: addresses are built from names, so
/// a father and son called Leo Schaapkamp are `leo_schaapkamp@` at two providers.
///
/// Name and address are shared by a father and his son, and by a household; the weights of a
/// shared rare surname and address can outvote two different mobiles and mailboxes. Such a pair
/// is therefore never more than a `possible` duplicate: a reviewer decides.
enum PersonConflict {
    static func between(_ a: Int, _ b: Int, _ table: FeatureTable) -> Bool {
        let x = table.rows[a], y = table.rows[b]
        // Two records of one company may name two contact persons.
        guard x.mobileMask != 0, y.mobileMask != 0, !ContactPerson.ofOneCompany(x, y) else { return false }
        for i in 0..<FeatureTable.phoneSlots where x.mobileMask & (1 << UInt8(i)) != 0 {
            for j in 0..<FeatureTable.phoneSlots where y.mobileMask & (1 << UInt8(j)) != 0 {
                if x.phone(i) == y.phone(j) { return false }
            }
        }
        let sharedMailbox = x.email != 0 && y.email != 0 && (x.email == y.email || x.emailCanonical == y.emailCanonical)
        return !sharedMailbox
    }
}
