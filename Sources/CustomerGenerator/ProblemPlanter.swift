import AuditSupport
import CustomerModel

/// Plants random problems into a share of the records, at most one per field, and a few report
/// payloads (script tags, RTL overrides, emoji) among them.
enum ProblemPlanter {
    private static let table = WeightedTable(ProblemCatalogue.all.map { ($0, $0.weight) })

    /// With probability `rate` (unless the record already carries a problem): one problem, and in
    /// one case out of six a second one in another field. One problem record in thirty gets a payload.
    static func plant(into customer: inout Customer, rate: Double, planted: inout [(CustomerField, String)],
                      using rng: inout SplitMix64) {
        guard planted.isEmpty, rng.chance(rate) else { return }
        if rng.chance(1.0 / 30) {
            let payload = rng.pick(ProblemCatalogue.payloads)
            var copy = customer
            if payload.plant(&copy, &rng) {
                customer = copy
                planted.append((payload.field, payload.kind))
                return
            }
        }
        let wanted = rng.chance(1.0 / 6) ? 2 : 1
        var attempts = 0
        while planted.count < wanted && attempts < 30 {
            attempts += 1
            let problem = table.pick(using: &rng)
            guard !planted.contains(where: { $0.0 == problem.field }) else { continue }
            var copy = customer
            if problem.plant(&copy, &rng) {
                customer = copy
                planted.append((problem.field, problem.kind))
            }
        }
    }
}
