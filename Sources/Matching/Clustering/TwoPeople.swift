/// Whether two records tell two people apart by what a person has and a typing error does not
/// produce: two mobiles and no mailbox in common (`PersonConflict`), two mailboxes that are not
/// one (a father and his son each have their own), another generation marker (jr. against sr.
/// or none), or initials given on both that differ. A father and his son share name and
/// address; a record naming neither resembles both, and must not join them.
///
/// Only the first, connected pass of clustering asks this: two such records may still form a
/// cluster when they match on average (a person who changed e-mail), as before that pass existed.
enum TwoPeople {
    static func apart(_ a: Int, _ b: Int, _ table: FeatureTable) -> Bool {
        let x = table.rows[a], y = table.rows[b]
        if x.generation != y.generation || x.initialsConflict(with: y) { return true }
        if x.hasOtherMailbox(than: y) { return true }
        return PersonConflict.between(a, b, table)
    }
}
