import CustomerModel

/// Field names as a shop owner reads them in a message.
enum FieldNames {
    static func label(_ field: CustomerField) -> String {
        switch field {
        case .customerID: return "customer number"
        case .customerTypeName: return "customer type"
        case .customerReference: return "customer reference"
        case .postcode: return "postcode"
        case .houseNumber: return "house number"
        case .houseNumberPostfix: return "house number postfix"
        case .companyName: return "company name"
        case .attn: return "attention line"
        case .title: return "title"
        case .initials: return "initials"
        case .insertion: return "name insertion"
        case .firstName: return "first name"
        case .name: return "last name"
        case .street: return "street"
        case .city: return "city"
        case .countryCode: return "country code"
        case .email: return "email address"
        case .vatNumber: return "VAT number"
        case .cocNumber: return "KvK number"
        case .discountPercentage: return "discount percentage"
        case .datetimeCreated: return "creation date"
        case .phoneNumbers: return "phone number"
        }
    }
}
