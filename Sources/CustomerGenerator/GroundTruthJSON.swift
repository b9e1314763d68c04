import Foundation

// The ground truth as JSON for scripts and other tools, with the API's snake_case style:
// {"duplicate_groups": [[3, 17]], "hard_negatives": [{"a": 5, "b": 6, "kind": "household"}],
//  "planted_problems": [{"customer_id": 9, "field": "postcode", "kind": "postcode.not_canonical"}]}
extension GroundTruth {
    /// JSON with sorted keys (stable across runs).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads what `jsonData()` wrote.
    public static func decode(_ data: Data) throws -> GroundTruth {
        try JSONDecoder().decode(GroundTruth.self, from: data)
    }

    /// Ids of customers with at least one planted problem (payloads included).
    public var customersWithProblems: Set<Int> { Set(plantedProblems.map(\.customerID)) }

    /// Every unordered pair of ids that are the same customer, as (smaller, larger).
    public var duplicatePairs: [(Int, Int)] {
        duplicateGroups.flatMap { group in
            group.indices.flatMap { i in group.indices.filter { $0 > i }.map { (group[i], group[$0]) } }
        }
    }
}
