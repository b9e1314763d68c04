/// One `list.json` response.
public struct ListPage: Sendable {
    public var customers: [Customer]
    public var count: Int
    public var nextOffset: Int?
    public var error: Bool
    public var errorMessage: String?

    public init(customers: [Customer], count: Int, nextOffset: Int?, error: Bool = false, errorMessage: String? = nil) {
        self.customers = customers
        self.count = count
        self.nextOffset = nextOffset
        self.error = error
        self.errorMessage = errorMessage
    }
}
