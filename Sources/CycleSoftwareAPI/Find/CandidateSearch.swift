import CustomerModel
import Foundation

/// The find.json questions `check` asks about a new customer; the answers are merged by id.
public enum CandidateSearch {
    public static func queries(for customer: Customer) -> [FindQuery] {
        var queries: [FindQuery] = []
        for phone in customer.phoneNumbers {
            if let number = phone.phoneNumber?.trimmingCharacters(in: .whitespaces), !number.isEmpty {
                queries.append(FindQuery(phoneNumber: number))
            }
        }
        if let email = nonEmpty(customer.email) {
            queries.append(FindQuery(email: email))
        }
        if let postcode = nonEmpty(customer.postcode), let houseNumber = nonEmpty(customer.houseNumber) {
            queries.append(FindQuery(postalCode: postcode, houseNumber: houseNumber))
        }
        let name = [customer.firstName, customer.insertion, customer.name].compactMap(nonEmpty).joined(separator: " ")
        if let surname = nonEmpty(customer.name) {
            queries.append(FindQuery(query: surname, countryCode: nonEmpty(customer.countryCode)))
        } else if !name.isEmpty {
            queries.append(FindQuery(query: name))
        }
        if let company = nonEmpty(customer.companyName) {
            queries.append(FindQuery(query: company))
        }
        return queries
    }

    /// The customers find.json answers to `queries(for:)`, without `customer` itself, in id order.
    public static func candidates(for customer: Customer, using client: CustomersClient) async throws -> [Customer] {
        var byID: [Int: Customer] = [:]
        for query in queries(for: customer) {
            for candidate in try await client.find(query) {
                guard let id = candidate.customerID, id != customer.customerID else { continue }
                byID[id] = candidate
            }
        }
        return byID.keys.sorted().compactMap { byID[$0] }
    }

    /// `candidates(for:using:)` with a client of its own, shut down whatever happens.
    public static func candidates(for customer: Customer, configuration: ClientConfiguration) async throws -> [Customer] {
        let client = CustomersClient(configuration: configuration)
        do {
            let candidates = try await candidates(for: customer, using: client)
            try? await client.shutdown()
            return candidates
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
