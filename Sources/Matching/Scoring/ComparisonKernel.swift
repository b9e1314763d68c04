/// A comparison as a closed set of concrete types, so the pair loop calls each `level` directly
/// (inlined) instead of through a protocol witness; comparisons from elsewhere still work, dispatched.
/// Every case is plain data (another comparison is an index into `others`), so reading a kernel in
/// the pair loop copies bytes instead of retaining and releasing an existential per pair.
enum ComparisonKernel: Sendable {
    case surname(SurnameComparison)
    case firstName(FirstNameComparison)
    case postcode(PostcodeComparison)
    case houseNumber(HouseNumberComparison)
    case phone(PhoneComparison)
    case email(EmailComparison)
    case company(CompanyComparison)
    case streetCity(StreetCityComparison)
    case businessID(BusinessIDComparison)
    case reference(ReferenceComparison)
    case street(StreetComparison)
    case city(CityComparison)
    /// Index into the coder's list of comparisons that are none of the above.
    case other(Int)

    init(_ comparison: any Comparison, otherIndex: Int) {
        switch comparison {
        case let c as SurnameComparison: self = .surname(c)
        case let c as FirstNameComparison: self = .firstName(c)
        case let c as PostcodeComparison: self = .postcode(c)
        case let c as HouseNumberComparison: self = .houseNumber(c)
        case let c as PhoneComparison: self = .phone(c)
        case let c as EmailComparison: self = .email(c)
        case let c as CompanyComparison: self = .company(c)
        case let c as StreetCityComparison: self = .streetCity(c)
        case let c as BusinessIDComparison: self = .businessID(c)
        case let c as ReferenceComparison: self = .reference(c)
        case let c as StreetComparison: self = .street(c)
        case let c as CityComparison: self = .city(c)
        default: self = .other(otherIndex)
        }
    }

    @inline(__always)
    func level(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable, others: [any Comparison]) -> Int {
        switch self {
        case .surname(let c): return c.level(x, y, a, b, table)
        case .firstName(let c): return c.level(x, y, a, b, table)
        case .postcode(let c): return c.level(x, y, a, b, table)
        case .houseNumber(let c): return c.level(x, y, a, b, table)
        case .phone(let c): return c.level(x, y, a, b, table)
        case .email(let c): return c.level(x, y, a, b, table)
        case .company(let c): return c.level(x, y, a, b, table)
        case .streetCity(let c): return c.level(x, y, a, b, table)
        case .businessID(let c): return c.level(x, y, a, b, table)
        case .reference(let c): return c.level(x, y, a, b, table)
        case .street(let c): return c.level(x, y, a, b, table)
        case .city(let c): return c.level(x, y, a, b, table)
        case .other(let index): return others[index].level(x, y, a, b, table)
        }
    }
}
