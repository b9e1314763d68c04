/// Where the analyzed customers came from.
public struct ReportSource: Sendable, Codable, Hashable {
    /// How the customers reached the tool.
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        /// Pulled from the Customers API in this run (`--from-api`).
        case api
        /// Read from `--input FILE` or standard input.
        case file
        /// Read from the local snapshot written by `sync`.
        case store
    }

    public var kind: Kind
    /// Customers read, before any analysis.
    public var customers: Int

    public init(kind: Kind, customers: Int) {
        self.kind = kind
        self.customers = customers
    }
}
