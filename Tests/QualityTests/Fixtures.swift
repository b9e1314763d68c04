import CustomerModel
import Normalization
@testable import Quality

/// Hand-built normalized customers, so rule logic is tested without depending on the Normalizer.
enum Fixtures {
    static func normalized(
        id: Int = 1, _ customer: Customer = Customer(), address: AddressResult = AddressResult(), phones: [PhoneResult] = [],
        email: EmailResult = EmailResult(), vat: VATResult = VATResult(), kvk: KvKResult = KvKResult(),
        country: CountryResult = CountryResult(), person: PersonNameResult = PersonNameResult(), company: CompanyResult = CompanyResult()
    ) -> NormalizedCustomer {
        var customer = customer
        customer.customerID = customer.customerID ?? id
        return NormalizedCustomer(id: id, customer: customer, person: person, company: company, address: address,
                                  phones: phones, email: email, vat: vat, kvk: kvk, country: country)
    }

    /// Findings of one rule (enabled) with its shipped parameters.
    static func findings(_ id: String, _ customers: [NormalizedCustomer], configure: (inout RuleSettings) -> Void = { _ in }) -> [Finding] {
        var configuration = QualityConfiguration.default.only(id)
        configuration[id]?.enabled = true
        if var settings = configuration[id] {
            configure(&settings)
            configuration[id] = settings
        }
        return QualityChecker(configuration: configuration).findings(for: customers)
    }
}
