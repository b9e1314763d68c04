/// The API's field names, in the order `api/customers.md` lists them; reports and CSV use them.
public enum CustomerField: String, Sendable, CaseIterable, Hashable {
    case customerID = "customer_id"
    case customerTypeName = "customer_type_name"
    case customerReference = "customer_reference"
    case postcode
    case houseNumber = "house_number"
    case houseNumberPostfix = "house_number_postfix"
    case companyName = "company_name"
    case attn
    case title
    case initials
    case insertion
    case firstName = "first_name"
    case name
    case street
    case city
    case countryCode = "country_code_iso_3166"
    case email
    case vatNumber = "vat_number"
    case cocNumber = "coc_number"
    case discountPercentage = "discount_percentage"
    case datetimeCreated = "datetime_created"
    case phoneNumbers = "phone_numbers"
}

extension Customer {
    /// The text of a scalar field as sent (nil for `phone_numbers` and absent values).
    public subscript(field: CustomerField) -> String? {
        get {
            switch field {
            case .customerID: return customerID.map(String.init)
            case .customerTypeName: return customerTypeName
            case .customerReference: return customerReference
            case .postcode: return postcode
            case .houseNumber: return houseNumber
            case .houseNumberPostfix: return houseNumberPostfix
            case .companyName: return companyName
            case .attn: return attn
            case .title: return title
            case .initials: return initials
            case .insertion: return insertion
            case .firstName: return firstName
            case .name: return name
            case .street: return street
            case .city: return city
            case .countryCode: return countryCode
            case .email: return email
            case .vatNumber: return vatNumber
            case .cocNumber: return cocNumber
            case .discountPercentage: return discountPercentage
            case .datetimeCreated: return datetimeCreated
            case .phoneNumbers: return nil
            }
        }
        set {
            switch field {
            case .customerID: customerID = newValue.flatMap { Int($0) }
            case .customerTypeName: customerTypeName = newValue
            case .customerReference: customerReference = newValue
            case .postcode: postcode = newValue
            case .houseNumber: houseNumber = newValue
            case .houseNumberPostfix: houseNumberPostfix = newValue
            case .companyName: companyName = newValue
            case .attn: attn = newValue
            case .title: title = newValue
            case .initials: initials = newValue
            case .insertion: insertion = newValue
            case .firstName: firstName = newValue
            case .name: name = newValue
            case .street: street = newValue
            case .city: city = newValue
            case .countryCode: countryCode = newValue
            case .email: email = newValue
            case .vatNumber: vatNumber = newValue
            case .cocNumber: cocNumber = newValue
            case .discountPercentage: discountPercentage = newValue
            case .datetimeCreated: datetimeCreated = newValue
            case .phoneNumbers: break
            }
        }
    }
}
