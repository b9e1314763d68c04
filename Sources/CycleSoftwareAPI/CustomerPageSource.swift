import CustomerModel

/// Where `sync` gets pages of customers from; `CustomersClient` is the real one.
public protocol CustomerPageSource: Sendable {
    /// Every customer (or, with `modifiedSince`, every customer changed since then, as the API's
    /// `YYYY-MM-DD HH:MM:SS` text), page by page from `offset`.
    func pages(modifiedSince: String?, from offset: Int) -> AsyncThrowingStream<CustomerPage, Error>
}

/// One page as delivered to `sync`.
public struct CustomerPage: Sendable {
    /// The offset this page was requested at.
    public var offset: Int
    public var customers: [Customer]
    /// Where the next page starts; nil after the last page.
    public var nextOffset: Int?
    /// The limits the server reported with this page, for progress display.
    public var rateLimit: RateLimitStatus?

    public init(offset: Int, customers: [Customer], nextOffset: Int?, rateLimit: RateLimitStatus? = nil) {
        self.offset = offset
        self.customers = customers
        self.nextOffset = nextOffset
        self.rateLimit = rateLimit
    }
}

/// The `X-RateLimit-*` headers of one response.
public struct RateLimitStatus: Sendable, Hashable {
    public var minutelyLimit: Int?
    public var minutelyRemaining: Int?
    public var dailyLimit: Int?
    public var dailyRemaining: Int?
    /// Unix time at which the daily quota resets.
    public var dailyReset: Int?

    public init(minutelyLimit: Int? = nil, minutelyRemaining: Int? = nil, dailyLimit: Int? = nil,
                dailyRemaining: Int? = nil, dailyReset: Int? = nil) {
        self.minutelyLimit = minutelyLimit
        self.minutelyRemaining = minutelyRemaining
        self.dailyLimit = dailyLimit
        self.dailyRemaining = dailyRemaining
        self.dailyReset = dailyReset
    }
}
