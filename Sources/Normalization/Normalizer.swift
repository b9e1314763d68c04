import CustomerModel

/// Turns raw customers into `NormalizedCustomer` values (stub until normalization lands).
public struct Normalizer: Sendable {
    public init() {}

    /// `index` is the record's position in the input, used for the stand-in id of a record without one.
    public func normalize(_ customer: Customer, index: Int) -> NormalizedCustomer {
        NormalizedCustomer(
            id: customer.customerID ?? -(index + 1), customer: customer, person: PersonNameResult(),
            company: CompanyResult(), address: AddressResult(), phones: [], email: EmailResult(),
            vat: VATResult(), kvk: KvKResult(), country: CountryResult())
    }

    /// All customers, in input order.
    public func normalize(_ customers: [Customer]) -> [NormalizedCustomer] {
        customers.enumerated().map { normalize($1, index: $0) }
    }
}
