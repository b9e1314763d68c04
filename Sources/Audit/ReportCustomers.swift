import Matching
import Normalization

/// What the report stage still needs of the normalized customers: the members of clusters, whose
/// cards show their records. Findings carry their own values, so every other customer (nearly all
/// of a large base, about 1.5 KB each with its record and parse results) can go before the report
/// is built, instead of sitting beside it and the clusters at the run's peak.
enum ReportCustomers {
    /// The customers some cluster names, in their order in `customers`.
    static func members(of clusters: [DuplicateCluster], in customers: [NormalizedCustomer]) -> [NormalizedCustomer] {
        var ids = Set<Int>()
        for cluster in clusters { ids.formUnion(cluster.customerIDs) }
        return customers.filter { ids.contains($0.id) }
    }
}
