import CustomerModel
import Foundation
import Logging

/// A typed client for the five endpoints of the CycleSoftware Customers API (`api/customers.md`).
///
/// Every request carries Basic auth, `Accept: application/json` and `Accept-Encoding: gzip` (answers
/// are decompressed). Requests are paced from the `X-RateLimit-*` headers (`RateLimitPacer`); 429s wait
/// for `Retry-After`; 5xx, resets, timeouts, truncated or unparsable bodies and `"error": true` answers
/// are retried per `RetryPolicy` and then thrown as the `APIError` that names what happened. A POST is
/// never repeated after an unclear failure, since the customer might then be created twice.
///
/// Call `shutdown()` before dropping the client.
public final class CustomersClient: CustomerPageSource {
    public let configuration: ClientConfiguration
    let executor: RequestExecutor

    public init(configuration: ClientConfiguration,
                logger: Logger = Logger(label: "customer-audit.cyclesoftware-api")) {
        self.configuration = configuration
        executor = RequestExecutor(configuration: configuration, logger: logger)
    }

    /// Releases the connections. The client cannot be used afterwards.
    public func shutdown() async throws {
        try await executor.shutdown()
    }

    /// The rate-limit headers of the most recent answer that had them.
    public var lastRateLimit: RateLimitStatus? { executor.state.withLock { $0.lastRateLimit } }

    /// Requests, retries, 429s and waits so far.
    public var statistics: ClientStatistics { executor.state.withLock { $0.statistics } }

    // MARK: - Single customers

    /// `GET /api/v1/customers/:id.json`; `APIError.notFound` for an unknown id.
    public func customer(id: Int) async throws -> Customer {
        try await executor.perform(APIRequest(method: .get, path: "/api/v1/customers/\(id).json", customerID: id),
                                   decode: Self.decodeCustomer)
    }

    /// `GET /api/v1/customers/find.json`: the customers matching every given criterion.
    public func find(_ query: FindQuery) async throws -> [Customer] {
        let parameters = query.parameters
        guard !parameters.isEmpty else { throw APIError.invalidRequest("find needs at least one criterion") }
        let request = APIRequest(method: .get, path: "/api/v1/customers/find.json", query: parameters)
        return try await executor.perform(request) { response in
            // The customer decoder reads the list; anything else is an error answer or malformed.
            if let customers = try? CustomerJSON.decodeCustomerArray(response.body) { return customers }
            try Self.checkErrorBody(try Self.parse(response.body))
            throw ResponseProblem.malformed("find.json did not answer with a list of customers")
        }
    }

    /// `POST /api/v1/customers.json`: creates `customer` (its `customerID` is ignored) and returns it as
    /// stored, with its new id.
    public func create(_ customer: Customer) async throws -> Customer {
        var body = CustomerJSON.encode(customer)
        // The id is read-only; the API assigns it.
        if let range = body.range(of: "\"customer_id\":\(customer.customerID.map(String.init) ?? "null"),") {
            body.removeSubrange(range)
        }
        let request = APIRequest(method: .post, path: "/api/v1/customers.json", body: Data(body.utf8))
        return try await executor.perform(request, decode: Self.decodeCustomer)
    }

    /// `PUT /api/v1/customers/:id.json` with every writable field of `customer`; returns it as stored.
    public func update(_ customer: Customer) async throws -> Customer {
        guard let id = customer.customerID else { throw APIError.invalidRequest("update needs the customer's id") }
        let request = APIRequest(method: .put, path: "/api/v1/customers/\(id).json",
                                 body: Data(CustomerJSON.encode(customer).utf8), customerID: id)
        return try await executor.perform(request, decode: Self.decodeCustomer)
    }

    // MARK: - Decoding

    static func decodeCustomer(_ response: APIResponse) throws -> Customer {
        let value = try parse(response.body)
        try checkErrorBody(value)
        guard let object = value as? [String: Any] else {
            throw ResponseProblem.malformed("expected a customer object")
        }
        guard object["customer_id"] != nil, let customer = try? CustomerJSON.decodeCustomer(response.body) else {
            throw ResponseProblem.malformed("the customer object has no customer_id")
        }
        return customer
    }

    static func parse(_ body: Data) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        } catch {
            throw ResponseProblem.malformed("the body is not JSON (\(body.count) bytes; cut short?)")
        }
    }

    /// Throws for `{"error": true, "error_message": ...}`.
    static func checkErrorBody(_ value: Any) throws {
        guard let object = value as? [String: Any], let flag = object["error"] else { return }
        let isError = (flag as? Bool) ?? ((flag as? NSNumber)?.boolValue ?? false)
        if isError {
            throw ResponseProblem.apiError((object["error_message"] as? String) ?? "the API answered \"error\": true without a message")
        }
    }
}
