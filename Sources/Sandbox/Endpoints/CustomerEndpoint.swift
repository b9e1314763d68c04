import CustomerModel
import Foundation
import Hummingbird

/// `GET /api/v1/customers/:id.json`, `POST /api/v1/customers.json` and `PUT /api/v1/customers/:id.json`.
struct CustomerEndpoint: Sendable {
    let service: SandboxService
    /// Largest request body accepted for POST and PUT.
    static let maxBodySize = 1 << 20

    /// The customer with `id`, or 404.
    func get(id: Int) async -> SandboxReply {
        guard let json = await service.store.json(id: id) else { return Self.notFound(id) }
        return .ok(json)
    }

    /// Creates a customer from a body that passes `CustomerBodyCheck` (else 422): the server assigns the id (also on its phone numbers) and
    /// `datetime_created`; fields the API marks read-only are ignored. Answers the stored customer.
    func create(_ request: Request) async throws -> SandboxReply {
        guard case let .success((object, body)) = try await Self.customerObject(request),
              var customer = try? CustomerJSON.decodeCustomer(body, keepRaw: false) else {
            return .error(.badRequest, "the body must be a JSON customer object")
        }
        if let problem = CustomerBodyCheck.problem(in: object, for: .create) { return .error(.unprocessableContent, problem) }
        customer.customerID = nil
        customer.datetimeCreated = nil
        customer.decodingIssues = []
        let stored = await service.store.insert(customer)
        return .ok(CustomerJSON.encode(stored))
    }

    /// Updates the customer with `id` from a body that passes `CustomerBodyCheck` (else 422): fields present in the body replace the stored
    /// ones (`phone_numbers` as a whole), absent fields stay. Answers the updated customer, or 404.
    func update(id: Int, _ request: Request) async throws -> SandboxReply {
        guard case let .success((object, body)) = try await Self.customerObject(request),
              let given = try? CustomerJSON.decodeCustomer(body, keepRaw: false) else {
            return .error(.badRequest, "the body must be a JSON customer object")
        }
        if let problem = CustomerBodyCheck.problem(in: object, for: .update) { return .error(.unprocessableContent, problem) }
        service.store.traffic.mutate { $0.puts += 1 }
        let before = await service.store.customer(id: id).map(CustomerJSON.encode)
        let presentFields = Set(CustomerField.allCases.filter { object[$0.rawValue] != nil })
        let updated = await service.store.modify(id: id) { customer in
            for field in presentFields where field != .customerID && field != .datetimeCreated && field != .phoneNumbers {
                customer[field] = given[field]
            }
            if presentFields.contains(.phoneNumbers) {
                customer.phoneNumbers = given.phoneNumbers.map { phone in
                    var phone = phone
                    phone.customerID = id
                    return phone
                }
            }
            customer.decodingIssues = []
        }
        guard let updated else { return Self.notFound(id) }
        let after = CustomerJSON.encode(updated)
        if after != before { service.store.traffic.mutate { $0.changingWrites[id, default: 0] += 1 } }
        return .ok(after)
    }

    static func notFound(_ id: Int) -> SandboxReply {
        .error(.notFound, "Customer \(id) not found")
    }

    /// The body as bytes for the customer decoder, and as a JSON object for `CustomerBodyCheck`,
    /// which refuses what a real API refuses (the decoder itself is lenient).
    private static func customerObject(_ request: Request) async throws -> Result<([String: Any], Data), BodyError> {
        var request = request
        let body = Data(try await request.collectBody(upTo: maxBodySize).readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            return .failure(BodyError())
        }
        return .success((object, body))
    }

    struct BodyError: Error {}
}
