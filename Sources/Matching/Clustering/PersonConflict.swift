/// Whether two records name different people in what only one person has: both have a mobile
/// number and they share none, and both have an e-mail address and it is not the same mailbox
/// (nor the same local part).
///
/// Name and address are shared by a father and his son, and by a household; the weights of a
/// shared rare surname and address can outvote two different mobiles and mailboxes. Such a pair
/// is therefore never more than a `possible` duplicate: a reviewer decides.
enum PersonConflict {
    static func between(_ a: Int, _ b: Int, _ table: FeatureTable) -> Bool {
        let mobilesA = table.phoneMobileMask[a], mobilesB = table.phoneMobileMask[b]
        guard mobilesA != 0, mobilesB != 0 else { return false }
        for i in 0..<FeatureTable.phoneSlots where mobilesA & (1 << UInt8(i)) != 0 {
            for j in 0..<FeatureTable.phoneSlots where mobilesB & (1 << UInt8(j)) != 0 {
                if table.phone(a, i) == table.phone(b, j) { return false }
            }
        }
        let emailA = table.emailHash[a], emailB = table.emailHash[b]
        guard emailA != 0, emailB != 0 else { return false }
        if emailA == emailB || table.emailCanonical[a] == table.emailCanonical[b] { return false }
        let local = table.emailLocalHash[a]
        if local != 0 && local == table.emailLocalHash[b] { return false }
        return true
    }
}
