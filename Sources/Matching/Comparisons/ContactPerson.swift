/// Whether two records are one company by its registry ids or name: then the person on them is
/// the company's contact, who changes when someone else takes over the account, so a different
/// contact person's name is no evidence against one customer. The company, KvK and VAT
/// comparisons decide such a pair.
enum ContactPerson {
    @inline(__always)
    static func ofOneCompany(_ x: MatchRow, _ y: MatchRow) -> Bool {
        (x.kvk != 0 && x.kvk == y.kvk) || (x.vat != 0 && x.vat == y.vat) || (x.company != 0 && x.company == y.company)
    }
}
