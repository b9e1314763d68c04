/// Whether two records name different people in what only one person has: both have a mobile
/// number and they share none, and both have an e-mail address and it is not the same mailbox.
/// The same local part at another domain is another mailbox: addresses are built from names, so
/// a father and son called Leo Schaapkamp are `leo_schaapkamp@` at two providers.
///
/// Name and address are shared by a father and his son, and by a household; the weights of a
/// shared rare surname and address can outvote two different mobiles and mailboxes. Such a pair
/// is therefore never more than a `possible` duplicate: a reviewer decides.
enum PersonConflict {
    static func between(_ a: Int, _ b: Int, _ table: FeatureTable) -> Bool {
        let x = table.rows[a], y = table.rows[b]
        guard x.mobileMask != 0, y.mobileMask != 0 else { return false }
        for i in 0..<FeatureTable.phoneSlots where x.mobileMask & (1 << UInt8(i)) != 0 {
            for j in 0..<FeatureTable.phoneSlots where y.mobileMask & (1 << UInt8(j)) != 0 {
                if x.phone(i) == y.phone(j) { return false }
            }
        }
        guard x.email != 0, y.email != 0 else { return false }
        return x.email != y.email && x.emailCanonical != y.emailCanonical
    }
}
