import AuditSupport
import CustomerModel
import Foundation

/// Lets the normalized customers' parse results go while a later stage does not read them, and
/// brings them back for the few customers it reads again.
///
/// The duplicate search reads the parse results of every customer once, into its feature table,
/// and afterwards only those of the members of clusters (to explain their pairs and plan their
/// merges, and the report shows their records); for a large base the rest sat in memory under the
/// search's peak (phone results, e-mail keys, display names: a few hundred megabytes at a million
/// customers). Parsing is a pure function of the record, so the results a customer gets back are
/// the ones it had; the record and the id (possibly a stand-in) are never dropped.
public struct ParseResultsRelease: Sendable {
    public var normalizer: Normalizer
    /// Called once the results are dropped (e.g. to hand the freed memory back to the system).
    public var afterDropping: @Sendable () -> Void

    public init(normalizer: Normalizer, afterDropping: @escaping @Sendable () -> Void = {}) {
        self.normalizer = normalizer
        self.afterDropping = afterDropping
    }

    /// Every customer keeps its id and record; its parse results become the empty ones.
    public func drop(_ customers: inout [NormalizedCustomer]) {
        let everyone = Array(customers.indices)
        Self.forEachChunk(of: &customers, indices: everyone) { customer, _ in
            customer.dropParseResults()
        }
        afterDropping()
    }

    /// The customers at `indices` get their parse results back (indices may repeat).
    public func restore(_ customers: inout [NormalizedCustomer], at indices: [Int]) {
        let normalizer = self.normalizer
        let distinct = Array(Set(indices)).sorted()
        Self.forEachChunk(of: &customers, indices: distinct) { customer, context in
            let id = customer.id
            customer = normalizer.normalize(customer.customer, index: 0, context: context)
            customer.id = id
        }
    }

    /// `body` on the customers at `indices` (distinct), in place, a range of them per chunk of
    /// `ParallelChunks`, each chunk with memo tables of its own (as normalizing gives every worker).
    private static func forEachChunk(of customers: inout [NormalizedCustomer], indices: [Int],
                                     _ body: @escaping @Sendable (inout NormalizedCustomer, WorkerContext) -> Void) {
        guard !indices.isEmpty else { return }
        customers.withUnsafeMutableBufferPointer { buffer in
            let base = CustomersPointer(pointer: buffer.baseAddress!)
            _ = ParallelChunks.map(count: indices.count, minimumChunk: 4_096) { range in
                let context = WorkerContext()
                for index in indices[range] { body(&base.pointer[index], context) }
            }
        }
    }
}

/// The customers being changed in place, each index by the one chunk that holds it.
private struct CustomersPointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<NormalizedCustomer>
}

extension NormalizedCustomer {
    /// The parse results at their empty values, shared by every customer that dropped its own (so
    /// dropping allocates nothing).
    private static let emptyResults = NormalizedCustomer(
        id: 0, customer: Customer(), person: PersonNameResult(), company: CompanyResult(), address: AddressResult(),
        phones: [], email: EmailResult(), vat: VATResult(), kvk: KvKResult(), country: CountryResult())

    /// Keeps the id and the record; the parse results become the empty ones
    /// (see `ParseResultsRelease`).
    mutating func dropParseResults() {
        let empty = Self.emptyResults
        person = empty.person
        company = empty.company
        address = empty.address
        phones = empty.phones
        email = empty.email
        vat = empty.vat
        kvk = empty.kvk
        country = empty.country
    }
}
