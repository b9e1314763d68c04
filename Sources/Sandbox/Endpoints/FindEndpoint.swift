import CustomerModel
import Hummingbird

/// `GET /api/v1/customers/find.json?…`: an array of the customers matching every parameter given
/// (see `CustomerSearch`), at most `findLimit`, in id order. No parameter at all is a 400.
struct FindEndpoint: Sendable {
    let service: SandboxService

    func reply(to request: Request) async -> SandboxReply {
        let parameters = request.uri.queryParameters
        func text(_ name: String) -> String? { parameters[name[...]].map(String.init) }
        var typeID: Int?
        if let typeText = text("customer_type_id"), !typeText.isEmpty {
            guard let value = Int(typeText) else { return .error(.badRequest, "customer_type_id must be a whole number") }
            typeID = value
        }
        let search = CustomerSearch(FindQuery(
            phoneNumber: text("phone_number"), postalCode: text("postal_code"), houseNumber: text("housenumber"),
            houseNumberPostfix: text("housenumber_postfix"), email: text("email"),
            // Form-encoded queries send spaces as `+`; names never contain one.
            query: text("query")?.replacingOccurrences(of: "+", with: " "),
            countryCode: text("country_code"), customerTypeID: typeID))
        guard !search.isEmpty else {
            return .error(.badRequest, "give at least one of " + FindQuery.parameterNames.joined(separator: ", "))
        }
        let found = await service.store.find(search, limit: service.configuration.findLimit)
        return .ok("[" + found.joined(separator: ",") + "]")
    }
}
