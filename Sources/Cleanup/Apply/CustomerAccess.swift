import CustomerModel
import CycleSoftwareAPI

/// The two calls `fix apply` and `fix undo` make; `CustomersClient` paces and retries them.
public protocol CustomerAccess: Sendable {
    func customer(id: Int) async throws -> Customer
    func update(_ customer: Customer) async throws -> Customer
}

extension CustomersClient: CustomerAccess {}
